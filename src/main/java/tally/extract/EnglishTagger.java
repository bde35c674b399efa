package tally.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Tokens and part-of-speech tags from Apache OpenNLP's English models (UD English-EWT: universal tags such as NOUN,
 * PROPN, VERB, AUX, NUM). The models are read from the classpath on first use, not at start, so a Tally that reopens a
 * stored index never pays for them; each thread has its own tokenizer and tagger (OpenNLP's are not thread-safe).
 *
 * <p>OpenNLP's English tokenizer leaves possessives attached ("Seoul's", tagged as a verb), so a token ending in 's
 * or s' is split before tagging. Lemmas come from the lexicon's cue words ({@code cueLemmas}), not from OpenNLP's
 * statistical lemmatizer, which is too slow for ingest.
 */
final class EnglishTagger {

    static final String TOKENIZER_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    /** Loaded once, on the first sentence tagged. */
    private static final class Models {
        static final TokenizerModel TOKENS = withAlphaNumericOptimization(load(TOKENIZER_MODEL, TokenizerModel::new));
        static final POSModel POS = greedy(load(POS_MODEL, POSModel::new));
    }

    private interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private static final ThreadLocal<TokenizerME> TOKENIZER = ThreadLocal.withInitial(() -> new TokenizerME(Models.TOKENS));
    private static final ThreadLocal<POSTaggerME> TAGGER = ThreadLocal.withInitial(() -> new POSTaggerME(Models.POS));

    /** Sentences and tokens tagged in this JVM: tagging is the layer's cost, and only some sentences need it. */
    static final java.util.concurrent.atomic.LongAdder SENTENCES = new java.util.concurrent.atomic.LongAdder();
    static final java.util.concurrent.atomic.LongAdder TOKENS = new java.util.concurrent.atomic.LongAdder();

    private final Map<String, String> lemmas;
    private final java.util.Set<String> verbOnly;

    /**
     * @param lemmas   inflected form (lower case) to lemma, from the lexicon
     * @param verbOnly forms (lower case) that are verbs whatever the model says ({@code verbOnlyForms})
     */
    EnglishTagger(Map<String, String> lemmas, java.util.Set<String> verbOnly) {
        this.lemmas = Map.copyOf(lemmas);
        this.verbOnly = java.util.Set.copyOf(verbOnly);
    }

    /** The sentence as tokens with tags and lemmas; offsets are into {@code sentence}. */
    TaggedSentence tag(String sentence) {
        Span[] spans = TOKENIZER.get().tokenizePos(sentence);
        List<int[]> bounds = new ArrayList<>(spans.length + 4);
        for (Span span : spans) {
            splitPossessive(sentence, span.getStart(), span.getEnd(), bounds);
        }
        String[] words = new String[bounds.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = sentence.substring(bounds.get(i)[0], bounds.get(i)[1]);
        }
        String[] tags = TAGGER.get().tag(words);
        SENTENCES.increment();
        TOKENS.add(words.length);
        List<TaggedSentence.Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            String lower = words[i].toLowerCase(Locale.ROOT);
            String tag = verbOnly.contains(lower) || labelCue(words, tags, i, lower) ? "VERB" : tags[i];
            tokens.add(new TaggedSentence.Token(words[i], bounds.get(i)[0], bounds.get(i)[1], tag,
                    lemmas.getOrDefault(lower, lower)));
        }
        return new TaggedSentence(sentence, tokens);
    }

    /**
     * "Ukraine reports: 3,000 dead": a cue form in -s between a name and a colon is the name's verb, a line that quotes
     * what follows the colon; the model reads it as the plural noun of "Ukraine reports" (a dev article of round 17).
     */
    private boolean labelCue(String[] words, String[] tags, int i, String lower) {
        return "NOUN".equals(tags[i]) && lower.endsWith("s") && lemmas.containsKey(lower) && i > 0
                && "PROPN".equals(tags[i - 1]) && i + 1 < words.length && ":".equals(words[i + 1]);
    }

    /** "Seoul's" is "Seoul" + "'s", "officials'" is "officials" + "'"; "it's" stays for the tagger to read. */
    static void splitPossessive(String s, int start, int end, List<int[]> out) {
        int len = end - start;
        if (len > 2 && s.charAt(end - 2) == '\'' && (s.charAt(end - 1) == 's' || s.charAt(end - 1) == 'S')
                && Character.isLetter(s.charAt(end - 3)) && !s.regionMatches(true, start, "it's", 0, 4)) {
            out.add(new int[] {start, end - 2});
            out.add(new int[] {end - 2, end});
        } else if (len > 2 && s.charAt(end - 1) == '\'' && s.charAt(end - 2) == 's') {
            out.add(new int[] {start, end - 1});
            out.add(new int[] {end - 1, end});
        } else {
            out.add(new int[] {start, end});
        }
    }

    /**
     * The same model with OpenNLP's alphanumeric optimisation on: a whitespace-separated word of letters and digits
     * alone ("soldiers", "3000") is one token without asking the model at each of its characters, which was most of the
     * tokenizer's time. The model was trained with it off, and could split such a word ("cannot"); no cue, name or
     * figure is one of those.
     */
    private static TokenizerModel withAlphaNumericOptimization(TokenizerModel model) {
        var factory = model.getFactory();
        try {
            return new TokenizerModel(model.getMaxentModel(), Map.of(), opennlp.tools.tokenize.TokenizerFactory.create(
                    null, factory.getLanguageCode(), factory.getAbbreviationDictionary(), true,
                    factory.getAlphaNumericPattern()));
        } catch (opennlp.tools.util.InvalidFormatException e) {
            throw new IllegalStateException("cannot set up OpenNLP's tokenizer: " + e.getMessage(), e);
        }
    }

    /**
     * The same tagger reading each sentence left to right, keeping only its best tag sequence so far (a beam of one)
     * instead of the model's three. On the 1,523 sentences of the labelled dev articles (55,786 tokens) the two gave
     * the same tag to every token, and the beam of one asks the model about a third as often.
     */
    private static POSModel greedy(POSModel model) {
        try {
            return new POSModel(model.getLanguage(), (opennlp.tools.ml.model.MaxentModel) model.getArtifact("pos.model"),
                    1, Map.of(), model.getFactory());
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot set up OpenNLP's tagger: " + e.getMessage(), e);
        }
    }

    private static <T> T load(String resource, Reader<T> reader) {
        try (InputStream in = EnglishTagger.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath"
                        + " (the opennlp-models-*-en jars of pom.xml)");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read OpenNLP model " + resource + ": " + e.getMessage(), e);
        }
    }
}
