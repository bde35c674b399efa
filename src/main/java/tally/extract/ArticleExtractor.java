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
    private final RememberedStatementDates rememberedDates;
    private final PronounReferents referents;
    private final ScopeReader scopes;
    private final EnglishTagger tagger;
    private final FollowUps followUps;
    private final PointerAgents pointerAgents;
    private final UnlistedSpeakers unlistedSpeakers;
    private final Namings namings;
    private final LaterCitations laterCitations;
    private final ContentClauses contentClauses;
    private final ClosingAccordingTo closingAccordingTo;
    private final InnerReporters innerReporters;
    private final DocumentHolders documentHolders;
    private final PostedBy postedBy;
    private final EmbeddedPosts embeddedPosts;
    private final PostedMaterial postedMaterial;
    private final TitlesNamedAfter titlesNamedAfter;
    private final GluedThat gluedThat;
    private final BackgroundSections background;
    private final QuotationLabels quotationLabels;
    private final Denials denials;
    private final OwnHearsay ownHearsay;
    private final WeakEvidence weakEvidence;
    private final FigureReferences references;
    private final TroopsWithoutFigure withoutFigure;
    private final TopicPronouns topicPronouns;

    ArticleExtractor(CompiledLexicon lex, ClaimantDirectory directory) {
        this.lex = lex;
        this.directory = directory;
        this.quantities = new QuantityFinder(lex.vague);
        this.reader = new FigureReader(lex);
        this.attribution = new AttributionFinder(lex, directory);
        this.referents = new PronounReferents(attribution, directory);
        this.structure = new StructuralAttribution(lex, directory);
        this.dating = new ClaimDating(lex);
        this.rememberedDates = new RememberedStatementDates(dating);
        this.scopes = new ScopeReader(lex);
        this.tagger = new EnglishTagger(lex.lemmaOfForm, lex.verbOnlyForms, CompiledLexicon.lowerCased(lex.sourceHeads));
        this.followUps = new FollowUps(lex, directory, tagger);
        this.pointerAgents = new PointerAgents(lex, directory, tagger);
        this.contentClauses = new ContentClauses(lex, directory);
        this.closingAccordingTo = new ClosingAccordingTo(attribution, directory);
        this.innerReporters = new InnerReporters(lex.speechVerbs, lex.audienceVerbs);
        this.documentHolders = new DocumentHolders(lex.holdingVerbs);
        this.postedBy = new PostedBy(directory, lex.publishingVerbs);
        this.embeddedPosts = new EmbeddedPosts(directory);
        this.postedMaterial = new PostedMaterial(directory, lex.publishingVerbs, lex.postedMaterials);
        this.gluedThat = new GluedThat(lex.speechVerbWords);
        this.titlesNamedAfter = new TitlesNamedAfter(directory, CompiledLexicon.lowerCased(lex.sourceHeads),
                lex.rankWords);
        this.unlistedSpeakers = new UnlistedSpeakers(lex, tagger);
        this.namings = new Namings(directory, lex.personPronouns);
        this.laterCitations = new LaterCitations(directory);
        this.background = new BackgroundSections(lex.backgroundHeadings);
        this.quotationLabels = new QuotationLabels(lex.quotationLabels, directory);
        this.denials = new Denials(lex.denialVerbs, lex.withheldConfirmations, lex.contentNouns);
        this.ownHearsay = new OwnHearsay(lex.speechVerbs);
        this.weakEvidence = new WeakEvidence(lex);
        this.references = new FigureReferences(lex);
        this.withoutFigure = new TroopsWithoutFigure(lex);
        this.topicPronouns = new TopicPronouns(lex);
    }

    List<Extracted> extract(Article article, @Nullable LocalDate reported) {
        return extract(article, reported, GateTrace.NONE);
    }

    /** As {@link #extract(Article, LocalDate)}, telling {@code trace} which gate dropped each number of no claim. */
    List<Extracted> extract(Article article, @Nullable LocalDate reported, GateTrace trace) {
        Discourse discourse = new Discourse();
        discourse.titleNamesTopic = article.title() != null && lex.topic.containsIn(article.title(), 0,
                article.title().length());
        discourse.northKoreasTroopsLast = discourse.titleNamesTopic
                && !lex.carriedTies.namesOtherTroops(article.title());
        OwnOutlet own = OwnOutlet.of(article.outlet(), directory);
        Scenes scenes = new Scenes(lex.eventNouns, lex.upcomingOccasions, lex.pastPerfect, dates);
        List<Extracted> found = new ArrayList<>();
        List<Sentence> sentences = gluedThat.apply(SentenceSplitter.split(article.body()));
        QuotationSpans quotations = new QuotationSpans();
        ParagraphSpeakers paragraphSpeakers = new ParagraphSpeakers(lex);
        ParagraphSpeakers.Reading paragraphReading = paragraphReading(article, discourse);
        int lead = -1;
        for (int i = 0; i < sentences.size(); i++) {
            int before = found.size();
            Sentence sentence = sentences.get(i);
            if (lead < 0 && ClaimDating.endsLikeASentence(sentence.text())) {
                lead = i; // a heading ("What's the story") or a dateline line above the lead is not the lead
            }
            discourse.startSentence(i > 0 && sentences.get(i - 1).paragraph() == sentence.paragraph());
            discourse.nextSentences = sentences.subList(i + 1, Math.min(sentences.size(), i + 1 + LaterCitations.REACH));
            extractSentence(article, sentence, i, i == lead, reported, discourse, scenes, own, found, trace);
            if (found.size() == before && i > 0) {
                followUps.apply(sentence, FollowUps.pointedAt(sentences, i), reported, found);
            } else if (i > 0) {
                followUps.continueFigure(sentence, sentences.get(i - 1), before, found);
            }
            if (i > 0 && sentences.get(i - 1).paragraph() == sentence.paragraph()
                    && discourse.lastSpeakerSentence == i - 1) {
                forecastOfTheSpeaker(found, before, discourse);
            }
            String s = sentence.text();
            boolean quotedBefore = quotations.open();
            quotations.after(sentence, before, found, at -> speakerAt(s, at, discourse, bodyBefore(article, sentence)),
                    discourse::quotationDateOf, discourse.statementDatedBefore);
            paragraphSpeakers.after(sentence, before, found, quotedBefore || quotations.open(),
                    found.size() == before && discourse.lastSpeakerSentence == i ? discourse.lastSpeaker : null,
                    paragraphReading);
            discourse.quotationGoesOn = !s.isEmpty() && (s.charAt(0) == '"' || s.charAt(0) == '\u201C');
            discourse.inBackground = background.after(sentences, i, discourse.inBackground);
        }
        return scenes.apply(ArticleClaims.tidy(found, lex.sourcedElsewhere::carry));
    }

    /**
     * The sentence's dates less those inside a relative clause on its speaker ("An official who left the ministry in
     * May said ..."): such a date is the speaker's past, not when the statement was made (round 58).
     */
    private List<DateMention> outsideSpeakersPast(String s, List<DateMention> dateMentions) {
        if (dateMentions.isEmpty()) {
            return dateMentions;
        }
        List<int[]> past = SubjectClauses.of(s, lex.speechVerbs);
        return past.isEmpty() ? dateMentions
                : dateMentions.stream().filter(d -> !SubjectClauses.inside(past, d.start(), d.end())).toList();
    }

    /**
     * The metric of the troops counted right before the sentence's numbers: round 65, the clauses of the sentence before
     * its first number's, when they name North Korea's troops with no figure (the nearest troops spoken of); else the
     * last figure of the sentence before, in the same paragraph or, for more of the force sent, ending the one before.
     */
    private @Nullable Metric metricBefore(String s, List<Quantity> numbers, Sentence sentence, int index,
                                          Discourse discourse) {
        Metric opening = withoutFigure.beforeFirstNumber(s, numbers);
        if (opening != null) {
            return opening;
        }
        return discourse.lastFigureSentence == index - 1 && (discourse.lastFigureParagraph == sentence.paragraph()
                || discourse.lastFigureParagraph == sentence.paragraph() - 1
                        && numbers.stream().anyMatch(q -> reader.moreOfTheForceSent(s, q)))
                ? discourse.lastFigureMetric : null;
    }

    private void extractSentence(Article article, Sentence sentence, int index, boolean lead, @Nullable LocalDate reported,
                                 Discourse discourse, Scenes scenes, OwnOutlet own, List<Extracted> found,
                                 GateTrace trace) {
        String s = sentence.text();
        List<ClaimantDirectory.Mention> mentions = attribution.mentions(s, discourse);
        scenes.observe(sentence, mentions, reported);
        List<Quantity> candidates = quantities.find(s);
        // Most sentences hold no number; they only feed the discourse (who was named, whether it spoke of the topic).
        List<DateMention> dateMentions = candidates.isEmpty() ? List.of() : dates.find(s);
        List<Quantity> numbers = new ArrayList<>(candidates.size());
        for (Quantity q : candidates) {
            if (dateMentions.stream().anyMatch(d -> d.start() < q.end() && q.start() < d.end())) {
                trace.drop(sentence, q, Gate.DATE);
            } else if (NonCounts.isAge(s, q) || NonCounts.isYear(s, q, lex.qualifiers)) {
                trace.drop(sentence, q, Gate.AGE_OR_YEAR);
            } else {
                numbers.add(q);
            }
        }
        // round 48: the paragraph before, when it named North Korea or gave its troops' figures, carries the topic
        // over the break (a think tank's "Casualties." paragraph, a wire's next paragraph), as the one before does;
        // round 64: and so does the metric of the figure that ends it, for a sentence that opens the next paragraph
        // with more of that force, sent by its own verb (a wire gives most sentences a paragraph of their own: "Another
        // 3,000 had arrived by January, it added.", "It expects 1,000 more to be sent"); a restatement ("put the number
        // at"), a part ("Among them were 200 officers") or the object of another verb ("to attract tens of thousands
        // more") still reads only within its paragraph (rounds 16, 58, 62)
        int paragraphBefore = sentence.paragraph() - 1;
        boolean topicNearby = discourse.lastTopicParagraph == sentence.paragraph()
                || discourse.lastTopicSentence == index - 1
                || paragraphBefore >= 0 && (discourse.lastTopicParagraph == paragraphBefore
                        || discourse.lastFigureParagraph == paragraphBefore);
        boolean northKoreanSpeaker = mentions.stream().anyMatch(m -> "north_korea".equals(directory.partyOf(m.id())));
        boolean namesTopic = lex.topic.containsIn(s, 0, s.length());
        FigureReader.Context context = new FigureReader.Context(topicNearby, northKoreanSpeaker,
                namesTopic || discourse.lastTopicSentence >= 0 || discourse.titleNamesTopic,
                discourse.topicSubjectSentence == index - 1 && topicPronouns.referBack(s),
                at -> mentions.stream().anyMatch(m -> m.start() <= at && at < m.end()),
                metricBefore(s, numbers, sentence, index, discourse), discourse.northKoreasTroopsLast);
        int claimsBefore = found.size();
        tally.model.Claimant speakerBefore = discourse.lastSpeakerSentence == index - 1 ? discourse.lastSpeaker : null;
        Metric previous = null;
        Lazy<TaggedSentence> tagged = new Lazy<>(() -> tagger.tag(s));
        boolean beforeRejected = false;
        List<DateMention> statementDates = outsideSpeakersPast(s, dateMentions);
        for (int i = 0; i < numbers.size(); i++) {
            // a part of a number just passed over ("the enemy's losses of 40,000, of whom 16,000 were killed") counts
            // what that number counts, unless its own words name North Korea's troops
            boolean partOfRejected = beforeRejected && NonCounts.partOfTheNumberBefore(s, numbers, i)
                    && !lex.topic.containsIn(s, numbers.get(i).end(), s.length());
            FigureReader.Verdict verdict = partOfRejected ? FigureReader.Verdict.dropped(Gate.PART_OF_DROPPED)
                    : reader.verdict(s, numbers, i, previous, context);
            FigureReader.Reading reading = verdict.reading();
            if (reading != null && CarriedTies.CARRIED.equals(reading.metricDoubt())
                    && CarriedTies.countedBefore(numbers.get(i), found)) {
                // round 56: "the two captive soldiers" after "two captured North Korean soldiers": the group already
                // counted, pointed back to, is no new count
                verdict = FigureReader.Verdict.dropped(Gate.NOT_A_COUNT);
                reading = null;
            }
            beforeRejected = reading == null;
            if (reading == null) {
                trace.drop(sentence, numbers.get(i), verdict.gate());
                continue;
            }
            trace.drop(sentence, numbers.get(i), Gate.READ);
            Metric before = previous;
            previous = reading.metric();
            discourse.lastFigureMetric = previous;
            discourse.lastFigureSentence = index;
            discourse.lastFigureParagraph = sentence.paragraph();
            Quantity q = numbers.get(i);
            Attribution who = ownSourceNearer(s, attribution.find(s, mentions, q.start(), discourse), tagged, q,
                    mentions);
            if (structure.mayRefine(s, who, mentions, q.end())) {
                who = structure.refine(tagged, q.start(), q.end(), who, mentions);
            }
            Attribution named = namings.resolve(who, bodyBefore(article, sentence), discourse);
            who = discourse.throughRelay(named,
                    lex.relayMarkers.find(s).stream().anyMatch(h -> h.phrase().contains("brief")),
                    titleGroup(named, mentions));
            who = contentClauses.refine(s, mentions, dateMentions, q.start(), who);
            who = closingAccordingTo.refine(s, mentions, q.start(), who, discourse);
            who = postedBy.refine(s, mentions, q.start(), who);
            who = embeddedPosts.refine(sentence, discourse.nextSentences, who);
            who = postedMaterial.refine(s, sentence.paragraph(), who, discourse.poster);
            who = innerReporters.refine(s, mentions, q.start(), who);
            who = documentHolders.refine(s, mentions, who);
            who = ownHearsay.refine(s, q.start(), q.end(), who);
            who = recorded(who);
            who = sameSource(who, discourse);
            who = titlesNamedAfter.refine(who, bodyAfter(article, sentence));
            Attribution labelled = who.known() ? null : quotationLabels.speaker(s, q.start(), mentions, discourse);
            who = labelled == null ? who : labelled;
            if (reading.partOfFigureBefore() && !who.known() && speakerBefore != null) {
                // "Sources say 12,000 are training. Among them are 500 officers.": a part of the figure just given,
                // with no source of its own, is its speaker's
                who = new Attribution(speakerBefore, null, -1, null).doubted("claimant of the figure it is a part of", null);
            }
            DateMention chosen = dating.chooseDate(s, statementDates, who, q.start(), q.end());
            ClaimDating.Dated dated = dating.date(s, statementDates, chosen, who, reported, discourse, lead, q.start());
            // "Read also: ...": the headline of another, earlier story the page links to, given on no date it states
            String label = chosen == null ? QuotationLabels.labelOf(s) : null;
            // "up from its previous estimate of 600", "to 12,000 from 10,000": given before the statement the sentence
            // dates, on no day it says;
            // "Last spring, the Pentagon estimated ...": said in a season, on no day or month a claim date holds
            boolean revisedFrom = i > 0 && references.revisedFrom(s, numbers.get(i - 1), q);
            boolean older = references.namedOlderEstimate(s, q) || revisedFrom || chosen == null && SeasonOpeners.opens(s);
            ClaimDate date = older || label != null && lex.relatedStoryLabels.contains(label) ? ClaimDate.UNKNOWN
                    : dated.date();
            // dated as its words stand ("As the Wire reported earlier": an earlier report), then the own voice
            who = own.refine(weakEvidence.refine(s, q.start(), q.end(), who));
            // after dating: the lead's date is its speaker's statement, and no later figure of the cited source takes it
            Attribution spoken = who;
            who = laterCitations.refine(s, who, discourse.nextSentences);
            Denials.Denial denial = denials.governing(s, q.start(), q.end());
            who = denial == null ? who : denial.apply(who, s, q.start(), q.end());
            DateMention pending = chosen != null && !date.known() && reported == null && !older ? chosen : null;
            Figure figure = figure(sentence, reading, q);
            // the cited source spoke when it briefed the speaker, which the speaker's own date need not be
            Certainty.Field dateCertainty = older ? Certainty.Field.SURE
                    : who == spoken || !dated.certainty().certain() ? dated.certainty()
                    : Certainty.Field.doubt("date of the speaker who relays the source", null);
            if (dateCertainty.certain() && chosen != null && date.basis() == tally.model.DateBasis.STATED
                    && WeakEvidence.dateInTheWords(s, q.end(), chosen.start(), who)) {
                dateCertainty = Certainty.Field.doubt(WeakEvidence.DATE_IN_THE_WORDS,
                        s.substring(chosen.start(), chosen.end()));
            }
            Certainty certainty = new Certainty(reading.metricDoubt() == null ? Certainty.Field.SURE
                    : Certainty.Field.doubt(reading.metricDoubt(), reading.clauseWords()), who.certainty(),
                    dateCertainty);
            found.add(new Extracted(new Claim(reading.metric(), figure, who.claimant(), who.relay(), date,
                    List.of(hedged(Source.of(article, sentence.original()), s, q)),
                    scopes.read(s, numbers, i, reading.metric(), chosen, statementDates, before, who),
                    certainty), pending));
            discourse.spoke(spoken, older ? dated.date() : date, index);
            if (!spoken.claimant().listed()) {
                // round 64: "..., the Times reported on Friday, citing one Ukrainian and two U.S. officials": a source in
                // its own words that holds a listed one's name spoke on its date for that one too, so a later "the
                // officials said" or "the report added" takes it, as when the sentence gave no figure
                discourse.spokeWithin(spoken.claimant().name(), s, mentions, older ? dated.date() : date);
            }
            if (chosen != null && who.anchor() >= 0 && chosen.start() > who.anchor()
                    && date.basis() == tally.model.DateBasis.STATED && dated.certainty().certain()) {
                NextStatementDates.redatePrevious(found, claimsBefore, who.claimant(), date, discourse.previousQuote,
                        lex.presentTenseCues);
            }
        }
        if (numbers.isEmpty()) {
            Metric counted = withoutFigure.counted(s, 0, s.length(), namesTopic);
            if (counted != null) {
                // round 58: "North Korea has sent troops to Russia. Seoul puts the number at 11,000." A sentence that
                // sends North Korea's troops with no figure is what the next bare number of its paragraph may size
                discourse.lastFigureMetric = counted;
                discourse.lastFigureSentence = index;
                discourse.lastFigureParagraph = sentence.paragraph();
            }
        }
        if (found.size() == claimsBefore && lex.speechVerbs.containsIn(s, 0, s.length())) {
            // "He further said the troops will rely on Russian arms.": a speaker who spoke without a figure still spoke.
            // The sentence's dates and speaker are read once, for its statement date and for an older statement.
            List<DateMention> stated = dates.find(s);
            Attribution who = attribution.find(s, mentions, s.length(), discourse);
            @Nullable Attribution agent = who.known() || stated.isEmpty() ? null : pointerAgents.of(s);
            // a view, not a copy: copying the body before every sentence is quadratic in a long article
            Attribution named = who.known() ? null : unlistedSpeakers.speaker(s, bodyBefore(article, sentence));
            tally.model.Claimant person = named == null ? null : named.claimant();
            rememberedDates.rememberStatementDate(s, stated, agent != null ? agent : who, reported, discourse, found);
            if (named != null && agent == null) {
                rememberedDates.rememberOwnDate(s, stated, named, reported, discourse);
            }
            rememberedDates.rememberEarlierStatement(s, stated, who, lead, discourse);
            if (who.known() && who.claimant().kind() != tally.model.Claimant.Kind.MEDIA) {
                discourse.lastSpeaker = who.claimant();
                discourse.lastSpeakerSentence = index;
            } else if (!who.known()) {
                if (person != null) {
                    discourse.lastPerson = person;
                    discourse.lastPersonSentence = index;
                    discourse.lastSpeaker = person;
                    discourse.lastSpeakerSentence = index;
                }
            }
        }
        discourse.previousQuote = sentence.original();
        discourse.poster = postedMaterial.observe(s, mentions, sentence.paragraph(), discourse.poster);
        referents.remember(s, mentions, discourse, index);
        if (lex.carriedTies.namesOtherTroops(s)) {
            discourse.northKoreasTroopsLast = false; // round 56: "Russian soldiers": the troops spoken of are not ours
        } else if (namesTopic) {
            discourse.northKoreasTroopsLast = true;
        }
        if (namesTopic) {
            discourse.lastTopicParagraph = sentence.paragraph();
            discourse.lastTopicSentence = index;
            if (lex.topic.find(s, 0, Math.min(s.length(), 40)).stream().anyMatch(h -> h.start() <= 4)) {
                discourse.topicSubjectSentence = index; // "North Korea, among the most closed-off countries, has ..."
            }
        }
    }

    /**
     * Round 54: "South Korean media estimated the number at about 1,000, the report added": a pronoun or definite
     * title carried from an earlier sentence ("the report", "he") gives way to a source the sentence names in its own
     * words whose cue opens the figure's words while the carried one closes them, or stands nearer the figure; that
     * source says it, the carried one only passes it on. A definite title alone ("the agency estimated") names no source
     * of its own: it points back too.
     */
    private Attribution ownSourceNearer(String s, Attribution who, Lazy<TaggedSentence> tagged, Quantity q,
                                        List<ClaimantDirectory.Mention> mentions) {
        if (!who.known() || who.anchor() < 0 || who.certainty().certain()
                || !CARRIED_PRONOUN.equals(who.certainty().reason())
                || !structure.mayRefine(s, Attribution.NONE, mentions, q.end())) {
            return who;
        }
        Attribution own = structure.refine(tagged, q.start(), q.end(), Attribution.NONE, mentions);
        // the sentence's own cue opens the figure's words and the carried one closes them after it, or it is nearer
        boolean governs = own.known() && own.anchor() >= 0 && !Namings.titleAlone(own.claimant().name())
                && (own.anchor() < q.start() && who.anchor() >= q.end()
                || Math.abs(own.anchor() - q.start()) < Math.abs(who.anchor() - q.start()));
        return governs ? own : who;
    }

    /** The reason {@link AttributionFinder} gives a claimant it resolved from a pronoun or a definite title. */
    private static final String CARRIED_PRONOUN = "claimant from a previous sentence";

    /**
     * Round 54: what {@link ParagraphSpeakers} reads of a sentence when a figure of its paragraph needs it: who speaks
     * in a sentence that gives no figure (a listed name tied to a cue, else a source phrase of its structure, resolved
     * as a figure's would be), and whether it names a party other than a speaker (the topic's own party aside:
     * "North Korean soldiers" names the troops, not a source).
     */
    private ParagraphSpeakers.Reading paragraphReading(Article article, Discourse discourse) {
        return new ParagraphSpeakers.Reading() {
            @Override
            public Attribution speakerOf(Sentence sentence, int at) {
                String s = sentence.text();
                List<ClaimantDirectory.Mention> mentions = attribution.mentions(s, discourse);
                Attribution who = attribution.find(s, mentions, at, discourse);
                if (!who.known() && structure.mayRefine(s, who, mentions, at + 1)) {
                    who = structure.refine(new Lazy<>(() -> tagger.tag(s)), at, at + 1, who, mentions);
                }
                return namings.resolve(who, bodyBefore(article, sentence), discourse);
            }

            @Override
            public boolean namesAnother(Sentence sentence, tally.model.Claimant speaker,
                                        tally.model.@Nullable Claimant relay) {
                String s = sentence.text();
                return attribution.mentions(s, discourse).stream().anyMatch(m -> !m.id().equals(speaker.id())
                        && (relay == null || !m.id().equals(relay.id()))
                        && !TOPIC_PARTY.equals(directory.partyOf(m.id())) && !attribution.isAudience(s, m));
            }

            @Override
            public boolean dated(Sentence sentence) {
                // a year alone ("arrived in early 2025") dates the event as much as a day does
                return YEAR.matcher(sentence.text()).find() || !dates.find(sentence.text()).isEmpty();
            }
        };
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?<![\\d,.])(?:19|20)\\d\\d(?![\\d,])");

    /** The party of the troops the articles are about, in {@code claimants.json}. */
    private static final String TOPIC_PARTY = "north_korea";

    /**
     * Who speaks at character {@code at} of a sentence that opens or closes a quotation: a listed name or pronoun the
     * attribution finder ties to a cue, or else a source phrase of the sentence's structure named after the
     * quotation's last mark ("...,\" a senior defence official said."), as for a figure of the sentence itself.
     */
    private Attribution speakerAt(String s, int at, Discourse discourse, CharSequence before) {
        List<ClaimantDirectory.Mention> mentions = attribution.mentions(s, discourse);
        Attribution who = attribution.find(s, mentions, at, discourse);
        int lastMark = Math.max(s.lastIndexOf('"'), Math.max(s.lastIndexOf('\u201C'), s.lastIndexOf('\u201D')));
        if (!who.known() && lastMark >= 0 && structure.mayRefine(s, who, mentions, at)) {
            Attribution read = structure.refine(new Lazy<>(() -> tagger.tag(s)), at, at, who, mentions);
            // only a speaker named after the quotation closes: the words before its last mark are the quote's own
            who = read.anchor() > lastMark && read.nameEnd() > lastMark ? read : who;
        }
        Attribution labelled = who.known() ? null : quotationLabels.speaker(s, at, mentions, discourse);
        if (labelled != null) {
            return labelled;
        }
        return namings.resolve(who, before, discourse);
    }

    /**
     * "South Korean lawmaker Lee Seong-kweun told reporters": the listed group named right before a listed person, as
     * the person's title, or null.
     */
    private @Nullable String titleGroup(Attribution who, List<ClaimantDirectory.Mention> mentions) {
        if (!who.claimant().listed() || who.claimant().kind() != tally.model.Claimant.Kind.PERSON) {
            return null;
        }
        for (ClaimantDirectory.Mention person : mentions) {
            if (!person.id().equals(who.claimant().id())) {
                continue;
            }
            for (ClaimantDirectory.Mention title : mentions) {
                if (title.end() <= person.start() && person.start() - title.end() <= 1
                        && directory.byId(title.id()).map(t -> t.kind() == tally.model.Claimant.Kind.GROUP).orElse(false)) {
                    return title.id();
                }
            }
        }
        return null;
    }

    /**
     * "Budanov said 11,000 are training in Russia. The first detachment of 2,600 is to move to Kursk on November 1.":
     * an article does not forecast in its own voice, so a planned deployment with no source, right after a sentence of
     * the same paragraph whose figures a speaker gave, is that speaker's (marked uncertain).
     */
    private static void forecastOfTheSpeaker(List<Extracted> found, int from, Discourse discourse) {
        tally.model.Claimant speaker = discourse.lastSpeaker;
        for (int i = from; i < found.size() && speaker != null; i++) {
            Claim c = found.get(i).claim();
            if (c.metric() == Metric.PLANNED_DEPLOYMENT && !c.claimant().known()) {
                Certainty certainty = new Certainty(c.certainty().metric(),
                        Certainty.Field.doubt("claimant from a previous sentence", null), c.certainty().date());
                found.set(i, new Extracted(new Claim(c.metric(), c.figure(), speaker, null, c.claimDate(), c.sources(),
                        c.scope(), certainty), found.get(i).pending()));
            }
        }
    }

    /**
     * The article's text before the sentence, as a view: read only when a source needs its fuller naming, so copying it
     * for every figure (quadratic in a long article) is not paid.
     */
    private static CharSequence bodyBefore(Article article, Sentence sentence) {
        return java.nio.CharBuffer.wrap(article.body(), 0, Math.min(sentence.start(), article.body().length()));
    }

    /** The article's text after the sentence, as far as {@link TitlesNamedAfter} looks, as a view. */
    private static CharSequence bodyAfter(Article article, Sentence sentence) {
        int from = Math.min(sentence.end(), article.body().length());
        return java.nio.CharBuffer.wrap(article.body(), from, Math.min(article.body().length(),
                from + TitlesNamedAfter.REACH));
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

    /**
     * The source with its sentence's own hedge of the figure (trial 10: "had probably suffered around 4,000" was shown
     * as "around 4,000"). Read in the sentence as the extractor reads it, kept only when the original sentence holds
     * the same words, so a reply quotes them as the article has them.
     */
    private Source hedged(Source source, String s, Quantity q) {
        String hedge = lex.hedges.of(s, q.start(), q.end());
        return hedge != null && source.quote().contains(hedge) ? source.withHedge(hedge) : source;
    }

    /**
     * Round 60: a claimant tied to a verb of recording, counting or projecting (the lexicon's recordingVerbs: "has
     * documented", "tallied", "projects") is doubted and shown in its own words: the verb may tell what the party did
     * ("identified the units") rather than whose figure it is.
     */
    private Attribution recorded(Attribution who) {
        return who.known() && who.certainty().certain() && who.verb() != null
                && lex.recordingVerbs.contains(who.verb().toLowerCase(java.util.Locale.ROOT))
                ? who.doubted("the source is named by a verb of recording or counting", null) : who;
    }

    /**
     * Round 60: "According to the same source, ...", "The same source said ...": the source of the figure before,
     * doubted and shown in those words, not an unlisted party called "the same source".
     */
    private static Attribution sameSource(Attribution who, Discourse discourse) {
        if (!who.known() || who.claimant().listed() || discourse.lastSpeaker == null
                || !SAME_SOURCE.matcher(who.claimant().name()).matches()) {
            return who;
        }
        return new Attribution(discourse.lastSpeaker, who.relay(), who.anchor(), who.verb(), who.nameEnd())
                .doubted("claimant from a previous sentence", who.claimant().name());
    }

    private static final java.util.regex.Pattern SAME_SOURCE = java.util.regex.Pattern.compile(
            "(?i)(?:the\\s+)?same\\s+(?:source|sources)");
}
