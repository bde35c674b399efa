package tally.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tally.config.ClaimantDirectory;
import tally.model.Article;
import tally.model.Claim;
import tally.model.ClaimDate;
import tally.model.DateBasis;
import tally.model.Figure;
import tally.model.Metric;
import tally.model.Source;

/** Reads one article sentence by sentence and returns its claims, each with the exact sentence it came from. */
final class ArticleExtractor {

    /** A claim and, when its date is relative ("on Monday") but the article's date is unknown, that expression. */
    record Extracted(Claim claim, @Nullable DateMention pending) {
    }

    /** How far from the attribution a date may stand and still be the date of the claim. */
    private static final int DATE_REACH = 60;
    private static final Set<String> PAST_IRREGULAR = Set.of("said", "told", "wrote", "put", "found", "thought",
            "showed", "according to", ":", "citing", "cited", "quoting", "quoted");

    private final CompiledLexicon lex;
    private final ClaimantDirectory directory;
    private final QuantityFinder quantities;
    private final DateFinder dates = new DateFinder();
    private final FigureReader reader;
    private final AttributionFinder attribution;

    ArticleExtractor(CompiledLexicon lex, ClaimantDirectory directory) {
        this.lex = lex;
        this.directory = directory;
        this.quantities = new QuantityFinder(lex.vague);
        this.reader = new FigureReader(lex);
        this.attribution = new AttributionFinder(lex, directory);
    }

    List<Extracted> extract(Article article, @Nullable LocalDate reported) {
        Discourse discourse = new Discourse();
        List<Extracted> found = new ArrayList<>();
        List<Sentence> sentences = SentenceSplitter.split(article.body());
        for (int i = 0; i < sentences.size(); i++) {
            extractSentence(article, sentences.get(i), i, reported, discourse, found);
        }
        return ArticleClaims.tidy(found);
    }

    private void extractSentence(Article article, Sentence sentence, int index, @Nullable LocalDate reported,
                                 Discourse discourse, List<Extracted> found) {
        String s = sentence.text();
        List<ClaimantDirectory.Mention> mentions = attribution.mentions(s, discourse);
        List<Quantity> candidates = quantities.find(s);
        // Most sentences hold no number; they only feed the discourse (who was named, whether it spoke of the topic).
        List<DateMention> dateMentions = candidates.isEmpty() ? List.of() : dates.find(s);
        List<Quantity> numbers = candidates.stream()
                .filter(q -> dateMentions.stream().noneMatch(d -> d.start() < q.end() && q.start() < d.end()))
                .toList();
        boolean topicNearby = discourse.lastTopicParagraph == sentence.paragraph()
                || discourse.lastTopicSentence == index - 1;
        boolean northKoreanSpeaker = mentions.stream().anyMatch(m -> "north_korea".equals(directory.partyOf(m.id())));
        Metric previous = null;
        for (int i = 0; i < numbers.size(); i++) {
            FigureReader.Reading reading = reader.read(s, numbers, i, previous, topicNearby, northKoreanSpeaker);
            if (reading == null) {
                continue;
            }
            previous = reading.metric();
            Quantity q = numbers.get(i);
            Attribution who = attribution.find(s, mentions, q.start(), discourse);
            DateMention chosen = chooseDate(s, dateMentions, who);
            ClaimDate date = claimDate(s, dateMentions, chosen, who, reported, discourse);
            DateMention pending = chosen != null && !date.known() && reported == null ? chosen : null;
            Figure figure = figure(sentence.original(), reading, q);
            found.add(new Extracted(new Claim(reading.metric(), figure, who.claimant(), who.relay(), date,
                    List.of(Source.of(article, sentence.original()))), pending));
            discourse.spoke(who, date, index);
        }
        remember(mentions, discourse, index);
        if (lex.topic.containsIn(s, 0, s.length())) {
            discourse.lastTopicParagraph = sentence.paragraph();
            discourse.lastTopicSentence = index;
        }
    }

    private void remember(List<ClaimantDirectory.Mention> mentions, Discourse discourse, int sentence) {
        for (ClaimantDirectory.Mention m : mentions) {
            var claimant = directory.require(m.id());
            switch (claimant.kind()) {
                case PERSON -> {
                    discourse.lastPerson = claimant;
                    discourse.lastPersonSentence = sentence;
                }
                case OFFICIAL_BODY, GROUP -> discourse.lastBody = claimant;
                default -> { }
            }
        }
    }

