package tally.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tally.model.Article;
import tally.model.Claim;
import tally.model.Published;

/**
 * Round 53: a coverage grid of general English, not of articles. Sentences are composed from slots (how North Korea
 * is named, the troop noun, the verb of deployment or fate in several tenses and voices, the number's format and
 * qualifier, where the cue stands), one slot varied at a time around a base sentence that reads, and each must give
 * the expected metric and figure. The slot lists live here; the extractor's lexicons live in config/. Near-misses
 * (workers, civilians, another side's troops, shells, years, ages, unit numbers, phone numbers, distances) must give
 * nothing, and say which gate dropped them.
 */
class CoverageGridTest {

    private static RuleBasedExtraction extraction;

    @BeforeAll
    static void load() {
        extraction = RuleBasedExtraction.fromConfig(Path.of("config"));
    }

    /** How North Korea is named as the subject that sends troops; an epithet after a sentence that named it. */
    private static final List<String> SUBJECTS = List.of("North Korea", "Pyongyang", "The DPRK", "N. Korea",
            "Kim Jong Un", "Kim's regime", "The Democratic People's Republic of Korea", "North Korea's leader",
            "North Korea's army", "The Korean People's Army", "The North Korean regime", "The North Korean leadership",
            "The North Korean government", "The North Korean military", "Pyongyang's regime", "The regime in Pyongyang",
            "Kim Jong-un's regime");
    private static final List<String> EPITHETS = List.of("The North", "The hermit kingdom", "The isolated state",
            "The reclusive state", "Its northern neighbour");

    /** North Korea's troops named as a noun phrase of their own: "About 300 {PHRASE} have been killed". */
    private static final List<String> TROOPS_NAMED = List.of("North Korean soldiers", "DPRK soldiers", "KPA soldiers",
            "Korean People's Army soldiers", "soldiers from North Korea", "troops from North Korea",
            "of Pyongyang's soldiers", "of Kim's troops", "of Kim Jong Un's soldiers", "soldiers of the Korean People's Army",
            "of the DPRK's soldiers", "North Korean army soldiers", "of North Korea's soldiers",
            "soldiers of North Korea's army", "troops sent by North Korea", "soldiers sent by Pyongyang",
            "North Korean-born soldiers", "soldiers from the DPRK");

    /** Troop nouns after "North Korean" with a verb of fate. */
    private static final List<String> NOUNS = List.of("soldiers", "troops", "servicemen", "personnel", "fighters",
            "men", "forces", "infantrymen", "engineers", "sappers", "deminers", "special forces", "military personnel",
            "service members", "commandos", "combat engineers", "conscripts", "officers", "paratroopers",
            "special forces soldiers", "army personnel", "servicemembers", "combatants", "assault troops",
            "riflemen", "military engineers", "infantry", "mine clearers", "soldiers and officers");

    /** Verbs of deployment with North Korea as subject, in tenses and voices: "North Korea VERB 3,000 troops to Russia". */
    private static final List<String> SENDING = List.of("has sent", "sent", "had sent", "dispatched", "has dispatched",
            "deployed", "has deployed", "is sending", "has been sending", "shipped", "has shipped", "transferred",
            "has transferred", "moved", "has moved", "has provided", "provided", "supplied", "has supplied",
            "contributed", "has contributed", "has committed", "committed", "has stationed",
            "has already sent", "reportedly sent", "has so far sent", "has rotated in", "has mobilised", "has mobilized",
            "has despatched", "has transported", "airlifted", "has delivered", "has lent", "has assigned", "has posted");

    /** The troops as subject of a passive or an intransitive verb of deployment: "3,000 North Korean troops VERB". */
    private static final List<String> SENT = List.of("have been sent to Russia", "were sent to Russia",
            "were deployed to Russia", "have been deployed to Russia", "have arrived in Russia", "arrived in Kursk",
            "are in Russia", "are now in Russia", "are stationed in Russia", "are fighting in Kursk",
            "are fighting alongside Russian forces", "have been dispatched to Russia", "were dispatched to Russia",
            "were shipped to Russia", "are deployed in Kursk", "are serving in Russia", "have been transferred to Russia",
            "are on Russian soil", "have been stationed in Russia", "are taking part in the fighting in Kursk",
            "have joined the fighting in Kursk", "have been fighting in Kursk");

