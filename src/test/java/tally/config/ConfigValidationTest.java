package tally.config;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            broken JSON names the line                 # {"parties": [\\n  {"id": "x",,}\\n]}                                                                                     # claimants.json:2
            an unknown key is a typo                   # {"parties": [], "claimants": [], "claimnts": []}                                                                      # claimants.json:1: Unrecognized field "claimnts"
            a missing list is reported                 # {"parties": []}                                                                                                      # Missing required creator property 'claimants'
            a claimant of an unknown party             # {"parties": [], "claimants": [{"id": "a", "name": "A", "kind": "PERSON", "party": "mars", "aliases": ["A"]}]}           # names unknown party mars
            an id that is not snake case               # {"parties": [{"id": "Bad Id", "name": "x", "aliases": ["x"]}], "claimants": []}                                       # lower_snake_case
            a claimant with no alias                   # {"parties": [{"id": "p", "name": "P", "aliases": ["P"]}], "claimants": [{"id": "a", "name": "A", "kind": "PERSON", "party": "p", "aliases": []}]} # needs at least one alias
            a kind that does not exist                 # {"parties": [{"id": "p", "name": "P", "aliases": ["P"]}], "claimants": [{"id": "a", "name": "A", "kind": "ROBOT", "party": "p", "aliases": ["A"]}]} # ROBOT
            a memberOf nobody                          # {"parties": [{"id": "p", "name": "P", "aliases": ["P"]}], "claimants": [{"id": "a", "name": "A", "kind": "PERSON", "party": "p", "aliases": ["A"], "memberOf": "b"}]} # memberOf unknown claimant b
            """)
    void claimantsFileMistakesAreNamed(String why, String json, String expected) throws IOException {
        Files.writeString(dir.resolve("claimants.json"), json.replace("\\n", "\n"));
        ConfigException e = assertThrows(ConfigException.class, () -> ClaimantDirectory.load(dir));
        assertTrue(e.getMessage().contains("claimants.json") && e.getMessage().contains(expected.strip()),
                why + ": " + e.getMessage());
    }

    @Test
    void oneAliasForTwoClaimantsIsRefused() throws IOException {
        Files.writeString(dir.resolve("claimants.json"), """
                {"parties": [{"id": "p", "name": "P", "aliases": ["P"]}], "claimants": [
                  {"id": "a", "name": "A", "kind": "PERSON", "party": "p", "aliases": ["Kim"]},
                  {"id": "b", "name": "B", "kind": "PERSON", "party": "p", "aliases": ["kim"]}]}
                """);
        ConfigException e = assertThrows(ConfigException.class, () -> ClaimantDirectory.load(dir));
        assertTrue(e.getMessage().contains("'kim' names both a and b"), e.getMessage());
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
        assertTrue(e.getMessage().contains("unknown metric 'taken'"), e.getMessage());
    }
}
