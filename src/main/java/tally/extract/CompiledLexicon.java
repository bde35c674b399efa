package tally.extract;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tally.config.ExtractionLexicon;
import tally.config.PhraseMatcher;
import tally.model.Metric;

/** The extraction lexicon compiled into matchers once, so each sentence is scanned with one regex per word list. */
final class CompiledLexicon {
    final PhraseMatcher topic;
    /** North Korea by name or, once named, by an epithet ("the North's soldiers"). */
    final TopicMatcher topicReferences;
    /** "sent to Russia", "into the Kursk region": troops moved there are a foreign force. */
    final PhraseMatcher foreignDestinations;
    final PhraseMatcher troopNouns;
    final PhraseMatcher memberNouns;
    final PhraseMatcher unitNouns;
    final PhraseMatcher nonTroopUnits;
    final PhraseMatcher qualifiers;
    final Map<String, String> qualifierMeaning;
    final List<String> lowerBound;
    final List<String> upperBound;
    final Map<Metric, PhraseMatcher> cues = new EnumMap<>(Metric.class);
    final PhraseMatcher planned;
    final Plans plans;
    final PhraseMatcher speechVerbs;
    final PhraseMatcher continuation;
    final PhraseMatcher pastPerfect;
    /** "speaking", "addressing": a trailing participle clause of the speaker, whose date dates the statement. */
    final PhraseMatcher speakerParticiples;
    /** "put", "raised": verbs whose "at"/"to" object is an estimate, dated by a date right after it. */
    final PhraseMatcher estimateVerbs;
    /** "made the assertion", "spoke": cues naming the statement itself, dated by any date of their clause. */
    final PhraseMatcher occasionCues;
    /** "days after", "recent remarks by": right before a claimant, its statement is an earlier, undated one. */
    final PhraseMatcher earlierStatement;
    /** Lower case; words that open a sentence with a clause before its statement ("Before the footage surfaced, ..."). */
    final List<String> earlierStatementOpeners;
    /** "confirmed", "told": cue verbs whose present perfect below the lead still reports the day's news, lower case. */
    final java.util.Set<String> newsPerfectCues;
    /** "believes", "estimates": cue verbs in the present tense, lower case; the claimant speaks as of the report. */
    final java.util.Set<String> presentTenseCues;
    /** "statement", "report": nouns naming a statement whose content a "that" clause gives ({@link ContentClauses}). */
    final PhraseMatcher contentNouns;
    /** Verbs of putting out pictures or a post, lower case (read word by word, not scanned). */
    final java.util.Set<String> publishingVerbs;
    /** "video", "footage": what a party puts out, which a later sentence may go on about ({@link PostedMaterial}). */
    final java.util.Set<String> postedMaterials;
    /** "top", "senior": words of rank in a title, which tell no title from another ({@link TitlesNamedAfter}). */
    final java.util.Set<String> rankWords;
    /** The lexicon's speech verbs as written, for {@link GluedThat}. */
    final List<String> speechVerbWords;
    /** The lexicon's {@code speakerAdverbialNouns}, lower case: the heads of a time or occasion between a source and its verb. */
    final java.util.Set<String> speakerAdverbialNouns;
    final PhraseMatcher relayMarkers;
    final PhraseMatcher personPronouns;
    final PhraseMatcher bodyPronouns;
    final List<String> clauseBreaks;
    /**
     * One for all the rules that ask where a clause starts or ends (the figure's reading, its attribution, its scope):
     * each built its own before round 64, so a sentence's breaks were found up to three times.
     */
    final Clauses clauses;
    final PhraseMatcher totals;
    final PhraseMatcher leadIns;
    final List<String> vague;
    final PhraseMatcher otherNationality;
    /**
     * Another nationality inside a figure's own noun phrase ("300 Russian soldiers", "300 US troops", "2,000 Nepali
     * soldiers"): {@code otherNationalityTerms} with {@code figureFrames.otherForceNationalities}, the nationalities
     * read only there (round 60: "U.S. estimates" elsewhere in the sentence names a source, not whose troops).
     */
    final PhraseMatcher nationalityInPhrase;
    /** Verbs of what befell troops that no metric counts: "repatriated", "went missing", "defected". */
    final PhraseMatcher lossVerbs;
    final Hedges hedges;
    final PhraseMatcher otherMetricVerbs;
    /** Another side named as a country or its seat of power ("Russia", "Kyiv"): whose losses a figure may be. */
    final PhraseMatcher otherSides;
    /** "told", "briefed", "informed": whoever stands right after one of these is the audience, never the speaker. */
    final PhraseMatcher audienceVerbs;
    final Map<String, String> lemmaOfForm;
    /** Cue forms English uses only as verbs ({@code verbOnlyForms}): another tag on one is the tagger's slip. */
    final java.util.Set<String> verbOnlyForms;
    final List<String> sourceHeads;
    /** The topic's one-word names ("Pyongyang", "DPRK"): North Korea can speak of its own losses. */
    final List<String> topicWords;
    final List<String> bodyHeads;
    final PhraseMatcher spokesHeads;
    /** The spokesHeads of one word, lower case ("analysts", "officials"). */
    final java.util.Set<String> spokesWords;
    final List<String> informationHeads;
    /** "seen", "obtained": participles by which an outlet holds a document someone else wrote ("seen by CNN"). */
    final java.util.Set<String> holdingVerbs;
    /** Round 60: verbs of recording, counting or projecting a figure; cues, but a claimant they name is doubted. */
    final java.util.Set<String> recordingVerbs;
    /** "intelligence", "data": material a speaker cites bare names no party ({@link CitedSources}). */
    final java.util.Set<String> materialNouns;
    /** "ceremony", "briefing", "visit": occasions an article dates, at which claims are made. */
    final PhraseMatcher eventNouns;
    final PhraseMatcher upcomingOccasions;
    final java.util.Set<String> backgroundHeadings;
    /** "Quote", "Quotation": labels that open a paragraph of quoted words ({@link QuotationLabels}). */
    final java.util.Set<String> quotationLabels;
    /** "Read also", "Read more": labels before the headline of another story the page links to. */
    final java.util.Set<String> relatedStoryLabels;
    /** Round 50: what a press outlet is called when it is not named, and the words that leave it unnamed. */
    final java.util.Set<String> outletNouns;
    final java.util.Set<String> vagueOutletWords;
    /** Verbs of denial and (round 62) phrases that withhold a confirmation, which govern a figure alike. */
    final PhraseMatcher denialVerbs;
    /** The lexicon's {@code withheldConfirmations}, lower case: a denial of these words has a reason of its own. */
    final java.util.Set<String> withheldConfirmations;
    /** Round 54: words opening a sentence that turn from the paragraph's speaker ("Meanwhile", "Separately"). */
    final PhraseMatcher speakerShiftOpeners;
    /** Round 54: words by which a sentence says someone reports it, unnamed ("reportedly", "is estimated"). */
    final PhraseMatcher hearsayMarkers;
    /** Round 66: nouns for someone around a party, not the party ("a Zelensky adviser", "critics of the NIS"). */
    final java.util.Set<String> otherPersonHeads;
    final FiguresSourcedElsewhere sourcedElsewhere;
    final TokenRules rules;
    /** Scope markers by scope id ("forecast", "incident", "period", "subset", "total"). */
    final Map<String, PhraseMatcher> scopeMarkers = new java.util.LinkedHashMap<>();
    /** Phrases that bound what a figure counts, by structure ({@code scopeSpans}). */
    final ScopeSpans scopeSpans;
    /** The words of {@code scopeSpans} as written, for the scope readers that compile their own ({@link MarkerReach}). */
    final Map<String, List<String>> scopeSpanWords;
    /** Frames around a number that say what it counts ({@code figureFrames}). */
    final FigureFrames frames;
    /** "losses have come to 92": a casualty noun's complement ({@code figureFrames} casualty and amount words). */
    final CasualtyComplements casualtyComplements;
    /** "the 600 soldiers who died" after North Korea's troops; "counting both Russian and North Korean" (round 56). */
    final CarriedTies carriedTies;
    final RestatedNumbers restatedNumbers;
    /** Round 62: a bare number sizing the troops counted before ("The total now stands at 11,000"). */
    final CarriedSizes carriedSizes;
    /** "died of their wounds": a wound that caused the death ({@code figureFrames.causePrepositions}). */
    final DeathCauses deathCauses;
    /** "1,000 wounded, including 100 killed": a dead part of a wounded whole ({@code figureFrames} part markers). */
    final WoundedWithDead woundedWithDead;
    /** "400 Russians", "police are looking for 12", "sent to work": people who are no troops ({@link PeopleNotTroops}). */
    final PeopleNotTroops peopleNotTroops;
    final OtherWars otherWars;
    /** The words of {@code figureFrames} as written, for rules compiled where they are used ({@link ForceParts}). */
    final Map<String, List<String>> figureFrameWords;
    /** "back the rebuilding with 5,000 builders", "6,000 troops will help": troops lent ({@code supportVerbs}). */
    final Contributions contributions;
    /** "than earlier estimates of 600": an older estimate a measure is compared with ({@link FigureReferences}). */
    final java.util.regex.Pattern comparedEstimate;
    /** "its previous estimate of 600": an older estimate named as such ({@link FigureReferences}). */
    final java.util.regex.Pattern olderEstimate;
    /** " or so", " or more": an approximation between a number and its "of", a space before each. */
    final List<String> approximateTails;
    /** "at", "citing": after a speech verb's bare "this", the word that makes "this" its object, lower case. */
    final java.util.Set<String> pointerFollowers;
    /** "this information", "this figure": the nouns a pointing "this" may take as the object of a speech verb. */
    final java.util.Set<String> pointerNouns;
    /** "by", "in": prepositions whose named statement noun frames a clause ("By US estimates, ..."), lower case. */
    final java.util.Set<String> framingPrepositions;
    /** "Among them are": a partitive opening the sentence ({@link FigureReferences}, figureFrames.partitiveOpeners). */
    final java.util.regex.Pattern partOfThemOpens;
    /** "their number to": the new size of troops pointed back to ({@link FigureReferences}, figureFrames.strengthNouns). */
    final java.util.regex.Pattern theirNumber;
    /** "This was announced by X": a sentence pointing back, with an agent ({@link FollowUps}, pointerNouns). */
    final java.util.regex.Pattern pointsBack;
    /** "This is according to X": a sentence pointing back, with "according to" ({@link FollowUps}, pointerNouns). */
    final java.util.regex.Pattern pointsBackAccording;