    /** What the future or a plan says: "North Korea VERB 3,000 troops to Russia". */
    private static final List<String> PLANNING = List.of("will send", "plans to send", "is planning to send",
            "is expected to send", "is preparing to send", "intends to send", "could send", "may send",
            "is set to send", "pledged to send", "promised to send", "agreed to send", "is ready to send",
            "would send", "is likely to send", "aims to send", "has offered to send", "is poised to send");

    /** Verbs of fate after "3,000 North Korean soldiers", by the metric they say. */
    private static final List<String[]> FATES = List.of(
            new String[] {"have been killed", "killed"}, new String[] {"were killed", "killed"},
            new String[] {"died", "killed"}, new String[] {"have died", "killed"},
            new String[] {"were slain", "killed"}, new String[] {"perished", "killed"},
            new String[] {"lost their lives", "killed"}, new String[] {"were killed in action", "killed"},
            new String[] {"have been eliminated", "killed"}, new String[] {"were wiped out", "killed"},
            new String[] {"have fallen in battle", "killed"}, new String[] {"were liquidated", "killed"},
            new String[] {"were wounded", "wounded"}, new String[] {"have been injured", "wounded"},
            new String[] {"were injured", "wounded"}, new String[] {"suffered injuries", "wounded"},
            new String[] {"sustained wounds", "wounded"}, new String[] {"were hurt", "wounded"},
            new String[] {"were captured", "captured"}, new String[] {"have been taken prisoner", "captured"},
            new String[] {"were taken captive", "captured"}, new String[] {"surrendered", "captured"},
            new String[] {"were taken prisoner", "captured"}, new String[] {"are being held captive", "captured"},
            new String[] {"were killed or wounded", "killed_or_wounded"},
            new String[] {"were killed or injured", "killed_or_wounded"},
            new String[] {"have been killed or wounded", "killed_or_wounded"},
            new String[] {"were put out of action", "killed_or_wounded"},
            new String[] {"became casualties", "killed_or_wounded"},
            new String[] {"were lost", "killed_or_wounded"});

    /** Another side as the agent of a fate: "Ukrainian forces VERB 300 North Korean soldiers". */
    private static final List<String[]> ACTED_ON = List.of(new String[] {"killed", "killed"},
            new String[] {"have killed", "killed"}, new String[] {"eliminated", "killed"},
            new String[] {"have eliminated", "killed"}, new String[] {"wounded", "wounded"},
            new String[] {"captured", "captured"}, new String[] {"have captured", "captured"},
            new String[] {"took prisoner", "captured"}, new String[] {"have taken prisoner", "captured"},
            new String[] {"neutralised", "killed_or_wounded"});

