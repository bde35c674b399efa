package tally.adapter.gen;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who the generated articles quote: claimant ids of config/claimants.json with the ways articles name them. Every
 * name contains an alias of that claimant (a test checks it against the real lexicon), so a correct extractor can
 * resolve it. {@code pronoun} is set for people, whom a later sentence may call "he" or "she".
 */
record Speaker(String id, List<String> names, @Nullable String pronoun, int weight) {

    static final List<Speaker> ALL = List.of(
            person("zelensky", "he", 14, "Ukrainian President Volodymyr Zelensky", "Volodymyr Zelenskyy", "Zelensky",
                    "President Volodymyr Zelenskiy", "Ukraine's President Volodymyr Zelensky", "Zelenskyy"),
            body("hur", 9, "Ukraine's military intelligence (HUR)", "the HUR", "Ukraine's Main Intelligence Directorate",
                    "Ukrainian military intelligence", "the GUR", "Ukraine's defence intelligence"),
            person("budanov", "he", 5, "Kyrylo Budanov", "Budanov", "military intelligence chief Kyrylo Budanov"),
            person("syrsky", "he", 2, "Oleksandr Syrsky", "Ukraine's top military commander Oleksandr Syrskyi"),
            body("ukraine_general_staff", 3, "Ukraine's General Staff",
                    "the General Staff of the Armed Forces of Ukraine"),
            body("nis", 12, "South Korea's National Intelligence Service (NIS)", "the National Intelligence Service",
                    "Seoul's spy agency", "the NIS", "South Korea's spy agency"),
            body("jcs", 5, "South Korea's Joint Chiefs of Staff", "the Joint Chiefs of Staff (JCS)", "the JCS"),
            body("south_korea_defence_ministry", 2, "South Korea's Defence Ministry", "South Korea's Defense Ministry"),
            person("lee_sung_kwon", "he", 5, "South Korean lawmaker Lee Sung-kwon", "Lee Seong-kweun",
                    "lawmaker Lee Sung-kwon"),
            person("park_sun_won", "he", 2, "lawmaker Park Sun-won", "Park Sun-won"),
            person("shin_won_sik", "he", 2, "Shin Won-sik", "national security adviser Shin Won-sik"),
            body("pentagon", 6, "the Pentagon", "a US defense official", "the US Department of Defense"),
            person("pat_ryder", "he", 2, "Pentagon spokesperson Pat Ryder", "Maj. Gen. Pat Ryder"),
            person("sabrina_singh", "she", 2, "Pentagon deputy press secretary Sabrina Singh", "Sabrina Singh"),
            person("lloyd_austin", "he", 4, "US Defense Secretary Lloyd Austin", "Lloyd Austin"),
            body("white_house", 2, "the White House", "White House spokesman John Kirby"),
            person("us_state_department", "he", 2, "Secretary of State Antony Blinken", "Antony Blinken"),
            body("us_officials", 3, "US officials", "American officials"),
            body("uk_defence_intelligence", 5, "UK Defence Intelligence", "the UK Ministry of Defence",
                    "British military intelligence"),
            body("western_officials", 4, "Western officials", "Western intelligence agencies"),
            body("isw", 1, "the Institute for the Study of War (ISW)", "the ISW"),
            body("western_analysts", 1, "Western analysts", "Western experts"),
            person("kim_jong_un", "he", 2, "North Korean leader Kim Jong Un", "Kim Jong Un"),
            body("north_korea_state", 1, "North Korean state media"),
            body("kremlin", 2, "the Kremlin", "Kremlin spokesman Dmitry Peskov"));

    /** Lawmakers who pass on what the spy agency told them in closed briefings. */
    static final List<Speaker> LAWMAKERS = ALL.stream()
            .filter(s -> s.id().equals("lee_sung_kwon") || s.id().equals("park_sun_won")).toList();

    private static final int TOTAL_WEIGHT = ALL.stream().mapToInt(Speaker::weight).sum();

    Speaker {
        names = List.copyOf(names);
    }

    static Speaker pick(java.util.Random random) {
        int roll = random.nextInt(TOTAL_WEIGHT);
        for (Speaker s : ALL) {
            roll -= s.weight;
            if (roll < 0) {
                return s;
            }
        }
        throw new IllegalStateException("weights");
    }

    String name(java.util.Random random) {
        return names.get(random.nextInt(names.size()));
    }

    private static Speaker person(String id, String pronoun, int weight, String... names) {
        return new Speaker(id, List.of(names), pronoun, weight);
    }

    private static Speaker body(String id, int weight, String... names) {
        return new Speaker(id, List.of(names), null, weight);
    }
}
