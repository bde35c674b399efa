package tally.adapter.bench;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One article's gold, as the labelled corpus writes it ({@code NNN_....gold.json}, schema in the labelled corpus's
 * README): the claims a reader found in the article and the numbers that are not claims. Beside the README's fields,
 * a claim may say {@code "dateScored": false} when the text cannot settle its date (an article with no publication
 * date); such a claim counts for recall, precision and attribution but not for claim dates.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldFile(String file, List<Claim> claims, List<NonClaim> nonClaims) {

    public static final String SUFFIX = ".gold.json";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    public GoldFile {
        claims = claims == null ? List.of() : List.copyOf(claims);
        nonClaims = nonClaims == null ? List.of() : List.copyOf(nonClaims);
    }

    /** A claim as the reader wrote it; {@code claimant} null means the article's own voice (no one named). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Claim(String sentence, @Nullable List<String> alsoIn, String text, String metric, @Nullable Long low,
                        @Nullable Long high, @Nullable String qualifier, @Nullable String claimant,
                        @Nullable String claimantId, @Nullable String relayedBy, @Nullable String relayedById,
                        @Nullable String claimDate, @Nullable String datePrecision, @Nullable String dateBasis,
                        @Nullable String scope, @Nullable Boolean dateScored) {
        public Claim {
            alsoIn = alsoIn == null ? List.of() : List.copyOf(alsoIn);
        }

        boolean vague() {
            return low == null && high == null;
        }

        boolean datesCount() {
            return dateScored == null || dateScored;
        }

        List<String> sentences() {
            List<String> all = new ArrayList<>();
            all.add(sentence);
            all.addAll(alsoIn);
            return all;
        }
    }

    /** A number a careless reader might take for a troop figure; {@code kind} says why it is not one. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NonClaim(String sentence, String text, String kind, @Nullable String why) {

        /** Munitions, money, workers, and other forces' troops: numbers that must never become North Korean troop figures. */
        boolean nonTroop() {
            return "not_troops".equals(kind) || "other_force".equals(kind);
        }
    }

    public static GoldFile read(Path file) {
        try {
            return JSON.readValue(file.toFile(), GoldFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + file, e);
        }
    }

    /**
     * The gold files of a folder, by the article file they describe: {@code *.gold.json} beside the articles or in a
     * {@code gold/} folder inside it. Empty when the folder holds none.
     */
    public static Map<String, GoldFile> folder(Path dir) {
        Map<String, GoldFile> byArticle = new LinkedHashMap<>();
        for (Path where : List.of(dir, dir.resolve("gold"))) {
            if (!Files.isDirectory(where)) {
                continue;
            }
            try (Stream<Path> files = Files.list(where)) {
                files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted()
                        .forEach(p -> {
                            GoldFile g = read(p);
                            byArticle.put(g.file(), g);
                        });
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + where, e);
            }
        }
        return byArticle;
    }
}