    /** Formats of a number and its qualifier, with the figure's words and value the claim must keep. */
    private static final List<String[]> NUMBERS = List.of(new String[] {"15,000", "15,000"},
            new String[] {"15 000", "15 000"}, new String[] {"15000", "15000"}, new String[] {"15K", "15K"},
            new String[] {"15k", "15k"}, new String[] {"15 thousand", "15 thousand"},
            new String[] {"fifteen thousand", "fifteen thousand"}, new String[] {"about 15,000", "about 15,000"},
            new String[] {"some 15,000", "some 15,000"}, new String[] {"around 15,000", "around 15,000"},
            new String[] {"roughly 15,000", "roughly 15,000"}, new String[] {"nearly 15,000", "nearly 15,000"},
            new String[] {"almost 15,000", "almost 15,000"}, new String[] {"more than 15,000", "more than 15,000"},
            new String[] {"over 15,000", "over 15,000"}, new String[] {"at least 15,000", "at least 15,000"},
            new String[] {"up to 15,000", "up to 15,000"}, new String[] {"as many as 15,000", "as many as 15,000"},
            new String[] {"an estimated 15,000", "an estimated 15,000"},
            new String[] {"upwards of 15,000", "upwards of 15,000"}, new String[] {"over 15k", "over 15k"},
            new String[] {"some fifteen thousand", "some fifteen thousand"},
            new String[] {"15,000-plus", "15,000-plus"}, new String[] {"1.5 thousand", "1.5 thousand"},
            new String[] {"15-hundred", "15-hundred"}, new String[] {"fifteen hundred", "fifteen hundred"},
            new String[] {"11,000 to 12,000", "11,000 to 12,000"}, new String[] {"11,000-12,000", "11,000-12,000"},
            new String[] {"between 11,000 and 12,000", "between 11,000 and 12,000"},
            new String[] {"11 or 12,000", "11 or 12,000"}, new String[] {"11,000 or 12,000", "11,000 or 12,000"},
            new String[] {"tens of thousands of", "tens of thousands"}, new String[] {"thousands of", "thousands"},
            new String[] {"several thousand", "several thousand"}, new String[] {"a few thousand", "a few thousand"},
            new String[] {"hundreds of", "hundreds"}, new String[] {"a dozen", "a dozen"},
            new String[] {"close to 15,000", "close to 15,000"}, new String[] {"well over 15,000", "well over 15,000"},
            new String[] {"approximately 15,000", "approximately 15,000"},
            new String[] {"fewer than 15,000", "fewer than 15,000"}, new String[] {"47-hundred", "47-hundred"},
            new String[] {"forty-seven hundred", "forty-seven hundred"}, new String[] {"15.000", "15.000"},
            new String[] {"15,000 or so", "15,000"}, new String[] {"about 15 000", "about 15 000"},
            new String[] {"in excess of 15,000", "in excess of 15,000"}, new String[] {"north of 15,000", "north of 15,000"},
            new String[] {"roughly 15k", "roughly 15k"}, new String[] {"a further 15,000", "a further 15,000"},
            new String[] {"another 15,000", "another 15,000"}, new String[] {"an additional 15,000", "an additional 15,000"},
            new String[] {"a brigade of 6,000", "6,000"}, new String[] {"a contingent of 15,000", "15,000"},
            new String[] {"a force of 15,000", "15,000"}, new String[] {"a 15,000-strong contingent of", "15,000"});

    /**
     * A figure whose sentence names no North Korea, after a sentence about North Korea's troops (the same paragraph):
     * the sentence before is its subject.
     */
    private static final List<String[]> FOLLOW_UPS = List.of(
            new String[] {"About 300 soldiers have been killed, the NIS said.", "killed|About 300"},
            new String[] {"About 300 of them have been killed, the NIS said.", "killed|About 300"},
            new String[] {"They have lost about 300 soldiers, the NIS said.", "killed_or_wounded|about 300"},
            new String[] {"About 300 have been captured, the NIS said.", "captured|About 300"},
            new String[] {"They number about 12,000, the NIS said.", "deployed|about 12,000"},
            new String[] {"They number about 12,000 soldiers, the NIS said.", "deployed|about 12,000"},
            new String[] {"Some 3,000 more soldiers arrived last week, the NIS said.", "deployed|Some 3,000"},
            new String[] {"Another 3,000 soldiers are expected to follow, the NIS said.", "planned_deployment|Another 3,000"},
            new String[] {"About 12,000 soldiers have been sent so far, the NIS said.", "deployed|About 12,000"},
            new String[] {"About 12,000 soldiers are being mobilised to be deployed, the NIS said.",
                    "planned_deployment|About 12,000"},
            new String[] {"The country has sent about 12,000 soldiers, the NIS said.", "deployed|about 12,000"},
            new String[] {"Of the 12,000 soldiers deployed, about 300 have died, the NIS said.",
                    "deployed|12,000; killed|about 300"},
            new String[] {"About 300 of the 12,000 deployed soldiers have died, the NIS said.",
                    "killed|About 300; deployed|12,000"},
            new String[] {"Losses stand at about 3,000, the NIS said.", "killed_or_wounded|about 3,000"},
            new String[] {"The death toll has risen to 300, the NIS said.", "killed|300"},
            new String[] {"Casualties number about 3,000, the NIS said.", "killed_or_wounded|about 3,000"});

