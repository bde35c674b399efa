package tally.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import tally.adapter.bench.GoldFile;
import tally.config.ExtractionLexicon;
import tally.model.Article;
import tally.model.Metric;

/**
 * Round 63, a learned second look: would a small statistical model, trained on dev's gold, recover claims among the
 * numbers the extractor drops at its three metric and tie gates ({@link Gate#NO_METRIC}, {@link Gate#NO_METRIC_NO_NOUN},
 * {@link Gate#NOT_NORTH_KOREAN}) on articles it was not trained on, without spurious ones? A measurement, not part of
 * the extractor: every number the rules read or drop in dev ({@link RuleBasedExtraction#dropped}) becomes a candidate
 * with its gate, the gold row it is (if any, by sentence and number) and features of its sentence and article (words,
 * lemmas and tags near it, the lexicons' cues, troop nouns and North Korea's names near it, its size); a maximum entropy
 * model (OpenNLP) trained on four folds of articles (every gate, so the positives are plenty) reads the fifth fold's
 * numbers dropped at the three gates, and the counts say what it would add: gold rows recovered with their metric,
 * spurious figures, wrong metrics. Run by {@code LearnedSecondLookCvTest} (opt-in; see docs/extraction-rounds.md).
 */
final class LearnedSecondLookCv {

    static final Set<Gate> LOOKED_AT = EnumSet.of(Gate.NO_METRIC, Gate.NO_METRIC_NO_NOUN, Gate.NOT_NORTH_KOREAN);
    static final String NONE = "none";

    /** One number of one article: its gate, its gold metric (or none) and its features. */
    record Candidate(String file, int article, String sentence, String number, Gate gate, String gold,
                     int goldRow, boolean nonTroop, List<String> features) {
    }

    /** The candidates of a folder and the gold rows they stand for. */
    record Data(List<Candidate> candidates, int articles, int goldRows, Map<Integer, Boolean> rowRead) {
    }

    private final RuleBasedExtraction extraction;
    private final CompiledLexicon lex;
    private final QuantityFinder quantities;
    private final EnglishTagger tagger;

    LearnedSecondLookCv(Path config) {
        ExtractionLexicon lexicon = ExtractionLexicon.load(config);
        this.extraction = RuleBasedExtraction.fromConfig(config);
        this.lex = new CompiledLexicon(lexicon);
        this.quantities = new QuantityFinder(lex.vague);
        this.tagger = new EnglishTagger(lex.lemmaOfForm, lex.verbOnlyForms, CompiledLexicon.lowerCased(lex.sourceHeads));
    }

    /** Every number of every article of {@code dir}, with its gate and its gold. */
    Data read(Path dir) {
        Map<String, GoldFile> gold = GoldFile.folder(dir);
        List<Article> articles = TestArticles.folder(dir);
        List<Candidate> out = new ArrayList<>();
        int rowBase = 0;
        Map<Integer, Boolean> rowRead = new HashMap<>();
        for (int a = 0; a < articles.size(); a++) {
            Article article = articles.get(a);
            GoldFile g = gold.get(article.file());
            List<GoldFile.Claim> rows = g == null ? List.of() : g.claims();
            for (int r = 0; r < rows.size(); r++) {
                rowRead.put(rowBase + r, false);
            }
            List<GateTrace.Drop> drops = extraction.dropped(article);
            List<Sentence> sentences = SentenceSplitter.split(article.body());
            boolean titleTopic = article.title() != null
                    && lex.topic.containsIn(article.title(), 0, article.title().length());
            Map<String, Integer> used = new HashMap<>();
            for (GateTrace.Drop d : drops) {
                int si = sentenceOf(sentences, d.sentence());
                if (si < 0) {
                    continue;
                }
                Sentence sentence = sentences.get(si);
                String key = si + "\u0000" + d.number();
                int nth = used.merge(key, 1, Integer::sum) - 1;
                Quantity q = quantity(sentence.text(), d.number(), nth);
                if (q == null) {
                    continue;
                }
                int row = goldRow(rows, d.sentence(), d.number(), q);
                String metric = row < 0 ? NONE : rows.get(row).metric();
                if (row >= 0 && d.gate() == Gate.READ) {
                    rowRead.put(rowBase + row, true);
                }
                List<String> features = features(sentences, si, q, titleTopic, drops, d);
                boolean nonTroop = row < 0 && g != null && g.nonClaims().stream()
                        .anyMatch(n -> ("not_troops".equals(n.kind()) || "other_force".equals(n.kind()))
                                && overlaps(n.sentence(), d.sentence())
                                && (" " + fold(n.text()) + " ").contains(" " + fold(d.number()) + " "));
                out.add(new Candidate(article.file(), a, d.sentence(), d.number(), d.gate(), metric,
                        row < 0 ? -1 : rowBase + row, nonTroop, features));
            }
            rowBase += rows.size();
        }
        return new Data(out, articles.size(), rowBase, rowRead);
    }