    private static @Nullable DateMention chooseDate(String s, List<DateMention> dateMentions, Attribution who) {
        if (who.anchor() < 0) {
            return null;
        }
        int[] quote = AttributionFinder.quoteAround(s, who.anchor());
        DateMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateMention d : dateMentions) {
            int[] dateQuote = AttributionFinder.quoteAround(s, d.start());
            if (dateQuote != null && (quote == null || dateQuote[0] != quote[0])) {
                continue;
            }
            int after = who.nameEnd() >= 0 && d.start() >= who.nameEnd()
                    ? Math.min(d.start() - who.nameEnd(), d.start() - who.anchor()) : d.start() - who.anchor();
            int distance = d.end() <= who.anchor() ? who.anchor() - d.end() : Math.max(0, after);
            if (d.start() > who.anchor() && !followsVerb(s, who, d)) {
                continue;
            }
            if (distance <= DATE_REACH && distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * A date after the speech verb dates the claim only when it follows the verb closely ("said on Monday",
     * "estimated on June 15"); one further on belongs to what was said ("said that losses in December exceeded...").
     */
    private static boolean followsVerb(String s, Attribution who, DateMention d) {
        int verbEnd = who.verb() == null ? who.anchor() : who.anchor() + who.verb().length();
        if (d.start() < verbEnd || closelyAfter(s, verbEnd, d)) {
            return true;
        }
        // "according to an assessment the Kremlin released on 28 October": the date follows the name's own verb.
        return who.nameEnd() >= 0 && d.start() >= who.nameEnd() && s.substring(who.nameEnd(), d.start()).length() <= 25
                && closelyAfter(s, who.nameEnd(), d);
    }

    private static boolean closelyAfter(String s, int from, DateMention d) {
        if (d.start() < from) {
            return false;
        }
        String between = s.substring(from, d.start());
        return between.length() <= 25 && !between.contains(" that") && !between.contains(",");
    }

    private ClaimDate claimDate(String s, List<DateMention> dateMentions, @Nullable DateMention chosen, Attribution who,
                                @Nullable LocalDate reported, Discourse discourse) {
        if (saysPreviously(s, dateMentions)) {
            return ClaimDate.UNKNOWN;
        }
        if (chosen != null) {
            if (chosen.kind() == DateMention.Kind.SAME_DAY && discourse.lastClaimDate != null) {
                return discourse.lastClaimDate;
            }
            ClaimDate resolved = chosen.resolve(reported);
            if (resolved != null) {
                return resolved;
            }
        }
        ClaimDate earlier = who.known() ? discourse.dateOf(who) : null;
        if (earlier != null) {
            return earlier;
        }
        if (who.known() && reported != null && isPast(who.verb())) {
            return ClaimDate.day(reported, DateBasis.REPORT_DATE);
        }
        return ClaimDate.UNKNOWN;
    }

    /** "has previously said", "had claimed": said some other time. "earlier this month" is a date, not this. */
    private boolean saysPreviously(String s, List<DateMention> dateMentions) {
        return lex.pastPerfect.find(s).stream().anyMatch(h -> dateMentions.stream()
                .noneMatch(d -> d.start() < h.end() && h.start() < d.end()));
    }

    private static boolean isPast(@Nullable String verb) {
        return verb != null && (verb.endsWith("ed") || PAST_IRREGULAR.contains(verb));
    }

    private Figure figure(String original, FigureReader.Reading reading, Quantity q) {
        String text = original.substring(reading.textStart(), q.end()).strip();
        if (q.vague()) {
            return new Figure(null, null, null, text);
        }
        String qualifier = reading.qualifier();
        if (qualifier != null && lex.lowerBound.contains(qualifier)) {
            return new Figure(q.low(), null, qualifier, text);
        }
        if (qualifier != null && lex.upperBound.contains(qualifier)) {
            return new Figure(null, q.high(), qualifier, text);
        }
        return new Figure(q.low(), q.high(), qualifier, text);
    }
}
