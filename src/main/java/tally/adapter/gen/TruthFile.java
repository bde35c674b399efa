package tally.adapter.gen;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * truth.json: for every generated article, the claims it holds. Numbers about anything else (calibres, money, Russian
 * troops, North Korea's own border) are deliberately absent, so an extractor that reports them loses precision.
 */
@JsonPropertyOrder({"generator", "seed", "articles", "files"})
public record TruthFile(String generator, long seed, int articles, List<Article> files) {

    public static final String NAME = "truth.json";

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public TruthFile {
        files = List.copyOf(files);
    }

    /**
     * One article. {@code header} is "full", "partial" (no outlet or date in the header) or "none";
     * {@code published} is the date the article carries, in its header or its dateline.
     */
    @JsonPropertyOrder({"file", "header", "outlet", "published", "claims"})
    public record Article(String file, String header, @Nullable String outlet, String published, List<Claim> claims) {
        public Article {
            claims = List.copyOf(claims);
        }
    }

    /**
     * One claim as the article states it. {@code text} is the original wording of the figure and appears verbatim in
     * {@code sentence}, which appears verbatim in the article. {@code claimDate} is YYYY-MM-DD (precision day, or week:
     * that week's Monday) or YYYY-MM (month), or null when the text gives no date for the claim. {@code relayedBy}
     * names who passed the claim on ("a lawmaker, citing the spy agency": claimant nis, relayed by the lawmaker).
     */
    @JsonPropertyOrder({"metric", "low", "high", "qualifier", "text", "claimant", "relayedBy", "claimDate",
        "datePrecision", "sentence"})
    public record Claim(String metric, @Nullable Long low, @Nullable Long high, @Nullable String qualifier, String text,
                        String claimant, @Nullable String relayedBy, @Nullable String claimDate,
                        @Nullable String datePrecision, String sentence) {
        Claim withSentence(String s) {
            return new Claim(metric, low, high, qualifier, text, claimant, relayedBy, claimDate, datePrecision, s);
        }
    }

    public void write(Path file) {
        try {
            JSON.writeValue(file.toFile(), this);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public static TruthFile read(Path file) {
        try {
            return JSON.readValue(file.toFile(), TruthFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
