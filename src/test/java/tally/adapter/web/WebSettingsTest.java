package tally.adapter.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.config.ConfigException;

class WebSettingsTest {

    @TempDir
    Path config;

    @Test
    void theShippedFileHoldsTheDefaultsAndNeverTurnsTheAddressCheckOff() {
        WebSettings shipped = WebSettings.load(Path.of("config"));
        assertEquals(WebSettings.DEFAULTS, shipped);
        assertFalse(shipped.allowPrivateAddresses());
    }

    @Test
    void withoutTheFileTheDefaultsHold() {
        assertEquals(WebSettings.DEFAULTS, WebSettings.load(config));
    }

    @Test
    void aKeyLeftOutKeepsItsDefault() throws IOException {
        Files.writeString(config.resolve("articles.json"), "{\"fetchTimeoutSeconds\": 5}");
        WebSettings s = WebSettings.load(config);
        assertEquals(Duration.ofSeconds(5), s.fetchTimeout());
        assertEquals(WebSettings.DEFAULTS.maxBytes(), s.maxBytes());
    }

    @Test
    void aTypoOrAValueOutOfRangeStopsStartWithTheFile() throws IOException {
        Path file = config.resolve("articles.json");
        Files.writeString(file, "{\n  \"maxRedirect\": 3\n}");
        ConfigException typo = assertThrows(ConfigException.class, () -> WebSettings.load(config));
        assertTrue(typo.getMessage().contains("articles.json:2: maxRedirect: unknown key 'maxRedirect'"), typo.getMessage());
        Files.writeString(file, "{\"maxRedirects\": 50}");
        ConfigException range = assertThrows(ConfigException.class, () -> WebSettings.load(config));
        assertTrue(range.getMessage().contains("maxRedirects must be between 0 and 10, got 50"), range.getMessage());
        Files.writeString(file, "{\"allowPrivateAddresses\": true}");
        assertThrows(ConfigException.class, () -> WebSettings.load(config), "the test setting cannot be set in a file");
    }
}
