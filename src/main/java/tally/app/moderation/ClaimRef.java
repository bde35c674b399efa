package tally.app.moderation;

import java.util.Objects;
import tally.model.Metric;

/**
 * How a change names its claim so that it finds it again after any re-index: the id shown when it was made, and what
 * the id is derived from (the source file, the sentence, the figure's wording), plus the metric the extractor gave it,
 * which tells apart two claims of one sentence with the same wording ("100 killed and 100 wounded").
 */
public record ClaimRef(String id, String file, String sentence, String wording, Metric metric) {

    public ClaimRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(wording, "wording");
        Objects.requireNonNull(metric, "metric");
        if (id.isBlank() || file.isBlank() || wording.isBlank()) {
            throw new IllegalArgumentException("a claim reference needs an id, a file and the figure's wording");
        }
    }
}
