package tally.adapter.gen;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;

/**
 * Everything in an article that is not a claim about North Korean troops: background, numbers about other things
 * (calibres, distances, money, years, Russian or Ukrainian troops, North Korea's own border), newsletter boilerplate.
 * None of it may be extracted as a claim; the truth file never lists it.
 */
final class NoiseText {

    record Outlet(String name, String domain) {
    }

    static final List<Outlet> OUTLETS = List.of(
            new Outlet("Reuters", "reuters.com"), new Outlet("The Kyiv Independent", "kyivindependent.com"),
            new Outlet("Yonhap", "en.yna.co.kr"), new Outlet("The Korea Herald", "koreaherald.com"),
            new Outlet("BBC", "bbc.com"), new Outlet("Al Jazeera", "aljazeera.com"), new Outlet("CNN", "cnn.com"),
            new Outlet("The Guardian", "theguardian.com"), new Outlet("NK News", "nknews.org"),
            new Outlet("Ukrainska Pravda", "pravda.com.ua"), new Outlet("Euromaidan Press", "euromaidanpress.com"),
            new Outlet("Kyiv Post", "kyivpost.com"), new Outlet("Associated Press", "apnews.com"),
            new Outlet("AFP", "afp.com"), new Outlet("The Moscow Times", "themoscowtimes.com"),
            new Outlet("Deutsche Welle", "dw.com"), new Outlet("France 24", "france24.com"),
            new Outlet("Radio Free Europe/Radio Liberty", "rferl.org"), new Outlet("The Korea Times", "koreatimes.co.kr"),
            new Outlet("Korea JoongAng Daily", "koreajoongangdaily.joins.com"), new Outlet("NHK World", "nhk.or.jp"),
            new Outlet("Interfax-Ukraine", "interfax.com.ua"), new Outlet("The War Zone", "twz.com"),
            new Outlet("Politico Europe", "politico.eu"), new Outlet("Newsweek", "newsweek.com"),
            new Outlet("Devdiscourse", "devdiscourse.com"), new Outlet("Asia Economy", "asiae.co.kr"));

    private static final List<String> BACKGROUND = List.of(
            "North Korea and Russia have neither confirmed nor denied the deployment.",
            "The Kremlin has repeatedly declined to comment on the presence of North Korean troops.",
            "Analysts say the deployment gives Pyongyang's army its first combat experience in decades.",
            "The claims could not be independently verified.",
            "Ukrainian forces have been fighting in the Kursk region since their surprise incursion.",
            "Drone footage published by Ukrainian units appeared to show soldiers advancing across open fields.",
            "Pyongyang is believed to be receiving oil, food and military technology in exchange.",
            "Seoul has said it is considering all options, including sending weapons to Ukraine directly.",
            "The soldiers are reported to belong to the Storm Corps, an elite special operations unit.",
            "Officials in Kyiv have urged allies to respond more firmly to the growing cooperation.",
            "Language barriers and unfamiliar terrain have hampered the North Korean units, according to reports.",
            "North Korea's state media has not mentioned losses in Russia.",
            "The two countries signed a mutual defence treaty in June 2024.",
            "Moscow and Pyongyang have called their partnership a new era of cooperation.",
            "The exact figures remain disputed and change as new intelligence emerges.",
            "Satellite images have shown military transport ships moving between North Korean and Russian ports.",
            "Ukrainian officials have published intercepted radio messages that they say were exchanged between North Korean commanders.",
            "The deployment has deepened concern in Seoul that Moscow could share missile or submarine technology with Pyongyang.",
            "Russia's foreign ministry dismissed the reports as Western propaganda intended to prolong the war.",
            "Some of the soldiers were seen wearing Russian uniforms and carrying documents issued in the Russian Far East.",
            "Military analysts note that casualty figures in wartime are often inflated by one side and played down by the other.",
            "North Korean units were initially held back from the front line and trained at ranges in the Russian Far East.",
            "Families in North Korea have reportedly not been told where their sons were sent.",
            "The Institute for the Study of War has described the North Korean units as poorly prepared for drone warfare.",
            "South Korea summoned the Russian ambassador in protest at what it called a grave security threat.",
            "The United Nations Security Council has discussed the deployment in several closed-door sessions.",
            "Ukraine has offered to exchange captured North Korean soldiers for Ukrainians held in Russia.",
            "Videos shared on social media could not be verified, and their origin remains unclear.",
            "Europe's leaders have warned that the cooperation between Moscow and Pyongyang threatens security far beyond Ukraine.",
            "Reporters were not given access to the front line, and much of what is known comes from intelligence briefings.",
            "North Korea's constitution was amended last year, and the country has since called the South its principal enemy.");

