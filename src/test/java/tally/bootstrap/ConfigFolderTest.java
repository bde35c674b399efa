package tally.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.config.ConfigException;

class ConfigFolderTest {

    @TempDir
    Path tmp;

    private final Map<String, String> properties = new HashMap<>();
    private final Map<String, String> environment = new HashMap<>();

    private ConfigFolder lookup(Path workingFolder, @Nullable Path codeLocation) {
        return new ConfigFolder(properties::get, environment::get, workingFolder, codeLocation);
    }

    private Path tallyConfig(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("claimants.json"), "{}");
        return folder;
    }

    @Test
    void theOptionComesFirstThenThePropertyThenTheVariable() throws IOException {
        Path option = tallyConfig(tmp.resolve("option"));
        Path property = tallyConfig(tmp.resolve("property"));
        Path variable = tallyConfig(tmp.resolve("variable"));
        tallyConfig(tmp.resolve("cwd/config"));
        properties.put("tally.config", property.toString());
        environment.put("TALLY_CONFIG", variable.toString());
        ConfigFolder folders = lookup(tmp.resolve("cwd"), null);
        assertEquals(option, folders.find(option));
        assertEquals(property, folders.find(null));
        properties.put("tally.config", " ");
        assertEquals(variable, folders.find(null), "a blank property is not set");
        environment.remove("TALLY_CONFIG");
        assertEquals(tmp.resolve("cwd/config"), folders.find(null));
    }

    @Test
    void aNamedFolderThatDoesNotExistIsAnErrorNotAFallback() throws IOException {
        tallyConfig(tmp.resolve("cwd/config"));
        environment.put("TALLY_CONFIG", tmp.resolve("typo").toString());
        ConfigException e = assertThrows(ConfigException.class, () -> lookup(tmp.resolve("cwd"), null).find(null));
        assertEquals("config folder " + tmp.resolve("typo") + " (from TALLY_CONFIG) not found", e.getMessage());
        e = assertThrows(ConfigException.class,
                () -> lookup(tmp, null).find(Files.writeString(tmp.resolve("discord.json"), "{}")));
        assertTrue(e.getMessage().contains("(from --config) not found: it is a file"), e.getMessage());
    }

    @Test
    void aJarInTargetFindsTheConfigOfItsProjectFromAnyWorkingFolder() throws IOException {
        Path project = tmp.resolve("project");
        Path config = tallyConfig(project.resolve("config"));
        Path jar = Files.createDirectories(project.resolve("target")).resolve("tally.jar");
        Files.writeString(jar, "jar");
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        assertEquals(config, lookup(elsewhere, jar).find(null));
    }

    @Test
    void aJarBesideItsConfigFindsIt() throws IOException {
        Path app = tmp.resolve("app");
        Path config = tallyConfig(app.resolve("config"));
        Path jar = app.resolve("tally.jar");
        Files.writeString(jar, "jar");
        assertEquals(config, lookup(tmp.resolve("elsewhere"), jar).find(null));
    }

    @Test
    void aClassesFolderFindsTheConfigOfItsProject() throws IOException {
        Path project = tmp.resolve("project");
        Path config = tallyConfig(project.resolve("config"));
        Path classes = Files.createDirectories(project.resolve("target/classes"));
        assertEquals(config, lookup(tmp, classes).find(null));
    }

    @Test
    void aFolderCalledConfigWithoutTallysFilesIsPassedOver() throws IOException {
        Files.createDirectories(tmp.resolve("cwd/config"));
        Path app = tmp.resolve("app");
        Path config = tallyConfig(app.resolve("config"));
        assertEquals(config, lookup(tmp.resolve("cwd"), app.resolve("tally.jar")).find(null));
    }

    @Test
    void whenNoneIsFoundOneLineSaysWhereItLooked() throws IOException {
        Path cwd = Files.createDirectories(tmp.resolve("cwd"));
        Path jar = tmp.resolve("app/tally.jar");
        ConfigException e = assertThrows(ConfigException.class, () -> lookup(cwd, jar).find(null));
        String message = e.getMessage();
        assertEquals(1, message.lines().count(), message);
        for (Path looked : new Path[] {cwd.resolve("config"), tmp.resolve("app/config"), tmp.resolve("config")}) {
            assertTrue(message.contains(looked.toString()), looked + " in: " + message);
        }
        assertTrue(message.contains("--config, -Dtally.config and TALLY_CONFIG are not set"), message);
        assertTrue(message.contains("pass --config DIR"), message);
    }

    @Test
    void thisProcessFindsTheProjectConfig() {
        // The tests run in the project folder: ./config holds claimants.json.
        assertTrue(Files.isRegularFile(ConfigFolder.ofThisProcess().find(null).resolve("claimants.json")));
    }
}
