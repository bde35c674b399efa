package tally.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tally.app.port.VerbFinder;

/**
 * The question reader's {@link VerbFinder}: the extractor's own OpenNLP tokenizer and tagger, so a question's verb is
 * read as an article's is. The models load on the first question that needs them (about 0.3 s), never at start.
 * A question longer than {@link #MAX_CHARS} is read by its opening only: a question's verb stands near its start, and
 * a pasted page must not cost a tagging of all of it.
 */
public final class QuestionVerbs implements VerbFinder {

    static final int MAX_CHARS = 600;

    private final EnglishTagger tagger = new EnglishTagger(Map.of(), Set.of());

    @Override
    public List<String> verbs(String question) {
        String text = question.length() > MAX_CHARS ? question.substring(0, MAX_CHARS) : question;
        if (text.isBlank()) {
            return List.of();
        }
        List<String> verbs = new ArrayList<>();
        for (TaggedSentence.Token t : tagger.tag(text).tokens()) {
            if (t.is("VERB")) {
                verbs.add(t.word().toLowerCase(Locale.ROOT));
            }
        }
        return verbs;
    }
}
