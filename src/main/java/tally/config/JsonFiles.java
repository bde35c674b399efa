package tally.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a config file into a record, turning every Jackson failure into a message with file and line. */
public final class JsonFiles {

    /** Strict: unknown keys are typos, and a typo in a moderator's edit should fail loudly, not be ignored. */
    public static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(JsonParser.Feature.ALLOW_COMMENTS)
            .addModule(new JavaTimeModule())
            .build();

    private JsonFiles() {
    }

    public static <T> T read(Path file, Class<T> type) {
        try {
            return STRICT.readValue(Files.readAllBytes(file), type);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": file not found");
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            String line = where != null && where.getLineNr() > 0 ? ":" + where.getLineNr() : "";
            throw new ConfigException(file + line + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file + ": " + e.getMessage(), e);
        }
    }
}