    /** North Korea, its army or its leader as the one who lost troops. */
    private static final List<String> LOSERS = List.of("North Korea", "Pyongyang", "The DPRK", "Kim Jong Un",
            "The North Korean army", "The Korean People's Army", "The DPRK's Korean People's Army", "Kim's army",
            "The Democratic People's Republic of Korea");

    /** Another side as the agent of a passive fate. */
    private static final List<String> AGENTS = List.of("Ukrainian drones", "Ukrainian forces", "Ukraine's army",
            "artillery fire", "a missile strike", "Ukrainian special forces", "mines");

    /** Fates told with a hedge, a perfect or a passive of belief; "missing" is no metric of ours. */
    private static final List<String[]> HEDGED_FATES = List.of(
            new String[] {"are believed to have been killed", "killed|About 300"},
            new String[] {"are thought to have died", "killed|About 300"},
            new String[] {"were reportedly killed", "killed|About 300"},
            new String[] {"have reportedly been captured", "captured|About 300"},
            new String[] {"may have been killed", "killed|About 300"},
            new String[] {"are presumed dead", "killed|About 300"},
            new String[] {"are feared dead", "killed|About 300"},
            new String[] {"had been killed by the end of January", "killed|About 300"},
            new String[] {"are estimated to have been wounded", "wounded|About 300"},
            new String[] {"were taken alive", "captured|About 300"},
            new String[] {"are said to have been killed or wounded", "killed_or_wounded|About 300"});

    /** A toll or casualty noun that carries the fate. */
    private static final List<String[]> TOLLS = List.of(
            new String[] {"North Korea has suffered about 4,000 casualties", "killed_or_wounded|about 4,000"},
            new String[] {"North Korean casualties have reached about 4,000", "killed_or_wounded|about 4,000"},
            new String[] {"North Korea's death toll stands at about 600", "killed|about 600"},
            new String[] {"North Korean losses are estimated at about 4,000", "killed_or_wounded|about 4,000"},
            new String[] {"North Korean troops have suffered about 600 deaths", "killed|about 600"},
            new String[] {"North Korean troops have suffered about 600 fatalities", "killed|about 600"},
            new String[] {"The North Korean death toll has climbed to about 600", "killed|about 600"},
            new String[] {"The number of North Korean troops killed has reached about 600", "killed|about 600"},
            new String[] {"The number of North Korean soldiers in Russia has reached about 15,000", "deployed|about 15,000"},
            new String[] {"North Korea's troop presence in Russia has grown to about 15,000", "deployed|about 15,000"});

    /** Verbs of a cue before its content. */
    private static final List<String> CUES = List.of("said", "estimates", "assessed", "told lawmakers",
            "claimed", "reckons", "believes", "disclosed that", "revealed that", "reported that", "confirmed that",
            "stated that", "noted that", "added that", "has said", "has estimated that", "told reporters that",
            "informed parliament that", "briefed lawmakers that");