    /** A word list of the lexicon as a set of lower-case words, for look-ups of a word already lower-cased. */
    static java.util.Set<String> lowerCased(List<String> words) {
        return words.stream().map(v -> v.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    CompiledLexicon(ExtractionLexicon lexicon) {
        topic = new PhraseMatcher(lexicon.topicTerms());
        topicReferences = new TopicMatcher(lexicon.topicTerms(), lexicon.topicEpithets(),
                new TopicMatcher.Neighbours(lexicon.topicNeighbourEpithets(), lexicon.topicNeighbourOf(),
                        java.util.stream.Stream.concat(lexicon.otherSideNames().stream(),
                                lexicon.otherNationalityTerms().stream()).toList()));
        foreignDestinations = new PhraseMatcher(lexicon.foreignDestinations());
        troopNouns = new PhraseMatcher(lexicon.troopNouns());
        memberNouns = new PhraseMatcher(lexicon.memberNouns());
        unitNouns = new PhraseMatcher(lexicon.unitNouns());
        nonTroopUnits = new PhraseMatcher(lexicon.nonTroopUnits());
        qualifiers = new PhraseMatcher(lexicon.qualifiers().keySet());
        qualifierMeaning = lower(lexicon.qualifiers());
        lowerBound = lexicon.lowerBoundQualifiers();
        upperBound = lexicon.upperBoundQualifiers();
        // Round 62: the casualty and capture cues are hidden where a longer phrase gives them another sense
        // (figureFrames.cueShadows: "has fallen to 8,200", "including the wounded"); the deployment cues keep theirs.
        List<String> cueShadows = lexicon.figureFrames().get("cueShadows");
        lexicon.cuesByMetric().forEach((metric, words) -> cues.put(metric,
                new PhraseMatcher(words, metric == Metric.DEPLOYED || metric == Metric.PLANNED_DEPLOYMENT
                        ? List.of() : cueShadows)));
        planned = new PhraseMatcher(lexicon.plannedMarkers());
        plans = new Plans(planned, new PhraseMatcher(lexicon.plannedModals()), new PhraseMatcher(lexicon.movementVerbs()),
                new PhraseMatcher(lexicon.figureFrames().get("ownAttacks")), PlanPatterns.of(lexicon.planWords()));
        speechVerbWords = List.copyOf(lexicon.speechVerbs());
        speechVerbs = new PhraseMatcher(java.util.stream.Stream.concat(lexicon.speechVerbs().stream(),
                lexicon.recordingVerbs().stream()).toList());
        continuation = new PhraseMatcher(lexicon.continuationVerbs());
        pastPerfect = new PhraseMatcher(lexicon.pastPerfectMarkers());
        speakerParticiples = new PhraseMatcher(lexicon.speakerParticiples());
        estimateVerbs = new PhraseMatcher(lexicon.estimateVerbs());
        occasionCues = new PhraseMatcher(lexicon.occasionCues());
        earlierStatement = new PhraseMatcher(lexicon.earlierStatementMarkers());
        earlierStatementOpeners = lexicon.earlierStatementOpeners().stream()
                .map(v -> v.toLowerCase(java.util.Locale.ROOT)).toList();
        newsPerfectCues = lowerCased(lexicon.newsPerfectCues());
        presentTenseCues = lowerCased(lexicon.presentTenseCues());
        contentNouns = new PhraseMatcher(lexicon.contentNouns());
        publishingVerbs = lowerCased(lexicon.publishingVerbs());
        postedMaterials = lowerCased(lexicon.postedMaterials());
        rankWords = lowerCased(lexicon.rankWords());
        speakerAdverbialNouns = lowerCased(lexicon.speakerAdverbialNouns());
        relayMarkers = new PhraseMatcher(lexicon.relayMarkers());
        personPronouns = new PhraseMatcher(lexicon.personPronouns());
        bodyPronouns = new PhraseMatcher(lexicon.bodyPronouns());
        clauseBreaks = lexicon.clauseBreaks().stream().map(b -> b.toLowerCase(Locale.ROOT)).toList();
        clauses = new Clauses(clauseBreaks);
        totals = new PhraseMatcher(lexicon.totalMarkers());
        leadIns = new PhraseMatcher(lexicon.noNounLeadIns());
        vague = List.copyOf(lexicon.vagueQuantities());
        otherNationality = new PhraseMatcher(lexicon.otherNationalityTerms());
        nationalityInPhrase = new PhraseMatcher(java.util.stream.Stream.concat(lexicon.otherNationalityTerms().stream(),
                lexicon.figureFrames().get("otherForceNationalities").stream()).toList());
        lossVerbs = new PhraseMatcher(lexicon.lossVerbs());
        hedges = new Hedges(new PhraseMatcher(lexicon.hedges()));
        otherMetricVerbs = new PhraseMatcher(lexicon.otherMetricVerbs());
        otherSides = new PhraseMatcher(lexicon.otherSideNames());
        audienceVerbs = new PhraseMatcher(lexicon.audienceVerbs());
        lemmaOfForm = lexicon.lemmaOfForm();
        verbOnlyForms = lowerCased(lexicon.verbOnlyForms());
        sourceHeads = List.copyOf(lexicon.sourceHeads());
        topicWords = lexicon.topicTerms().stream().filter(t -> !t.contains(" ")).toList();
        bodyHeads = List.copyOf(lexicon.bodyHeads());
        spokesHeads = new PhraseMatcher(lexicon.spokesHeads());
        spokesWords = lowerCased(lexicon.spokesHeads().stream().filter(h -> h.indexOf(' ') < 0).toList());
        informationHeads = List.copyOf(lexicon.informationHeads());
        holdingVerbs = lowerCased(lexicon.holdingVerbs());
        recordingVerbs = lowerCased(lexicon.recordingVerbs());
        materialNouns = lowerCased(lexicon.materialNouns());
        eventNouns = new PhraseMatcher(lexicon.eventNouns());
        upcomingOccasions = new PhraseMatcher(lexicon.upcomingOccasionMarkers());
        backgroundHeadings = lowerCased(lexicon.backgroundHeadings());
        quotationLabels = lowerCased(lexicon.quotationLabels());
        relatedStoryLabels = lowerCased(lexicon.relatedStoryLabels());
        outletNouns = lowerCased(lexicon.outletNouns());
        vagueOutletWords = lowerCased(lexicon.vagueOutletWords());
        denialVerbs = new PhraseMatcher(java.util.stream.Stream.concat(lexicon.denialVerbs().stream(),
                lexicon.withheldConfirmations().stream()).toList());
        withheldConfirmations = lowerCased(lexicon.withheldConfirmations());
        speakerShiftOpeners = new PhraseMatcher(lexicon.speakerShiftOpeners());
        hearsayMarkers = new PhraseMatcher(lexicon.hearsayMarkers());
        otherPersonHeads = lowerCased(lexicon.otherPersonHeads());
        sourcedElsewhere = new FiguresSourcedElsewhere(hearsayMarkers, lexicon.planWords().get("hearsayParticiples"));
        rules = new TokenRules(lexicon.tokenRules(), java.util.Set.copyOf(lemmaOfForm.values()));
        lexicon.scopeMarkers().forEach((scope, words) -> scopeMarkers.put(scope, new PhraseMatcher(words)));
        scopeSpans = new ScopeSpans(lexicon.scopeSpans());
        scopeSpanWords = lexicon.scopeSpans();
        frames = new FigureFrames(lexicon.figureFrames(), qualifiers, unitNouns, troopNouns);
        casualtyComplements = new CasualtyComplements(lexicon.figureFrames());
        carriedTies = new CarriedTies(lexicon.figureFrames(), otherNationality, otherSides, troopNouns, unitNouns,
                topicReferences);
        carriedSizes = new CarriedSizes(lexicon.figureFrames(), otherNationality, otherSides);
        restatedNumbers = new RestatedNumbers(lexicon.estimateVerbs(), lexicon.figureFrames().get("restatedNouns"),
                lexicon.figureFrames().get("forceNouns"));
        deathCauses = new DeathCauses(lexicon.figureFrames().get("causePrepositions"));
        woundedWithDead = new WoundedWithDead(cues, lexicon.figureFrames());
        figureFrameWords = lexicon.figureFrames();
        peopleNotTroops = new PeopleNotTroops(lexicon.figureFrames(), otherNationality);
        otherWars = new OtherWars(lexicon.figureFrames().get("otherWars"), speechVerbs);
        contributions = new Contributions(lexicon.figureFrames().get("supportVerbs"));
        comparedEstimate = FigureReferences.comparedEstimate(lexicon.figureFrames());
        olderEstimate = FigureReferences.olderEstimate(lexicon.figureFrames());
        approximateTails = lexicon.figureFrames().get("approximateTails").stream().map(t -> " " + t.strip()).toList();
        pointerFollowers = lowerCased(lexicon.pointerFollowers());
        pointerNouns = lowerCased(lexicon.pointerNouns());
        framingPrepositions = lowerCased(lexicon.framingPrepositions());
        partOfThemOpens = FigureReferences.partOfThemOpens(lexicon.figureFrames());
        theirNumber = FigureReferences.theirNumber(lexicon.figureFrames());
        pointsBack = FollowUps.pointsBack(lexicon.pointerNouns());
        pointsBackAccording = FollowUps.pointsBackAccording(lexicon.pointerNouns());
    }

    private static Map<String, String> lower(Map<String, String> map) {
        Map<String, String> out = new java.util.HashMap<>();
        map.forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), v));
        return out;
    }
}