    /** Sentences with numbers about something else. */
    private static final List<Function<Random, String>> NUMBERS = List.of(
            r -> "Russia has amassed some " + thousands(r, 30, 70) + " troops in the Kursk region to push Ukrainian forces back.",
            r -> "North Korea has kept no less than " + thousands(r, 5, 20) + " soldiers mobilized along its own border with the South.",
            r -> "Pyongyang has also supplied " + pick(r, "170 mm", "152 mm", "122 mm") + " self-propelled guns and "
                    + pick(r, "240 mm", "220 mm") + " multiple rocket launchers.",
            r -> "The front line lies about " + (10 + r.nextInt(60)) + " km from the town of Sudzha.",
            r -> "Each soldier is reportedly paid about $" + String.format(Locale.ROOT, "%,d", 500 * (2 + r.nextInt(6)))
                    + " per month, most of which goes to the state.",
            r -> "Moscow pays Pyongyang an estimated $" + String.format(Locale.ROOT, "%,d", 1000 * (1 + r.nextInt(4)))
                    + " per soldier, according to one estimate.",
            r -> "Ukraine launched its incursion into Kursk in August 2024, taking more than "
                    + (500 + 100 * r.nextInt(10)) + " square kilometres.",
            r -> "Russia fired " + (40 + r.nextInt(160)) + " drones and " + (2 + r.nextInt(20))
                    + " missiles at Ukraine overnight, the Ukrainian air force said.",
            r -> "Ukraine's General Staff says Russia has lost more than " + thousands(r, 600, 1000)
                    + " troops killed or wounded since February 2022.",
            r -> "Kyiv says it has captured more than " + (20 + r.nextInt(200)) + " Russian soldiers in the operation.",
            r -> "North Korea has shipped some " + String.format(Locale.ROOT, "%,d", 100 * (20 + r.nextInt(100)))
                    + " containers of munitions to Russia since 2023.",
            r -> "The 1950-53 Korean War ended in an armistice, not a peace treaty.",
            r -> "North Korea's army numbers about " + pick(r, "1.2 million", "1.3 million", "1.1 million")
                    + " active personnel, one of the largest in the world.",
            r -> "On " + pick(r, "Tuesday", "Wednesday", "Thursday") + ", " + (3 + r.nextInt(40))
                    + " people were injured in a Russian strike on " + pick(r, "Kharkiv", "Sumy", "Odesa", "Zaporizhzhia")
                    + ", local officials said.",
            r -> "About " + (10 + r.nextInt(90)) + " ballistic missiles made in North Korea have been fired at Ukrainian cities.",
            r -> "Kim Jong Un met Vladimir Putin in " + pick(r, "September 2023", "June 2024")
                    + ", their first meeting in " + pick(r, "four", "five") + " years.",
            r -> "Some " + thousands(r, 8, 15) + " Ukrainian troops took part in the initial cross-border push.");

    private static final List<String> BOILERPLATE = List.of(
            "Stand behind Ukrainian independent journalism when it's needed most. Help us reach 20,000 members.",
            "Help us reach 25,000 members.",
            "Sign up for our newsletter, read by more than 150,000 subscribers every morning.",
            "Support our journalism from $5 a month. Cancel anytime.",
            "Follow us on Telegram, where 1.2 million readers already get our updates.",
            "This article was updated at 14:30 GMT with additional reporting.",
            "Photo: Reuters/File",
            "Read more: How the war changed in 2025",
            "Our reporters have covered the war since 2014. Become a member for $10 per month.",
            "Advertisement",
            "Copyright 2025. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.");

    private static final List<String> TITLES = List.of(
            "North Korean troops suffer heavy losses in Kursk",
            "What we know about North Korea's soldiers in Russia",
            "Pyongyang's deployment to Russia: the latest estimates",
            "Explainer: how many North Korean troops are fighting for Russia?",
            "Seoul and Kyiv trade intelligence on North Korean deployment",
            "North Korean soldiers in Ukraine war: competing figures",
            "Intelligence agencies revise estimates of North Korean losses",
            "Kim Jong Un's soldiers on Russia's front line",
            "North Korea's war in Europe: what the numbers say",
            "Ukraine says North Korean units are back in action");

    private NoiseText() {
    }

    static String background(Random r) {
        return pick(r, BACKGROUND);
    }

    static String numbers(Random r) {
        return NUMBERS.get(r.nextInt(NUMBERS.size())).apply(r);
    }

    static String boilerplate(Random r) {
        return pick(r, BOILERPLATE);
    }

    static String title(Random r) {
        return pick(r, TITLES);
    }

    static Outlet outlet(Random r) {
        return pick(r, OUTLETS);
    }

    private static String thousands(Random r, int from, int to) {
        return String.format(Locale.ROOT, "%,d", 1000L * (from + r.nextInt(to - from + 1)));
    }

    @SafeVarargs
    private static <T> T pick(Random r, T... options) {
        return options[r.nextInt(options.length)];
    }

    private static <T> T pick(Random r, List<T> options) {
        return options.get(r.nextInt(options.size()));
    }
}