    private static int sentenceOf(List<Sentence> sentences, String original) {
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).original().equals(original)) {
                return i;
            }
        }
        return -1;
    }

    private Quantity quantity(String s, String words, int nth) {
        int seen = 0;
        for (Quantity q : quantities.find(s)) {
            if (s.substring(q.start(), q.end()).equals(words) && seen++ == nth) {
                return q;
            }
        }
        return null;
    }

    /** The gold row this number is: one of the row's sentences holds this one, and its words or bounds are the row's. */
    private static int goldRow(List<GoldFile.Claim> rows, String sentence, String number, Quantity q) {
        String n = fold(number);
        for (int pass = 0; pass < 2; pass++) {
            for (int r = 0; r < rows.size(); r++) {
                GoldFile.Claim row = rows.get(r);
                boolean inSentence = row.sentence() != null && overlaps(row.sentence(), sentence)
                        || row.alsoIn().stream().anyMatch(s -> overlaps(s, sentence));
                if (!inSentence) {
                    continue;
                }
                String t = fold(row.text());
                boolean words = !n.isEmpty() && (" " + t + " ").contains(" " + n + " ");
                boolean bounds = q.low() != null && q.low().equals(row.low()) && java.util.Objects.equals(q.high(), row.high());
                if (pass == 0 ? words : bounds) {
                    return r;
                }
            }
        }
        return -1;
    }

    private static boolean overlaps(String a, String b) {
        String x = squash(a);
        String y = squash(b);
        return !x.isEmpty() && !y.isEmpty() && (x.contains(y) || y.contains(x));
    }

    private static String squash(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("[\u2018\u2019\u201C\u201D\"'\\s]+", "")
                .toLowerCase(Locale.ROOT);
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N},.]+", " ").strip();
    }

    private static final int WINDOW = 5;
    private static final int CUE_REACH = 60;

    /** What the model sees of one number: no gate, only words, tags, lexicon hits and the article around it. */
    List<String> features(List<Sentence> sentences, int si, Quantity q, boolean titleTopic, List<GateTrace.Drop> drops,
                          GateTrace.Drop self) {
        String s = sentences.get(si).text();
        Set<String> f = new LinkedHashSet<>();
        f.add("bias");
        TaggedSentence tagged = tagger.tag(s);
        int first = tagged.tokenAt(q.start());
        int last = Math.max(first, tagged.tokenBefore(q.end()));
        for (int k = 1; k <= WINDOW; k++) {
            int b = first - k;
            int a = last + k;
            if (b >= 0) {
                TaggedSentence.Token t = tagged.get(b);
                f.add("L=" + t.lemma().toLowerCase(Locale.ROOT));
                if (k <= 2) {
                    f.add("L" + k + "=" + t.lemma().toLowerCase(Locale.ROOT));
                    f.add("Lt" + k + "=" + t.tag());
                }
            } else if (k == 1) {
                f.add("L1=<s>");
            }
            if (a < tagged.size()) {
                TaggedSentence.Token t = tagged.get(a);
                f.add("R=" + t.lemma().toLowerCase(Locale.ROOT));
                if (k <= 3) {
                    f.add("R" + k + "=" + t.lemma().toLowerCase(Locale.ROOT));
                    f.add("Rt" + k + "=" + t.tag());
                }
            }
        }
        // the nearest verbs either side, and the sentence's verbs
        for (int b = first - 1; b >= 0; b--) {
            if (tagged.get(b).is("VERB")) {
                f.add("verbL=" + tagged.get(b).lemma().toLowerCase(Locale.ROOT));
                break;
            }
        }
        for (int a = last + 1; a < tagged.size(); a++) {
            if (tagged.get(a).is("VERB")) {
                f.add("verbR=" + tagged.get(a).lemma().toLowerCase(Locale.ROOT));
                break;
            }
        }
        for (TaggedSentence.Token t : tagged.tokens()) {
            if (t.is("VERB")) {
                f.add("verb=" + t.lemma().toLowerCase(Locale.ROOT));
            }
        }
        int from = Math.max(0, q.start() - CUE_REACH);
        int to = Math.min(s.length(), q.end() + CUE_REACH);
        for (Metric m : Metric.values()) {
            tally.config.PhraseMatcher cue = lex.cues.get(m);
            if (cue == null) {
                continue;
            }
            if (cue.containsIn(s, 0, s.length())) {
                f.add("cueS=" + m.id());
            }
            if (cue.containsIn(s, from, to)) {
                f.add("cueW=" + m.id());
            }
        }
        if (lex.planned.containsIn(s, 0, s.length())) {
            f.add("planned");
        }
        if (lex.troopNouns.containsIn(s, q.end(), Math.min(s.length(), q.end() + 30))) {
            f.add("troopAfter");
        }
        if (lex.troopNouns.containsIn(s, from, to)) {
            f.add("troopNear");
        }
        if (lex.troopNouns.containsIn(s, 0, s.length())) {
            f.add("troopS");
        }
        if (lex.nonTroopUnits.containsIn(s, q.end(), Math.min(s.length(), q.end() + 30))) {
            f.add("nonTroopAfter");
        }
        if (lex.otherNationality.containsIn(s, from, to)) {
            f.add("otherNatNear");
        }
        if (lex.otherSides.containsIn(s, 0, s.length())) {
            f.add("otherSideS");
        }
        if (lex.lossVerbs.containsIn(s, from, to)) {
            f.add("lossNear");
        }
        boolean topicS = lex.topic.containsIn(s, 0, s.length());
        f.add("topicS=" + topicS);
        if (lex.topic.containsIn(s, from, to)) {
            f.add("topicNear");
        }
        boolean topicPrev = si > 0 && lex.topic.containsIn(sentences.get(si - 1).text(), 0,
                sentences.get(si - 1).text().length());
        f.add("topicPrev=" + topicPrev);
        boolean topicParagraph = false;
        boolean topicBefore = false;
        for (int i = 0; i < si; i++) {
            String t = sentences.get(i).text();
            if (lex.topic.containsIn(t, 0, t.length())) {
                topicBefore = true;
                topicParagraph |= sentences.get(i).paragraph() == sentences.get(si).paragraph();
            }
        }
        f.add("topicPara=" + topicParagraph);
        f.add("topicBefore=" + topicBefore);
        f.add("titleTopic=" + titleTopic);
        if (lex.speechVerbs.containsIn(s, 0, s.length())) {
            f.add("speech");
        }
        // the number itself
        if (q.vague()) {
            f.add("vague");
        } else {
            long v = q.low();
            f.add("size=" + (v < 10 ? "1" : v < 100 ? "10" : v < 1000 ? "100" : v < 10000 ? "1k" : v < 100000 ? "10k" : "100k+"));
            if (!q.low().equals(q.high())) {
                f.add("range");
            }
            if (v % 100 == 0) {
                f.add("round");
            }
        }
        if (lex.qualifiers.containsIn(s, Math.max(0, q.start() - 20), q.start())) {
            f.add("qualifier");
        }
        f.add("pos=" + (q.start() * 3 / Math.max(1, s.length())));
        // the other numbers of the sentence: was any read as a claim?
        boolean sibRead = drops.stream().anyMatch(d -> d != self && d.sentence().equals(self.sentence())
                && d.gate() == Gate.READ);
        f.add("sibRead=" + sibRead);
        return List.copyOf(f);
    }

    /** The counts of one threshold, summed over the held-out folds. */
    record Counts(double threshold, int flagged, int right, int wrongMetric, int spurious, int nonTroop, int newRows) {
    }

    /**
     * Trains on the other folds' candidates (all gates) and reads the held-out fold's candidates at the three gates:
     * per threshold, the figures it would add and what they are.
     */
    static List<Counts> crossValidate(Data data, int folds, long seed, String algorithm, double[] thresholds,
                                      boolean withGate, boolean allGates, double listFrom, List<String> listed)
            throws IOException {
        int[] foldOf = new int[data.articles()];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < data.articles(); i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, new Random(seed));
        for (int i = 0; i < order.size(); i++) {
            foldOf[order.get(i)] = i % folds;
        }
        int[] flagged = new int[thresholds.length];
        int[] right = new int[thresholds.length];
        int[] wrong = new int[thresholds.length];
        int[] spurious = new int[thresholds.length];
        int[] nonTroop = new int[thresholds.length];
        List<Set<Integer>> newRows = new ArrayList<>();
        for (int t = 0; t < thresholds.length; t++) {
            newRows.add(new java.util.HashSet<>());
        }
        for (int k = 0; k < folds; k++) {
            List<Event> events = new ArrayList<>();
            for (Candidate c : data.candidates()) {
                if (foldOf[c.article()] != k && (allGates || c.gate() == Gate.READ || LOOKED_AT.contains(c.gate()))) {
                    events.add(new Event(c.gold(), context(c, withGate)));
                }
            }
            MaxentModel model = train(events, algorithm);
            for (Candidate c : data.candidates()) {
                if (foldOf[c.article()] != k || !LOOKED_AT.contains(c.gate())) {
                    continue;
                }
                double[] p = model.eval(context(c, withGate));
                String best = null;
                double bestP = 0;
                for (int o = 0; o < p.length; o++) {
                    if (!model.getOutcome(o).equals(NONE) && p[o] > bestP) {
                        bestP = p[o];
                        best = model.getOutcome(o);
                    }
                }
                if (best != null && bestP >= listFrom) {
                    listed.add(String.format(Locale.ROOT, "%.2f %s '%s' gold %s%s%s, %s: %s", bestP, best, c.number(),
                            c.gold(), c.nonTroop() ? " (a non-troop non-claim)" : "", c.goldRow() >= 0 && data.rowRead().get(c.goldRow()) ? " (row read elsewhere)" : "",
                            c.gate(), c.sentence()));
                }
                for (int t = 0; t < thresholds.length; t++) {
                    if (best == null || bestP < thresholds[t]) {
                        continue;
                    }
                    flagged[t]++;
                    if (c.gold().equals(NONE)) {
                        spurious[t]++;
                        nonTroop[t] += c.nonTroop() ? 1 : 0;
                    } else if (c.gold().equals(best)) {
                        right[t]++;
                        if (!data.rowRead().get(c.goldRow())) {
                            newRows.get(t).add(c.goldRow());
                        }
                    } else {
                        wrong[t]++;
                    }
                }
            }
        }
        List<Counts> out = new ArrayList<>();
        for (int t = 0; t < thresholds.length; t++) {
            out.add(new Counts(thresholds[t], flagged[t], right[t], wrong[t], spurious[t], nonTroop[t],
                    newRows.get(t).size()));
        }
        return out;
    }

    static String[] context(Candidate c, boolean withGate) {
        List<String> f = new ArrayList<>(c.features());
        if (withGate) {
            f.add("gate=" + c.gate().name());
        }
        return f.toArray(String[]::new);
    }

    static MaxentModel train(List<Event> events, String algorithm) throws IOException {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        params.put(TrainingParameters.ITERATIONS_PARAM, 200);
        params.put(TrainingParameters.CUTOFF_PARAM, 2);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        params.put("PrintMessages", false);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        return trainer.train(ObjectStreamUtils.createObjectStream(events));
    }

    /** Gold rows and non-claims per gate, as a table. */
    static Map<String, int[]> byGate(Data data) {
        Map<String, int[]> out = new TreeMap<>();
        for (Candidate c : data.candidates()) {
            int[] n = out.computeIfAbsent(c.gate().name(), g -> new int[2]);
            n[c.gold().equals(NONE) ? 1 : 0]++;
        }
        return out;
    }
}