    static Stream<Arguments> grid() {
        List<Arguments> rows = new ArrayList<>();
        for (String subject : SUBJECTS) {
            rows.add(Arguments.of("subject", subject + " has sent 3,000 troops to Russia, the NIS said.", "deployed|3,000"));
        }
        for (String epithet : EPITHETS) {
            rows.add(Arguments.of("epithet", "South Korea watches North Korea closely. " + epithet
                    + " has sent 3,000 troops to Russia, the NIS said.", "deployed|3,000"));
        }
        for (String named : TROOPS_NAMED) {
            rows.add(Arguments.of("troops named", "About 300 " + named + " have been killed, the NIS said.",
                    "killed|About 300"));
        }
        for (String pronoun : List.of("It", "The country", "The regime")) {
            rows.add(Arguments.of("subject before", "North Korea has deepened its support for Russia. " + pronoun
                    + " has sent 3,000 troops to Kursk, the NIS said.", "deployed|3,000"));
        }
        for (String noun : NOUNS) {
            rows.add(Arguments.of("noun", "About 300 North Korean " + noun + " have been killed, the NIS said.",
                    "killed|About 300"));
        }
        for (String verb : SENDING) {
            rows.add(Arguments.of("sending", "North Korea " + verb + " 3,000 troops to Russia, the NIS said.",
                    "deployed|3,000"));
        }
        for (String verb : SENT) {
            rows.add(Arguments.of("sent", "About 3,000 North Korean troops " + verb + ", the NIS said.",
                    "deployed|About 3,000"));
        }
        for (String verb : PLANNING) {
            rows.add(Arguments.of("planning", "North Korea " + verb + " 3,000 more troops to Russia, the NIS said.",
                    "planned_deployment|3,000"));
        }
        for (String[] fate : FATES) {
            rows.add(Arguments.of("fate", "About 300 North Korean soldiers " + fate[0] + " in Kursk, the NIS said.",
                    fate[1] + "|About 300"));
        }
        for (String[] fate : ACTED_ON) {
            rows.add(Arguments.of("acted on", "Ukrainian forces " + fate[0] + " 300 North Korean soldiers in Kursk, "
                    + "the General Staff said.", fate[1] + "|300"));
        }
        for (String[] number : NUMBERS) {
            rows.add(Arguments.of("number", "North Korea has sent " + number[0] + " troops to Russia, the NIS said.",
                    "deployed|" + number[1]));
        }
        rows.addAll(cuePositions());
        for (String subject : LOSERS) {
            rows.add(Arguments.of("loser", subject + " has lost about 300 soldiers in Kursk, the NIS said.",
                    "killed_or_wounded|about 300"));
        }
        for (String agent : AGENTS) {
            rows.add(Arguments.of("agent", "About 300 North Korean soldiers were killed by " + agent
                    + ", the General Staff said.", "killed|About 300"));
        }
        for (String figure : List.of("about 3,000—the NIS said on Monday—", "about 3,000 troops—the NIS said "
                + "on Monday—", "about 3,000 troops (the NIS said on Monday)", "about 3,000 troops, the NIS said on "
                + "Monday,")) {
            rows.add(Arguments.of("aside after the figure", "North Korea has sent " + figure + " to Kursk.",
                    "deployed|about 3,000"));
        }
        for (String[] fate : HEDGED_FATES) {
            rows.add(Arguments.of("hedged fate", "About 300 North Korean soldiers " + fate[0] + ", the NIS said.",
                    fate[1]));
        }
        for (String[] toll : TOLLS) {
            rows.add(Arguments.of("toll", toll[0] + ", the NIS said.", toll[1]));
        }
        for (String cue : CUES) {
            rows.add(Arguments.of("cue verb", "The NIS " + cue + " 3,000 North Korean soldiers have been killed.",
                    "killed|3,000"));
        }
        for (String[] next : FOLLOW_UPS) {
            rows.add(Arguments.of("subject in the sentence before", "North Korea's troops are fighting for Russia in "
                    + "Kursk. " + next[0], next[1]));
        }
        return rows.stream();
    }

