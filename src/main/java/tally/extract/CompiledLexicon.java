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
    final PhraseMatcher speechVerbs;
    final PhraseMatcher continuation;
    final PhraseMatcher pastPerfect;
    final PhraseMatcher relayMarkers;
    final PhraseMatcher personPronouns;
    final PhraseMatcher bodyPronouns;
    final List<String> clauseBreaks;
    final PhraseMatcher totals;
    final PhraseMatcher leadIns;
    final List<String> vague;
    final PhraseMatcher otherNationality;
    final Map<String, String> lemmaOfForm;
    final List<String> sourceHeads;
    /** The topic's one-word names ("Pyongyang", "DPRK"): North Korea can speak of its own losses. */
    final List<String> topicWords;
    final List<String> bodyHeads;
    final PhraseMatcher spokesHeads;
    final TokenRules rules;
    /** Scope markers by scope id ("forecast", "incident", "period", "subset", "total"). */
    final Map<String, PhraseMatcher> scopeMarkers = new java.util.LinkedHashMap<>();

    CompiledLexicon(ExtractionLexicon lexicon) {
        topic = new PhraseMatcher(lexicon.topicTerms());
        troopNouns = new PhraseMatcher(lexicon.troopNouns());
        memberNouns = new PhraseMatcher(lexicon.memberNouns());
        unitNouns = new PhraseMatcher(lexicon.unitNouns());
        nonTroopUnits = new PhraseMatcher(lexicon.nonTroopUnits());
        qualifiers = new PhraseMatcher(lexicon.qualifiers().keySet());
        qualifierMeaning = lower(lexicon.qualifiers());
        lowerBound = lexicon.lowerBoundQualifiers();
        upperBound = lexicon.upperBoundQualifiers();
        lexicon.cuesByMetric().forEach((metric, words) -> cues.put(metric, new PhraseMatcher(words)));
        planned = new PhraseMatcher(lexicon.plannedMarkers());
        speechVerbs = new PhraseMatcher(lexicon.speechVerbs());
        continuation = new PhraseMatcher(lexicon.continuationVerbs());
        pastPerfect = new PhraseMatcher(lexicon.pastPerfectMarkers());
        relayMarkers = new PhraseMatcher(lexicon.relayMarkers());
        personPronouns = new PhraseMatcher(lexicon.personPronouns());
        bodyPronouns = new PhraseMatcher(lexicon.bodyPronouns());
        clauseBreaks = lexicon.clauseBreaks().stream().map(b -> b.toLowerCase(Locale.ROOT)).toList();
        totals = new PhraseMatcher(lexicon.totalMarkers());
        leadIns = new PhraseMatcher(lexicon.noNounLeadIns());
        vague = List.copyOf(lexicon.vagueQuantities());
        otherNationality = new PhraseMatcher(lexicon.otherNationalityTerms());
        lemmaOfForm = lexicon.lemmaOfForm();
        sourceHeads = List.copyOf(lexicon.sourceHeads());
        topicWords = lexicon.topicTerms().stream().filter(t -> !t.contains(" ")).toList();
        bodyHeads = List.copyOf(lexicon.bodyHeads());
        spokesHeads = new PhraseMatcher(lexicon.spokesHeads());
        rules = new TokenRules(lexicon.tokenRules(), java.util.Set.copyOf(lemmaOfForm.values()));
        lexicon.scopeMarkers().forEach((scope, words) -> scopeMarkers.put(scope, new PhraseMatcher(words)));
    }

    private static Map<String, String> lower(Map<String, String> map) {
        Map<String, String> out = new java.util.HashMap<>();
        map.forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), v));
        return out;
    }
}
