package tally.config;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A moderator's mistake in config/ stops start-up with a message naming the file, the line where known, and why. */
class ConfigValidationTest {

    @TempDir
    Path dir;

    @Test
    void theBundledConfigIsValid() {
        assertDoesNotThrow(() -> ClaimantDirectory.load(Path.of("config")));
        assertDoesNotThrow(() -> ExtractionLexicon.load(Path.of("config")));
        assertDoesNotThrow(() -> tally.app.question.QuestionLexicon.load(Path.of("config")));
        assertDoesNotThrow(() -> tally.adapter.discord.DiscordSettings.load(Path.of("config/discord.json")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            broken JSON names the line                 # {"parties": [\\n  {"id": "x",,}\\n]}                                                                                     # claimants.json:2
            an unknown key is a typo                   # {"parties": [], "claimants": [], "claimnts": []}                                                                      # claimants.json:1: claimnts: unknown key 'claimnts' (a typo?); the keys here are claimants, intelligenceWords, nameHeads, parties
            a missing list is reported                 # {"parties": []}                                                                                                      # claimants.json:1: required key 'claimants' is missing; the keys given here are parties
            a claimant of an unknown party             # {"parties": [], "claimants": [{"id": "a", "name": "A", "kind": "PERSON", "party": "mars", "aliases": ["A"]}]}           # names unknown party mars
            an id that is not snake case               # {"parties": [{"id": "Bad Id", "name": "x", "aliases": ["x"]}], "claimants": []}                                       # lower_snake_case
            a claimant with no alias                   # {"parties": [{"id": "p", "name": "P", "aliases": ["P"]}], "claimants": [{"id": "a", "name": "A", "kind": "PERSON", "party": "p", "aliases": []}]} # needs at least one alias
            a kind that does not exist                 # {"parties": [{"id": "p", "name": "P", "aliases": ["P"]}], "claimants": [{"id": "a", "name": "A", "kind": "ROBOT", "party": "p", "aliases": ["A"]}]} # ROBOT
            a name head that is a phrase               # {"parties": [], "claimants": [], "nameHeads": ["Post", "News Agency"]}                                                # name head 'News Agency' must be one capitalised word
            a name head in lower case                  # {"parties": [], "claimants": [], "nameHeads": ["post"]}                                                                # name head 'post' must be one capitalised word
            a memberOf nobody                          # {"parties": [{"id": "p", "name": "P", "aliases": ["P"]}], "claimants": [{"id": "a", "name": "A", "kind": "PERSON", "party": "p", "aliases": ["A"], "memberOf": "b"}]} # memberOf unknown claimant b
            """)
    void claimantsFileMistakesAreNamed(String why, String json, String expected) throws IOException {
        Files.writeString(dir.resolve("claimants.json"), json.replace("\\n", "\n"));
        ConfigException e = assertThrows(ConfigException.class, () -> ClaimantDirectory.load(dir));
        assertTrue(e.getMessage().contains("claimants.json") && e.getMessage().contains(expected.strip()),
                why + ": " + e.getMessage());
    }

    @Test
    void aTypoInARequiredKeyIsReportedAsMissingWithTheKeysGivenSoTheTypoShows() throws IOException {
        Files.writeString(dir.resolve("claimants.json"), """
                {"parties": [
                  {"id": "p", "name": "P", "aliasez": ["P"]}
                ], "claimants": []}""");
        ConfigException e = assertThrows(ConfigException.class, () -> ClaimantDirectory.load(dir));
        assertTrue(e.getMessage().endsWith("claimants.json:2: parties[0]: required key 'aliases' is missing; the keys "
                + "given here are id, name, aliasez (a typo?)"), e.getMessage());
    }

    @Test
    void oneAliasForTwoClaimantsIsRefused() throws IOException {
        Files.writeString(dir.resolve("claimants.json"), """
                {"parties": [{"id": "p", "name": "P", "aliases": ["P"]}], "claimants": [
                  {"id": "a", "name": "A", "kind": "PERSON", "party": "p", "aliases": ["Kim"]},
                  {"id": "b", "name": "B", "kind": "PERSON", "party": "p", "aliases": ["kim"]}]}
                """);
        ConfigException e = assertThrows(ConfigException.class, () -> ClaimantDirectory.load(dir));
        assertTrue(e.getMessage().contains("claimants.json:3: claimants[1].aliases[0]: alias 'kim' names both a and b"),
                e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            a blank party alias                # "aliases": ["P", "  "]}, {"id": "q", "name": "Q", "aliases": ["Q"]}         # 2 # parties[0].aliases[1]: party p has a blank entry in aliases
            an empty party alias               # "aliases": [""]}, {"id": "q", "name": "Q", "aliases": ["Q"]}              # 2 # parties[0].aliases[0]: party p has a blank entry in aliases
            one alias under two parties        # "aliases": ["Seoul"]}, {"id": "q", "name": "Q", "aliases": ["seoul"]}    # 2 # parties[1].aliases[0]: alias 'seoul' names both parties p and q
            a number where text is expected    # "aliases": [123]}, {"id": "q", "name": "Q", "aliases": ["Q"]}            # 2 # parties[0].aliases[0]: expected text in quotes
            a key given twice                  # "aliases": ["P"], "aliases": ["P2"]}, {"id": "q", "name": "Q", "aliases": ["Q"]} # 2 # Duplicate field 'aliases'
            """)
    void partyMistakesAreRefusedAtTheirLine(String why, String partyTail, int line, String expected) throws IOException {
        Files.writeString(dir.resolve("claimants.json"), "{\"parties\": [\n  {\"id\": \"p\", \"name\": \"P\", "
                + partyTail + "\n],\n\"claimants\": []}\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ClaimantDirectory.load(dir));
        assertTrue(e.getMessage().startsWith(dir.resolve("claimants.json") + ":" + line + ": ")
                && e.getMessage().contains(expected.strip()), why + ": " + e.getMessage());
    }

    /** A claimant deep in the bundled file names a party that does not exist: the error points at that claimant. */
    @Test
    void aMistakeFoundWhileCheckingTheWholeFileIsReportedAtItsEntry() throws IOException {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(Path.of("config/claimants.json")));
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("\"id\": \"pat_ryder\"")) {
                at = i;
                lines.set(i, lines.get(i).replace("\"party\": \"united_states\"", "\"party\": \"mars\""));
            }
        }
        assertTrue(at > 10 && at < lines.size() - 10, "pat_ryder sits in the middle of the bundled file");
        Files.write(dir.resolve("claimants.json"), lines);

        ConfigException e = assertThrows(ConfigException.class, () -> ClaimantDirectory.load(dir));

        assertTrue(e.getMessage().startsWith(dir.resolve("claimants.json") + ":" + (at + 1) + ": claimants[")
                && e.getMessage().contains("].party: claimant pat_ryder names unknown party mars"), e.getMessage());
    }

