package tally.adapter.bench;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A corpus folder's truth.json, as `gen-corpus` writes it (see the README): for each file, the claims it holds. Read
 * here through its JSON form only, so the benchmark and the generator stay independent adapters; fields this reader
 * does not use are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Truth(List<Article> files) {

    public static final String FILE_NAME = "truth.json";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    public Truth {
        files = List.copyOf(files);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Article(String file, List<Claim> claims) {
        public Article {
            claims = List.copyOf(claims);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Claim(String metric, @Nullable Long low, @Nullable Long high, @Nullable String qualifier, String text,
                        String claimant, @Nullable String relayedBy, @Nullable String claimDate,
                        @Nullable String datePrecision, String sentence) {
    }

    public static Truth read(Path file) {
        try {
            return JSON.readValue(file.toFile(), Truth.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
