package tally.adapter.gen;

import java.util.Random;
import org.jspecify.annotations.Nullable;
import tally.model.Metric;

/**
 * Writes a figure the way reporters do ("more than 3,000", "between 3,000 and 5,000", "three thousand", "hundreds")
 * and records what it means, so the truth file can say which low/high an extractor should find.
 */
final class FigureWords {

    /** A worded figure. {@code needsOf} is true for vague plurals that need "of" before a noun ("hundreds of"). */
    record Worded(@Nullable Long low, @Nullable Long high, @Nullable String qualifier, String text, boolean needsOf) {
        boolean vague() {
            return low == null && high == null;
        }

        /** The figure as it stands before a noun: "hundreds of", "more than 3,000". */
        String beforeNoun() {
            return needsOf ? text + " of" : text;
        }

        Worded capitalized() {
            return new Worded(low, high, qualifier, Text.capitalize(text), needsOf);
        }
    }

    private static final String[] AT_LEAST = {"at least", "no fewer than", "a minimum of"};
    private static final String[] MORE_THAN = {"more than", "over", "in excess of"};
    private static final String[] ABOUT = {"about", "around", "approximately", "roughly", "an estimated"};
    private static final String[] NEARLY = {"nearly", "almost", "close to"};
    private static final String[] VAGUE_OF = {"hundreds", "thousands", "dozens"};
    private static final String[] VAGUE = {"several thousand", "several hundred", "a few hundred", "a few thousand"};

    private final Random random;

    FigureWords(Random random) {
        this.random = random;
    }

    /** Any wording, vague ones included. */
    Worded any(Metric metric) {
        int roll = random.nextInt(100);
        if (roll < 8) {
            return vague(metric);
        }
        return numeric(metric, roll);
    }

    /** A wording with a number in it, for sentences where a vague word would read oddly ("put the number at ..."). */
    Worded numeric(Metric metric) {
        return numeric(metric, 8 + random.nextInt(92));
    }

    private Worded numeric(Metric metric, int roll) {
        long v = value(metric);
        if (roll < 28) {
            return exact(v, null, number(v));
        }
        if (roll < 40) {
            String q = pick(AT_LEAST);
            return new Worded(v, null, q, q + " " + number(v), false);
        }
        if (roll < 52) {
            String q = pick(MORE_THAN);
            return new Worded(v, null, q, q + " " + number(v), false);
        }
        if (roll < 64) {
            String q = pick(ABOUT);
            return exact(v, q, q + " " + number(v));
        }
        if (roll < 70) {
            // "nearly 8,000" bounds the figure from above, as the labelled corpus's gold reads it.
            String q = pick(NEARLY);
            return new Worded(null, v, q, q + " " + number(v), false);
        }
        if (roll < 75) {
            return new Worded(null, v, "up to", "up to " + number(v), false);
        }
        if (roll < 81) {
            return exact(v, "some", "some " + number(v));
        }
        if (roll < 92) {
            return range(metric, v);
        }
        return inWords(metric);
    }

    private Worded exact(long v, @Nullable String qualifier, String text) {
        return new Worded(v, v, qualifier, text, false);
    }

    private Worded range(Metric metric, long low) {
        long high = low + step(metric) * (1 + random.nextInt(4));
        return switch (random.nextInt(4)) {
            case 0 -> new Worded(low, high, "between", "between " + number(low) + " and " + number(high), false);
            case 1 -> new Worded(low, high, null, number(low) + "\u2013" + number(high), false);
            case 2 -> new Worded(low, high, null, number(low) + " to " + number(high), false);
            default -> new Worded(low, high, null, number(low) + "-" + number(high), false);
        };
    }

    private Worded inWords(Metric metric) {
        long v = metric == Metric.CAPTURED ? 1 + random.nextInt(9)
                : metric == Metric.KILLED && random.nextBoolean() ? 100L * (1 + random.nextInt(9))
                : 1000L * (1 + random.nextInt(15));
        String words = Text.words(v);
        if (random.nextInt(3) == 0) {
            String q = pick(ABOUT);
            return exact(v, q, q + " " + words);
        }
        return exact(v, null, words);
    }

    private Worded vague(Metric metric) {
        if (metric == Metric.CAPTURED) {
            return random.nextBoolean() ? new Worded(null, null, null, "a handful", true)
                    : new Worded(null, null, null, "several", false);
        }
        if (random.nextBoolean()) {
            return new Worded(null, null, null, pick(VAGUE_OF), true);
        }
        return new Worded(null, null, null, pick(VAGUE), false);
    }

    private long value(Metric metric) {
        return switch (metric) {
            case DEPLOYED -> 1500 + 500L * random.nextInt(28);
            case PLANNED_DEPLOYMENT -> 1000L * (1 + random.nextInt(30));
            case KILLED -> random.nextInt(10) < 3 ? 10 + 10L * random.nextInt(30) : 300 + 100L * random.nextInt(48);
            case WOUNDED -> 100 + 100L * random.nextInt(80);
            case KILLED_OR_WOUNDED -> random.nextInt(10) < 2 ? 30 + 10L * random.nextInt(27) : 300 + 100L * random.nextInt(63);
            case CAPTURED -> 1 + random.nextInt(12);
        };
    }

    private static long step(Metric metric) {
        return switch (metric) {
            case CAPTURED -> 1;
            case KILLED, KILLED_OR_WOUNDED -> 100;
            case WOUNDED -> 200;
            case DEPLOYED, PLANNED_DEPLOYMENT -> 1000;
        };
    }

    /** "3,000" mostly, sometimes "3000" as some outlets print it. */
    private String number(long v) {
        if (v >= 1000 && v < 10_000 && random.nextInt(10) == 0) {
            return Long.toString(v);
        }
        return String.format(java.util.Locale.ROOT, "%,d", v);
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