    @Test
    void aClaimantMistakeIsReportedAtTheClaimantNotWhereTheFileEnds() throws IOException {
        Files.writeString(dir.resolve("claimants.json"), """
                {"parties": [{"id": "p", "name": "P", "aliases": ["P"]}],
                 "claimants": [
                  {"id": "a", "name": "A", "kind": "PERSON", "party": "p", "aliases": ["A"]},
                  {"id": "b", "name": "B", "kind": "PERSON", "party": "p",
                   "aliases": ["B", " "]},
                  {"id": "c", "name": "C", "kind": "PERSON", "party": "p", "aliases": ["C"]}
                 ]
                }
                """);
        ConfigException e = assertThrows(ConfigException.class, () -> ClaimantDirectory.load(dir));
        assertTrue(e.getMessage().contains("claimants.json:5: claimants[1].aliases[1]: claimant b has a blank entry"),
                e.getMessage());
    }

    record Settings(int cooldownSeconds, String name) {
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            a fraction for a whole number      # {"cooldownSeconds": 10.7, "name": "x"}   # cooldownSeconds: expected a whole number
            text for a whole number            # {"cooldownSeconds": "10", "name": "x"}   # cooldownSeconds: expected a whole number
            a number for text                  # {"cooldownSeconds": 10, "name": 10}      # name: expected text in quotes
            true for text                      # {"cooldownSeconds": 10, "name": true}    # name: expected text in quotes
            content after the object           # {"cooldownSeconds": 10, "name": "x"} {}  # Trailing token
            a closing brace too many           # {"cooldownSeconds": 10, "name": "x"}}    # Unexpected close marker '}'
            a list closed as an object         # {"cooldownSeconds": 10, "name": ["x"}}  # name: expected text in quotes
            an object where text goes          # {"cooldownSeconds": 10, "name": {"a": 1}} # name: expected text in quotes
            """)
    void valuesOfTheWrongKindAreRefusedNotConverted(String why, String json, String expected) throws IOException {
        Path file = Files.writeString(dir.resolve("settings.json"), "\n" + json.strip());
        ConfigException e = assertThrows(ConfigException.class, () -> JsonFiles.read(file, Settings.class));
        assertTrue(e.getMessage().startsWith(file + ":2: ") && e.getMessage().contains(expected.strip()),
                why + ": " + e.getMessage());
        assertSpeaksOfTheFileNotOfJackson(e.getMessage());
    }

    /** Trial 9: "(but might if coercion using `CoercionConfig` was enabled)", "[Source: REDACTED ...". */
    private static void assertSpeaksOfTheFileNotOfJackson(String message) {
        for (String internal : List.of("Coercion", "REDACTED", "StreamReadFeature", "root starting at", "tally.", "$")) {
            assertFalse(message.contains(internal), message);
        }
    }

    @Test
    void theBotsCooldownMustBeAWholeNumberOfSeconds() throws IOException {
        String bundled = Files.readString(Path.of("config/discord.json"));
        for (String wrong : List.of("10.7", "\"10\"")) {
            Path file = Files.writeString(dir.resolve("discord.json"),
                    bundled.replace("\"cooldownSeconds\": 10", "\"cooldownSeconds\": " + wrong));
            ConfigException e = assertThrows(ConfigException.class,
                    () -> tally.adapter.discord.DiscordSettings.load(file));
            assertTrue(e.getMessage().contains("cooldownSeconds: expected a whole number"), e.getMessage());
        }
    }

    /** The unknown key's own line, whether its value is a list, text or an object, at any depth. */
    @Test
    void anUnknownKeyIsReportedAtItsOwnLine() throws IOException {
        record Case(String json, String expected) {
        }
        for (Case c : List.of(
                new Case("{\n  \"parties\": [],\n  \"claimants\": [],\n  \"claimnts\": []\n}",
                        ":4: claimnts: unknown key 'claimnts'"),
                new Case("{\n  \"parties\": [],\n\n  \"claimnts\": \"x\",\n  \"claimants\": []\n}",
                        ":4: claimnts: unknown key 'claimnts'"),
                new Case("{\n  \"parties\": [\n    {\n      \"id\": \"p\",\n      \"nmae\": \"P\",\n      \"name\": \"P\",\n"
                        + "      \"aliases\": [\"P\"]\n    }\n  ],\n  \"claimants\": []\n}",
                        ":5: parties[0].nmae: unknown key 'nmae'"),
                new Case("{\n  \"parties\": [],\n  \"claimants\": [],\n  \"extra\":\n    {\"a\": 1}\n}",
                        ":4: extra: unknown key 'extra'"))) {
            for (String lineEnd : List.of("\n", "\r\n", "\r")) {
                Files.writeString(dir.resolve("claimants.json"), c.json().replace("\n", lineEnd));
                ConfigException e = assertThrows(ConfigException.class, () -> ClaimantDirectory.load(dir));
                assertTrue(e.getMessage().contains("claimants.json" + c.expected()), c.json() + "\n" + e.getMessage());
            }
        }
    }

    /**
     * In every config file as shipped (comments included): a mistyped key put before any key of any entry, at any
     * depth, is reported at its own line with its entry's path (JsonLocations).
     */
    @Test
    void anUnknownKeyInAnyShippedFileIsReportedAtItsOwnLine() throws IOException {
        java.util.regex.Pattern key = java.util.regex.Pattern.compile("^(\\s*)\"[A-Za-z_]+\"\\s*:.*");
        int checked = 0;
        for (String name : List.of("claimants.json", "extraction.json", "questions.json", "discord.json",
                "articles.json", "storage.json", "targets.json")) {
            List<String> lines = Files.readAllLines(Path.of("config", name));
            for (int at = 0; at < lines.size(); at++) {
                java.util.regex.Matcher m = key.matcher(lines.get(at));
                if (!m.matches()) {
                    continue;
                }
                List<String> edited = new java.util.ArrayList<>(lines);
                edited.add(at, m.group(1) + "\"zzTypo\": 1,");
                Path folder = Files.createDirectories(dir.resolve(name + at));
                Files.write(folder.resolve(name), edited);
                ConfigException e = assertThrows(ConfigException.class, () -> load(folder, name));
                String where = folder.resolve(name) + ":" + (at + 1) + ": ";
                // in a map of free keys (extraction.json's qualifiers) the key is fine and its value wrong: same line
                assertTrue(e.getMessage().startsWith(where) && e.getMessage().contains("zzTypo: "),
                        name + " with the key on line " + (at + 1) + ": " + e.getMessage());
                checked++;
            }
        }
        assertTrue(checked > 100, "keys tried: " + checked);
    }

    private static void load(Path folder, String file) {
        switch (file) {
            case "claimants.json" -> ClaimantDirectory.load(folder);
            case "extraction.json" -> ExtractionLexicon.load(folder);
            case "questions.json" -> tally.app.question.QuestionLexicon.load(folder);
            case "discord.json" -> tally.adapter.discord.DiscordSettings.load(folder.resolve(file));
            case "targets.json" -> tally.adapter.bench.BenchTargets.load(folder);
            case "storage.json" -> tally.adapter.storage.StorageSettings.load(folder);
            default -> tally.adapter.web.WebSettings.load(folder);
        }
    }

    @Test
    void aMissingFileSaysWhichFile() {
        ConfigException e = assertThrows(ConfigException.class, () -> ExtractionLexicon.load(dir));
        assertTrue(e.getMessage().contains("extraction.json: file not found"), e.getMessage());
    }

    @Test
    void anExtractionLexiconWithoutCuesForAMetricIsRefused() throws IOException {
        String bundled = Files.readString(Path.of("config/extraction.json"));
        Files.writeString(dir.resolve("extraction.json"), bundled.replace("\"captured\":", "\"taken\":"));
        ConfigException e = assertThrows(ConfigException.class, () -> ExtractionLexicon.load(dir));
        assertTrue(e.getMessage().contains("metricCues.taken: metricCues: unknown metric 'taken'"), e.getMessage());
    }

    /** The list's entry in the bundled extraction.json, its words in group 1; the test fails when it is not there. */
    private static java.util.regex.Matcher listIn(String bundled, String list) {
        java.util.regex.Matcher entry = java.util.regex.Pattern.compile("\"" + list + "\":\\s*\\[([^\\]]*)\\]")
                .matcher(bundled);
        assertTrue(entry.find(), list + " is in the bundled extraction.json");
        return entry;
    }

    private static int lineOf(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    /**
     * The word lists that CasualtyComplements, DeathCauses, WoundedWithDead and (round 56) CarriedTies build their
     * patterns from: each is
     * required, non-empty and without blank entries, and a mistake is reported at start with the list's line (sizeVerbs,
     * an older frame, alongside: a blank entry used to fail with an ArrayStoreException, "problem: java.lang.Integer").
     */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"casualtySubjects", "amountAuxiliaries", "amountVerbs",
            "causePrepositions", "partMarkersBefore", "partQualifiers", "partMarkersAfter", "fatalAdverbs", "sizeVerbs",
            "supportVerbs",
            "relativeAuxiliaries", "comparisonWords", "earlierEstimateModifiers", "comparedEstimateNouns",
            "approximateTails", "sendingAuxiliaries", "locativePrepositions", "strengthNouns", "partitiveOpeners",
            "definiteDeterminers", "inclusionMarkers", "originVerbs", "otherForceCountries", "opposingSides", "actedOnVerbs",
            "forceNouns", "supplyVerbs", "cueShadows"})
    void aFigureRoleListMissingEmptyOrBlankIsRefusedAtStart(String list) throws IOException {
        String bundled = Files.readString(Path.of("config/extraction.json"));
        java.util.regex.Matcher entry = listIn(bundled, list);
        int line = lineOf(bundled, entry.start());
        String expected = "figureFrames." + list + " must be a non-empty list of non-blank phrases";

        String missing = bundled.replace("\"" + list + "\":", "\"" + list + "Typo\":");
        assertRefused(missing, expected);
        String empty = bundled.substring(0, entry.start()) + "\"" + list + "\": []" + bundled.substring(entry.end());
        assertRefused(empty, "extraction.json:" + line + ": ", expected);
        String blank = bundled.substring(0, entry.start()) + "\"" + list + "\": [\" \", " + entry.group(1) + "]"
                + bundled.substring(entry.end());
        assertRefused(blank, "extraction.json:" + line + ": ", expected);
    }

    /**
     * Round 52: the word lists of Plans' rules (planWords), once inside its regular expressions: each is required,
     * non-empty and without blank entries, a mistake is reported at start with the list's line, and a list of a name
     * no rule reads (a typo) is refused rather than ignored.
     */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("planWordLists")
    void aPlanWordListMissingEmptyOrBlankIsRefusedAtStart(String list) throws IOException {
        String bundled = Files.readString(Path.of("config/extraction.json"));
        java.util.regex.Matcher entry = listIn(bundled, list);
        int line = lineOf(bundled, entry.start());
        String expected = "planWords." + list + " must be a non-empty list of non-blank phrases";

        assertRefused(bundled.replace("\"" + list + "\":", "\"" + list + "Typo\":"), expected);
        String empty = bundled.substring(0, entry.start()) + "\"" + list + "\": []" + bundled.substring(entry.end());
        assertRefused(empty, "extraction.json:" + line + ": ", expected);
        String blank = bundled.substring(0, entry.start()) + "\"" + list + "\": [\" \", " + entry.group(1) + "]"
                + bundled.substring(entry.end());
        assertRefused(blank, "extraction.json:" + line + ": ", expected);
    }

    static List<String> planWordLists() {
        return ExtractionLexicon.PLAN_WORDS;
    }

    @Test
    void aPlanWordListOfAnUnknownNameIsRefused() throws IOException {
        String bundled = Files.readString(Path.of("config/extraction.json"));
        String extra = bundled.replace("\"planWords\": {", "\"planWords\": {\"intentVerb\": [\"plans\"], ");
        assertRefused(extra, "planWords: unknown list 'intentVerb'");
    }

    /**
     * The single-word lists of round 16's attribution rules (NamedEstimates, FollowUps), moved from Java into
     * extraction.json in round 18: missing, empty, blank or a phrase is refused at start, naming the list.
     */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"framingPrepositions", "pointerFollowers",
            "pointerNouns"})
    void aSingleWordListMissingEmptyBlankOrAPhraseIsRefusedAtStart(String list) throws IOException {
        String bundled = Files.readString(Path.of("config/extraction.json"));
        java.util.regex.Matcher entry = listIn(bundled, list);
        int line = lineOf(bundled, entry.start());
        String before = bundled.substring(0, entry.start()) + "\"" + list + "\": [";
        String after = "]" + bundled.substring(entry.end());

        assertRefused(bundled.replace("\"" + list + "\":", "\"" + list + "Typo\":"),
                "required key '" + list + "' is missing");
        String expected = list + " must be a non-empty list of non-blank phrases";
        assertRefused(before + after, "extraction.json:" + line + ": ", expected);
        assertRefused(before + "\" \", " + entry.group(1) + after, "extraction.json:" + line + ": ", expected);
        assertRefused(before + "\"according to\", " + entry.group(1) + after, "extraction.json:" + line + ": ",
                list + ": 'according to' is not a single word");
    }

    /**
     * IntelligenceServices' words (round 16, moved from Java into claimants.json in round 18): the lists are required
     * once a party names its intelligence service, and each must hold single words; a mistake names the list.
     */
    @Test
    void theIntelligenceWordsAreRequiredAndCheckedAtStart() throws IOException {
        String bundled = Files.readString(Path.of("config/claimants.json"));
        java.util.regex.Matcher words = java.util.regex.Pattern.compile("\"intelligenceWords\":\\s*\\{[^}]*\\},\\s*")
                .matcher(bundled);
        assertTrue(words.find(), "intelligenceWords is in the bundled claimants.json");
        int line = lineOf(bundled, words.start());
        String branches = "\"branches\": [\"military\", \"defence\", \"defense\", \"foreign\"]";
        assertTrue(bundled.contains(branches), branches);

        assertClaimantsRefused(bundled.substring(0, words.start()) + bundled.substring(words.end()),
                "intelligenceWords: a party names its intelligence service, so intelligenceWords");
        assertClaimantsRefused(bundled.replace("\"serviceNouns\":", "\"serviceNounz\":"),
                "claimants.json:" + line + ": intelligenceWords: required key 'serviceNouns' is missing");
        assertClaimantsRefused(bundled.replace(branches, "\"branches\": []"), "claimants.json:" + (line + 1)
                + ": intelligenceWords.branches: intelligenceWords.branches must be a non-empty list of single words");
        assertClaimantsRefused(bundled.replace(branches, "\"branches\": [\"military\", \" \"]"), "claimants.json:"
                + (line + 1) + ": intelligenceWords.branches[1]: intelligenceWords.branches must be a non-empty list");
        assertClaimantsRefused(bundled.replace(branches, "\"branches\": [\"secret service\"]"),
                "intelligenceWords.branches[0]: ", "'secret service' is not one word");
    }

    private void assertClaimantsRefused(String json, String... expected) throws IOException {
        Files.writeString(dir.resolve("claimants.json"), json);
        ConfigException e = assertThrows(ConfigException.class, () -> ClaimantDirectory.load(dir));
        for (String part : expected) {
            assertTrue(e.getMessage().contains(part), part + " in " + e.getMessage());
        }
    }

    private void assertRefused(String json, String... expected) throws IOException {
        Files.writeString(dir.resolve("extraction.json"), json);
        ConfigException e = assertThrows(ConfigException.class, () -> ExtractionLexicon.load(dir));
        for (String part : expected) {
            assertTrue(e.getMessage().contains(part), part + " in " + e.getMessage());
        }
    }
}
