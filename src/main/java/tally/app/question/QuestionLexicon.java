package tally.app.question;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tally.config.JsonFiles;
import tally.model.Metric;

/** config/questions.json: the words that tell Tally what a question asks. Validated as it is built. */
@JsonIgnoreProperties(value = "_comment")
public record QuestionLexicon(
        @JsonProperty(required = true) Map<String, MetricWords> metrics,
        @JsonProperty(required = true) Generic generic,
        @JsonProperty(required = true) List<String> topicWords,
        @JsonProperty(required = true) Cues claimantCues,
        @JsonProperty(required = true) List<String> agentWords,
        @JsonProperty(required = true) List<String> topicParties) {

    public record MetricWords(
            @JsonProperty(required = true) List<String> words,
            @JsonProperty(required = true) List<String> contextWords) {
        public MetricWords {
            words = nonBlank(words, "words");
            contextWords = nonBlank(contextWords, "contextWords");
        }
    }

    public record Generic(
            @JsonProperty(required = true) String metric,
            @JsonProperty(required = true) List<String> quantityWords,
            @JsonProperty(required = true) List<String> nouns,
            @JsonProperty(required = true) int window) {
        public Generic {
            if (Metric.byId(metric).isEmpty()) {
                throw new IllegalArgumentException("generic.metric: unknown metric '" + metric + "'");
            }
            quantityWords = nonBlank(quantityWords, "generic.quantityWords");
            nouns = nonBlank(nouns, "generic.nouns");
            if (window < 0 || window > 10) {
                throw new IllegalArgumentException("generic.window must be 0..10: " + window);
            }
        }
    }

    public record Cues(
            @JsonProperty(required = true) List<String> before,
            @JsonProperty(required = true) List<String> after) {
        public Cues {
            before = nonBlank(before, "claimantCues.before");
            after = nonBlank(after, "claimantCues.after");
        }
    }

    public QuestionLexicon {
        for (String id : metrics.keySet()) {
            if (Metric.byId(id).isEmpty()) {
                throw new IllegalArgumentException("metrics: unknown metric '" + id + "'");
            }
        }
        metrics = Map.copyOf(metrics);
        topicWords = nonBlank(topicWords, "topicWords");
        agentWords = nonBlank(agentWords, "agentWords");
        topicParties = List.copyOf(topicParties);
    }

    public static QuestionLexicon load(Path configDir) {
        return JsonFiles.read(configDir.resolve("questions.json"), QuestionLexicon.class);
    }

    /** The words per metric, keyed by the enum; a metric missing from the file simply has no words. */
    public Map<Metric, MetricWords> byMetric() {
        Map<Metric, MetricWords> out = new EnumMap<>(Metric.class);
        metrics.forEach((id, words) -> out.put(Metric.byId(id).orElseThrow(), words));
        return out;
    }

    private static List<String> nonBlank(List<String> words, String field) {
        if (words.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException(field + " has a blank entry");
        }
        return List.copyOf(words);
    }
}