    private static List<Arguments> cuePositions() {
        String claim = "3,000 North Korean soldiers have been killed";
        return List.of(
                Arguments.of("cue", claim + ", the NIS said.", "killed|3,000"),
                Arguments.of("cue", "The NIS said " + claim + ".", "killed|3,000"),
                Arguments.of("cue", "The NIS said that " + claim + ".", "killed|3,000"),
                Arguments.of("cue", "According to the NIS, " + claim + ".", "killed|3,000"),
                Arguments.of("cue", claim + ", according to the NIS.", "killed|3,000"),
                Arguments.of("cue", "The NIS estimates that " + claim + ".", "killed|3,000"),
                Arguments.of("cue", "The NIS believes " + claim + ".", "killed|3,000"),
                Arguments.of("cue", "\"" + claim + ",\" the NIS said.", "killed|3,000"),
                Arguments.of("cue", "The NIS told lawmakers on Monday that " + claim + ".", "killed|3,000"),
                Arguments.of("cue", claim + ", the NIS said in a statement on Monday.", "killed|3,000"),
                Arguments.of("cue", "In a statement, the NIS said " + claim + ".", "killed|3,000"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("grid")
    void eachSlotValueGivesItsFigure(String slot, String body, String expected) {
        List<Claim> claims = extract(body);
        String got = claims.isEmpty() ? "none " + gates(body) : claims.stream()
                .map(c -> c.metric().id() + "|" + c.figure().text()).reduce((a, b) -> a + "; " + b).orElseThrow();
        assertEquals(expected, got, slot + ": " + body);
    }

    /**
     * Near-misses of every slot: people who are no troops, another side's troops, things, years, ages, unit numbers,
     * phone numbers and distances. Each gives no claim, and the trace names the gate that dropped its number ("[]": the
     * number finder itself reads no number there, as with a year after "in" or a phone number).
     */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '#', textBlock = """
            North Korea has sent 3,000 workers to Russia, the NIS said.                              # '3,000': its noun counts things or other people (a non-troop noun)
            North Korean shells killed 300 civilians in Kursk, officials said.                       # '300': its noun counts things or other people (a non-troop noun)
            Russia has sent 3,000 troops to Kursk, the Kremlin said.                                 # '3,000': not tied to North Korea's troops (another side, or no reference to North Korea)
            About 300 South Korean soldiers were wounded in an exercise, Seoul said.                # '300': not tied to North Korea's troops (another side, or no reference to North Korea)
            North Korea has sent 3,000 shells to Russia, the NIS said.                               # '3,000': its noun counts things or other people (a non-troop noun)
            North Korea sent troops to Russia in 2024, the NIS said.                                  # []
            A North Korean soldier aged 19 was captured, the SBU said.                               # '19': an age or a year
            Unit 25 of the North Korean army was sent to Kursk, the NIS said.                        # '25': not a count (a part of a group, an age, a unit's number, a proportion, a population)
            North Korean troops were sent to Kursk, the NIS said; call 555-0199 for the hotline.     # []
            North Korean troops travelled 10,000 km to reach Kursk, the NIS said.                    # '10,000': its noun counts things or other people (a non-troop noun)
            About 11,000 Ukrainian soldiers were killed in Kursk, Moscow said.                       # '11,000': not tied to North Korea's troops (another side, or no reference to North Korea)
            North Korea sent 3,000 troops to Russia in 1950, historians said.                        # '3,000': a force of another war
            North Korea or Russia lost 12 or 3,000 were wounded, officials said.                     # '12': no troop noun, and no verb of deployment or fate
            """)
    void nearMissesGiveNothingAndNameTheirGate(String body, String gate) {
        assertEquals("none", ExtractionTableTest.describe(extract(body)), body);
        assertEquals(true, gates(body).contains(gate), gates(body));
    }

    static String gates(String body) {
        return extraction.dropped(article(body)).stream().map(GateTrace.Drop::describe).toList().toString();
    }

    static List<Claim> extract(String body) {
        return extraction.extract(article(body));
    }

    static Article article(String body) {
        return new Article("grid.txt", null, "Test Outlet", null, Published.stated(LocalDate.of(2025, 3, 12)), "en",
                Map.of(), body, 1);
    }
}
