package tally.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tally.config.ClaimantDirectory;
import tally.model.Article;
import tally.model.Claim;
import tally.model.Certainty;
import tally.model.ClaimDate;
import tally.model.Figure;
import tally.model.Metric;
import tally.model.Source;

/** Reads one article sentence by sentence and returns its claims, each with the exact sentence it came from. */
final class ArticleExtractor {

    /** A claim and, when its date is relative ("on Monday") but the article's date is unknown, that expression. */
    record Extracted(Claim claim, @Nullable DateMention pending) {
    }


    private final CompiledLexicon lex;
    private final ClaimantDirectory directory;
    private final QuantityFinder quantities;
    private final DateFinder dates = new DateFinder();
    private final FigureReader reader;
    private final AttributionFinder attribution;
    private final StructuralAttribution structure;
    private final ClaimDating dating;
    private final ScopeReader scopes;
    private final EnglishTagger tagger;
    private final FollowUps followUps;

    ArticleExtractor(CompiledLexicon lex, ClaimantDirectory directory) {
        this.lex = lex;
        this.directory = directory;
        this.quantities = new QuantityFinder(lex.vague);
        this.reader = new FigureReader(lex);
        this.attribution = new AttributionFinder(lex, directory);
        this.structure = new StructuralAttribution(lex, directory);
        this.dating = new ClaimDating(lex);
        this.scopes = new ScopeReader(lex);
        this.tagger = new EnglishTagger(lex.lemmaOfForm);
        this.followUps = new FollowUps(lex, directory, tagger);
    }

    List<Extracted> extract(Article article, @Nullable LocalDate reported) {
        Discourse discourse = new Discourse();
        List<Extracted> found = new ArrayList<>();
        List<Sentence> sentences = SentenceSplitter.split(article.body());
        for (int i = 0; i < sentences.size(); i++) {
            int before = found.size();
            extractSentence(article, sentences.get(i), i, reported, discourse, found);
            if (found.size() == before && i > 0) {
                followUps.apply(sentences.get(i), sentences.get(i - 1), reported, found);
            }
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
                .filter(q -> !FigureReader.isAge(s, q))
                .toList();
        boolean topicNearby = discourse.lastTopicParagraph == sentence.paragraph()
                || discourse.lastTopicSentence == index - 1;
        boolean northKoreanSpeaker = mentions.stream().anyMatch(m -> "north_korea".equals(directory.partyOf(m.id())));
        int claimsBefore = found.size();
        Metric previous = null;
        Lazy<TaggedSentence> tagged = new Lazy<>(() -> tagger.tag(s));
        for (int i = 0; i < numbers.size(); i++) {
            FigureReader.Reading reading = reader.read(s, numbers, i, previous, topicNearby, northKoreanSpeaker);
            if (reading == null) {
                continue;
            }
            previous = reading.metric();
            Quantity q = numbers.get(i);
            Attribution who = attribution.find(s, mentions, q.start(), discourse);
            if (structure.mayRefine(s, who, mentions, q.end())) {
                who = structure.refine(tagged, q.start(), q.end(), who, mentions);
            }
            DateMention chosen = ClaimDating.chooseDate(s, dateMentions, who);
            ClaimDating.Dated dated = dating.date(s, dateMentions, chosen, who, reported, discourse);
            ClaimDate date = dated.date();
            DateMention pending = chosen != null && !date.known() && reported == null ? chosen : null;
            Figure figure = figure(sentence, reading, q);
            Certainty certainty = new Certainty(reading.metricDoubt() == null ? Certainty.Field.SURE
                    : Certainty.Field.doubt(reading.metricDoubt(), reading.clauseWords()), who.certainty(),
                    dated.certainty());
            found.add(new Extracted(new Claim(reading.metric(), figure, who.claimant(), who.relay(), date,
                    List.of(Source.of(article, sentence.original())), scopes.read(s, q, reading.metric(), chosen),
                    certainty), pending));
            discourse.spoke(who, date, index);
        }
        if (found.size() == claimsBefore && !mentions.isEmpty()) {
            rememberStatementDate(s, mentions, reported, discourse);
        }
        remember(mentions, discourse, index);
        if (lex.topic.containsIn(s, 0, s.length())) {
            discourse.lastTopicParagraph = sentence.paragraph();
            discourse.lastTopicSentence = index;
        }
    }

    /**
     * "Budanov spoke to reporters on Monday." with no figure: the date of that statement is kept for the figures a
     * following "He added ..." gives.
     */
    private void rememberStatementDate(String s, List<ClaimantDirectory.Mention> mentions, @Nullable LocalDate reported,
                                       Discourse discourse) {
        if (!lex.speechVerbs.containsIn(s, 0, s.length())) {
            return;
        }
        List<DateMention> found = dates.find(s);
        if (found.isEmpty()) {
            return;
        }
        Attribution who = attribution.find(s, mentions, s.length(), discourse);
        DateMention chosen = ClaimDating.chooseDate(s, found, who);
        ClaimDate date = chosen == null ? null : chosen.resolve(reported);
        if (who.known() && date != null) {
            discourse.lastDate.putIfAbsent(who.claimant().id(), date);
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
                case OFFICIAL_BODY -> {
                    discourse.lastBody = claimant;
                    discourse.lastOfficialBody = claimant;
                }
                case GROUP -> discourse.lastBody = claimant;
                default -> { }
            }
        }
    }

    private Figure figure(Sentence sentence, FigureReader.Reading reading, Quantity q) {
        String s = sentence.text();
        String text = sentence.originalSpan(reading.textStart(), q.end()).strip();
        if (q.vague()) {
            // "thousands more": the words that say this vague figure comes on top of another stay with it.
            boolean more = s.regionMatches(true, q.end(), " more", 0, 5)
                    && (q.end() + 5 == s.length() || !Character.isLetter(s.charAt(q.end() + 5)));
            return new Figure(null, null, null, more ? sentence.originalSpan(reading.textStart(), q.end() + 5).strip() : text);
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
