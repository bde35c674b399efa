package tally.app.port;

import java.util.List;

/**
 * Port: the full verbs of a question, by a part-of-speech tagger. A question that names no measure Tally keeps ("how
 * many North Korean soldiers were trained in Russia?") is read by its own verb: one Tally has no figures for must not
 * be answered with the troops sent, as if they were what was asked. Implemented over the extractor's tagger (OpenNLP),
 * so its models load only when a question needs it.
 */
@FunctionalInterface
public interface VerbFinder {

    /**
     * The words of {@code question} tagged as full verbs (not auxiliaries), lower case, in order; empty when there are
     * none. Any text is accepted, however odd.
     */
    List<String> verbs(String question);

    /** Reads no verb: questions are read by their lexicon's words alone (tests that do not exercise tagging). */
    VerbFinder NONE = question -> List.of();
}
