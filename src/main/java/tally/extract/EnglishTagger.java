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
    private final java.util.Set<String> sourceNouns;

    /**
     * @param lemmas   inflected form (lower case) to lemma, from the lexicon
     * @param verbOnly forms (lower case) that are verbs whatever the model says ({@code verbOnlyForms})
     */
    EnglishTagger(Map<String, String> lemmas, java.util.Set<String> verbOnly) {
        this(lemmas, verbOnly, java.util.Set.of());
    }

    /**
     * @param sourceNouns nouns that head a source phrase ({@code sourceHeads}, lower case): read as nouns where the
     *                    model took them for a modifier with nothing to modify ({@link #sourceNoun})
     */
    EnglishTagger(Map<String, String> lemmas, java.util.Set<String> verbOnly, java.util.Collection<String> sourceNouns) {
        this.lemmas = Map.copyOf(lemmas);
        this.verbOnly = java.util.Set.copyOf(verbOnly);
        this.sourceNouns = java.util.Set.copyOf(sourceNouns);
    }

    /** How many of each thread's last tagged texts are kept: a sentence is asked about by several rules in a row. */
    private static final int RECENT = 4;
    /** Each thread's last few texts and their tagging, newest first; articles are read on several threads at once. */
    private final ThreadLocal<TaggedSentence[]> recent = ThreadLocal.withInitial(() -> new TaggedSentence[RECENT]);

    /**
     * The sentence as tokens with tags and lemmas; offsets are into {@code sentence}. The same text is tagged once per
     * thread while it is among the last few: the rules of one sentence (its figure's structure, a follow-up, a pointer's
     * agent, an unlisted speaker) each asked for it, and on the generated corpus three taggings in five were of a text
     * just tagged (round 51). Tagging is a function of the text alone, so the kept one is the one a new tagging gives.
     */
    TaggedSentence tag(String sentence) {
        TaggedSentence[] last = recent.get();
        for (int i = 0; i < last.length; i++) {
            TaggedSentence kept = last[i];
            if (kept != null && kept.text().equals(sentence)) {
                if (i > 0) {
                    System.arraycopy(last, 0, last, 1, i);
                    last[0] = kept;
                }
                // the caller's own string, as a fresh tagging would hold (a cache keyed by identity then still hits)
                return kept.text() == sentence ? kept : new TaggedSentence(sentence, kept.tokens());
            }
        }
        TaggedSentence tagged = tagFresh(sentence);
        System.arraycopy(last, 0, last, 1, last.length - 1);
        last[0] = tagged;
        return tagged;
    }

    private TaggedSentence tagFresh(String sentence) {
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
        String[] read = tags.clone();
        for (int i = 0; i < words.length; i++) {
            String lower = words[i].toLowerCase(Locale.ROOT);
            if (verbOnly.contains(lower) || labelCue(words, tags, i, lower)) {
                read[i] = "VERB";
                if (i > 0 && "VERB".equals(tags[i - 1]) && Character.isUpperCase(words[i - 1].charAt(0))) {
                    read[i - 1] = "PROPN"; // ", Forbes reports.": the model took the name for a verb, too
                }
            } else if (sourceNoun(words, tags, i, lower)) {
                read[i] = "NOUN";
            } else if (nameBeforeCue(words, tags, i)) {
                read[i] = "PROPN";
            } else if (modifierAfterArticle(words, tags, i, lower)) {
                read[i] = "NOUN";
            }
        }
        List<TaggedSentence.Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            String lower = words[i].toLowerCase(Locale.ROOT);
            tokens.add(new TaggedSentence.Token(words[i], bounds.get(i)[0], bounds.get(i)[1], read[i],
                    lemmas.getOrDefault(lower, lower)));
        }
        return new TaggedSentence(sentence, tokens);
    }

    /**
     * A cue form in -s ("reports", "claims", "estimates") that the model reads as a plural noun though its place makes
     * it the verb of the noun phrase before it: between a name and a colon ("Ukraine reports: 3,000 dead", a dev article
     * of round 17); and (round 25) after a subject noun phrase, one that opens its clause and holds a determiner or a
     * name, before "that" or "to have"/"to be" ("Ukraine claims to have killed ...", "the defence ministry estimates
     * that ...") or closing the sentence after a comma (", the weekly reports.", ", Forbes reports."). A bare noun
     * before it ("Intelligence reports that ...") stays a compound noun, as does a noun phrase that is an object or
     * comes after a preposition ("denied the claims that ...", "drawn from battlefield reports.").
     */
    private boolean labelCue(String[] words, String[] tags, int i, String lower) {
        if (!"NOUN".equals(tags[i]) || !lower.endsWith("s") || !lemmas.containsKey(lower) || i == 0) {
            return false;
        }
        String next = i + 1 < words.length ? words[i + 1] : "";
        if ("PROPN".equals(tags[i - 1]) && ":".equals(next)) {
            return true;
        }
        int start = subjectStart(words, tags, i - 1);
        if (start < 0) {
            return false;
        }
        if ((next.equals(".") || next.equals("!")) && i + 2 >= words.length) {
            return start > 0 && ",".equals(words[start - 1]);
        }
        if (next.equalsIgnoreCase("that")) {
            return true;
        }
        if (next.equalsIgnoreCase("to") && i + 2 < words.length) {
            String after = words[i + 2].toLowerCase(Locale.ROOT);
            return after.equals("have") || after.equals("be");
        }
        return false;
    }

    /** What may follow a noun phrase's head: its verb, "as" or a preposition ("a government official as saying"). */
    private static final java.util.Set<String> CLOSING = java.util.Set.of("VERB", "AUX", "SCONJ", "ADP");
    private static final java.util.Set<String> BEFORE_HEAD = java.util.Set.of("DET", "ADJ", "NOUN", "PROPN");

    /**
     * A source noun ({@code sourceHeads}) the model read as an adjective though nothing follows for it to modify ("a
     * senior official said", "quoted a government official as saying", round 41), or as a verb in -s opening the
     * sentence before its own modifier ("Sources familiar with the matter said", "Officials in Seoul said"): an
     * attributive adjective needs a noun after it, and no sentence opens with a verb in -s. "The figure is official"
     * keeps its adjective (a verb before it).
     */
    private boolean sourceNoun(String[] words, String[] tags, int i, String lower) {
        if (!sourceNouns.contains(lower)) {
            return false;
        }
        String next = i + 1 < tags.length ? tags[i + 1] : "PUNCT";
        if ("ADJ".equals(tags[i])) {
            return i > 0 && BEFORE_HEAD.contains(tags[i - 1]) && (CLOSING.contains(next) || ",".equals(nextWord(words, i)));
        }
        return i == 0 && "VERB".equals(tags[i]) && lower.endsWith("s") && ("ADJ".equals(next) || "ADP".equals(next));
    }

    /**
     * A capitalised word the model read as a verb right before an inflected reporting verb ("Pyongyang revealed that",
     * "In a statement, Pyongyang admitted that": the model reads a clause-opening "Pyongyang" as a verb before most
     * past forms, though not before "said" or "confirmed"): English puts no bare verb right before a finite one, so the
     * capitalised word is the cue's subject, a name. The cue must be a form the lexicon maps to another lemma (an
     * inflection: "admitted", "reports"), never a base form or a gerund ("Help build", "Keep fighting"). Round 63: at
     * the sentence's start, adverbs may stand between the name and its cue ("Pyongyang once again admitted").
     */
    private boolean nameBeforeCue(String[] words, String[] tags, int i) {
        int verb = i + 1;
        while (i == 0 && verb < words.length && "ADV".equals(tags[verb])) {
            verb++; // "Pyongyang once again admitted": adverbs between the opening name and its verb
        }
        if (i == 0) {
            verb = afterTimePhrase(tags, verb);
        }
        if (!"VERB".equals(tags[i]) || !Character.isUpperCase(words[i].charAt(0)) || verb >= words.length
                || !"VERB".equals(tags[verb])) {
            return false;
        }
        String next = words[verb].toLowerCase(Locale.ROOT);
        String lemma = lemmas.get(next);
        return lemma != null && !lemma.equals(next) && !next.endsWith("ing");
    }

    /**
     * Round 64: "Pyongyang on Monday said ...", "Pyongyang in a statement admitted ...": a short prepositional phrase (a
     * preposition and at most three words of a noun phrase) may stand between the opening name and its cue, as adverbs
     * may; the model read "Pyongyang" as a verb before "on Monday" and the figure lost its source and its day. The
     * token after the phrase, or {@code from} when there is none.
     */
    private static int afterTimePhrase(String[] tags, int from) {
        if (from >= tags.length || !"ADP".equals(tags[from])) {
            return from;
        }
        int k = from + 1;
        while (k < tags.length && k - from <= 3 && NOUN_PHRASE_WORDS.contains(tags[k])) {
            k++;
        }
        return k > from + 1 && k < tags.length && "VERB".equals(tags[k]) ? k : from;
    }

    private static final java.util.Set<String> NOUN_PHRASE_WORDS = java.util.Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM");

    /** The articles, after which English puts a noun phrase and never a verb's base or finite form. */
    private static final java.util.Set<String> ARTICLES = java.util.Set.of("a", "an", "the");

    /**
     * Round 62: a word the model read as a verb between an article and a noun ("A drone unit commander told reporters",
     * where the model read "drone" as a verb and the source phrase lost its first words) modifies that noun. A
     * participle there is an adjective the rules read as the verb it comes from ("the wounded soldiers", "a trained
     * force", "the fallen"), so words in -ed, -ing or -en keep the model's tag.
     */
    private static boolean modifierAfterArticle(String[] words, String[] tags, int i, String lower) {
        return "VERB".equals(tags[i]) && i > 0 && i + 1 < words.length && "NOUN".equals(tags[i + 1])
                && ARTICLES.contains(words[i - 1].toLowerCase(Locale.ROOT))
                && !lower.endsWith("ed") && !lower.endsWith("ing") && !lower.endsWith("en");
    }

    private static String nextWord(String[] words, int i) {
        return i + 1 < words.length ? words[i + 1] : "";
    }

    /** Tags inside a short subject noun phrase: "the", "Britain", "'s", "Latvian", "defence", "ministry". */
    private static final java.util.Set<String> SUBJECT_INSIDE = java.util.Set.of("DET", "PROPN", "NOUN", "ADJ", "PART");
    /** Tags that may stand right before a clause's subject: a comma, "and", "that", "while". */
    private static final java.util.Set<String> BEFORE_SUBJECT = java.util.Set.of("PUNCT", "CCONJ", "SCONJ");
    /** How many words a subject noun phrase may take: "the Latvian defence ministry's press service". */
    private static final int SUBJECT_WORDS = 6;

    /**
     * Where the subject noun phrase that ends at {@code head} begins, or -1 when it is none: it must open its clause
     * (sentence start, punctuation or a conjunction before it) and hold a determiner or a name. A capitalised word
     * inside the sentence counts as a name whatever its tag ("Forbes" is read as a verb).
     */
    private static int subjectStart(String[] words, String[] tags, int head) {
        if ("DET".equals(tags[head])) {
            return -1;
        }
        boolean named = false;
        int k = head;
        for (; k >= 0 && head - k < SUBJECT_WORDS; k--) {
            boolean capital = k > 0 && Character.isUpperCase(words[k].charAt(0));
            if (!SUBJECT_INSIDE.contains(tags[k]) && !(k == head && capital)) {
                break;
            }
            named |= "DET".equals(tags[k]) || "PROPN".equals(tags[k]) || capital;
        }
        int start = k + 1;
        boolean opens = k < 0 || BEFORE_SUBJECT.contains(tags[k]);
        return named && opens && start <= head ? start : -1;
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
