package tally.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tally.model.Metric;

/** config/extraction.json: the words the claim extractor looks for. Every list is required and non-empty. */
@JsonIgnoreProperties(value = "_comment")
public record ExtractionLexicon(
        @JsonProperty(required = true) List<String> topicTerms,
        @JsonProperty(required = true) List<String> topicEpithets,
        @JsonProperty(required = true) List<String> topicNeighbourEpithets,
        @JsonProperty(required = true) List<String> topicNeighbourOf,
        @JsonProperty(required = true) List<String> foreignDestinations,
        @JsonProperty(required = true) List<String> troopNouns,
        @JsonProperty(required = true) List<String> memberNouns,
        @JsonProperty(required = true) List<String> unitNouns,
        @JsonProperty(required = true) List<String> nonTroopUnits,
        @JsonProperty(required = true) Map<String, String> qualifiers,
        @JsonProperty(required = true) List<String> lowerBoundQualifiers,
        @JsonProperty(required = true) List<String> upperBoundQualifiers,
        @JsonProperty(required = true) List<String> vagueQuantities,
        @JsonProperty(required = true) Map<String, List<String>> metricCues,
        @JsonProperty(required = true) List<String> plannedMarkers,
        @JsonProperty(required = true) List<String> plannedModals,
        @JsonProperty(required = true) List<String> movementVerbs,
        @JsonProperty(required = true) Map<String, List<String>> planWords,
        @JsonProperty(required = true) List<String> speechVerbs,
        @JsonProperty(required = true) List<String> continuationVerbs,
        @JsonProperty(required = true) List<String> pastPerfectMarkers,
        @JsonProperty(required = true) List<String> speakerParticiples,
        @JsonProperty(required = true) List<String> estimateVerbs,
        @JsonProperty(required = true) List<String> occasionCues,
        @JsonProperty(required = true) List<String> earlierStatementMarkers,
        @JsonProperty(required = true) List<String> earlierStatementOpeners,
        @JsonProperty(required = true) List<String> newsPerfectCues,
        @JsonProperty(required = true) List<String> presentTenseCues,
        @JsonProperty(required = true) List<String> contentNouns,
        @JsonProperty(required = true) List<String> publishingVerbs,
        @JsonProperty(required = true) List<String> postedMaterials,
        @JsonProperty(required = true) List<String> rankWords,
        @JsonProperty(required = true) List<String> speakerAdverbialNouns,
        @JsonProperty(required = true) List<String> relayMarkers,
        @JsonProperty(required = true) List<String> personPronouns,
        @JsonProperty(required = true) List<String> bodyPronouns,
        @JsonProperty(required = true) List<String> clauseBreaks,
        @JsonProperty(required = true) List<String> totalMarkers,
        @JsonProperty(required = true) List<String> noNounLeadIns,
        @JsonProperty(required = true) List<String> otherNationalityTerms,
        @JsonProperty(required = true) List<String> lossVerbs,
        @JsonProperty(required = true) List<String> hedges,
        @JsonProperty(required = true) List<String> otherMetricVerbs,
        @JsonProperty(required = true) List<String> otherSideNames,
        @JsonProperty(required = true) List<String> audienceVerbs,
        @JsonProperty(required = true) Map<String, List<String>> cueLemmas,
        @JsonProperty(required = true) List<String> verbOnlyForms,
        @JsonProperty(required = true) List<String> sourceHeads,
        @JsonProperty(required = true) List<String> bodyHeads,
        @JsonProperty(required = true) List<String> spokesHeads,
        @JsonProperty(required = true) List<String> informationHeads,
        @JsonProperty(required = true) List<String> holdingVerbs,
        @JsonProperty(required = true) List<String> recordingVerbs,
        @JsonProperty(required = true) List<String> materialNouns,
        @JsonProperty(required = true) List<String> framingPrepositions,
        @JsonProperty(required = true) List<String> pointerFollowers,
        @JsonProperty(required = true) List<String> pointerNouns,
        @JsonProperty(required = true) List<String> eventNouns,
        @JsonProperty(required = true) List<String> upcomingOccasionMarkers,
        @JsonProperty(required = true) List<String> backgroundHeadings,
        @JsonProperty(required = true) List<String> quotationLabels,
        @JsonProperty(required = true) List<String> relatedStoryLabels,
        @JsonProperty(required = true) List<String> outletNouns,
        @JsonProperty(required = true) List<String> vagueOutletWords,
        @JsonProperty(required = true) List<String> denialVerbs,
        @JsonProperty(required = true) List<String> withheldConfirmations,
        @JsonProperty(required = true) List<String> speakerShiftOpeners,
        @JsonProperty(required = true) List<String> hearsayMarkers,
        @JsonProperty(required = true) List<String> otherPersonHeads,
        @JsonProperty(required = true) Map<String, List<List<TokenStep>>> tokenRules,
        @JsonProperty(required = true) Map<String, List<String>> scopeMarkers,
        @JsonProperty(required = true) Map<String, List<String>> scopeSpans,
        @JsonProperty(required = true) Map<String, List<String>> figureFrames) {

    /** The token rules the extractor runs, by name; each must be present with at least one pattern. */
    public static final List<String> TOKEN_RULES = List.of("passiveAgent", "sourceAfter", "relayBefore");

    /**
     * The frames around a number that say what it counts ({@code figureFrames}, each a non-empty list): a verb giving a
     * group's size ("numbered"), a fraction whose whole the number is ("half of the"), a unit a "-strong" number sizes
     * or a count of which is no troop count ("battalions"), a distributive ("each made up of"), a noun that makes a
     * nationality a place ("border"), a whole army whose size is no deployment ("army"), a verb of sending whose
     * object or participle the figure is ("sent"), a verb of capture whose object or passive subject the figure is
     * ("seized"), a participle of plan used as the figure's adjective ("a pledged 10,000"), a noun of sending whose
     * object the figure is ("dispatch of"), a casualty noun whose complement after a verb of amount the figure is
     * ("losses", "have", "come to"), a preposition of a death's cause ("died of"), the markers of a part of the figure
     * before it ("including", with "about" after) and after it ("of them"), an adverb that makes a part dead
     * ("fatally"), a noun by which an estimate restates a number just given ("put the number at"), a verb of support
     * whose instrument or modal subject the figure is ("back ... with", "will help"), the auxiliaries of a reduced
     * relative clause's verb of sending ("Pyongyang plans to send"), the words of an older estimate a measure is
     * compared with ("than earlier estimates of"), an approximation between a number and its "of" ("or so"), the
     * auxiliaries of a passive of sending ("are expected to be sent"), a preposition that makes a nationality a place
     * ("near Ukraine's border"), a noun of the troops' new size ("raise their number to"), a partitive opening a
     * sentence ("Among them are"), a verb by which an authority pursues or punishes people ("looking for"), a verb of a
     * prisoner swap ("exchanged"), a purpose
     * of work or study ("to work") and the nouns of people in general it makes labour ("people"), and a purpose of
     * sending whose object is losses ("to replace") and an attack the troops ready themselves for ("for an
     * assault"), round 34; another war North Korea sent troops to ("during the Korean War"), round 40; the means troops
     * travel by, a preposition and a transport noun around a nationality ("aboard Russian ships"), and nouns of one fate
     * that govern the number after "of" or "at" ("the deaths of 50"), round 49; the determiners that point a figure
     * back to troops already spoken of ("the estimated 600 soldiers") and the words by which a whole takes in North
     * Korea's troops beside another side's ("counting both"), round 56; the verbs by which troops come from North Korea
     * ("soldiers who were sent by Pyongyang") and the countries of other forces that send their own ("Belarus has sent
     * 5,000 troops"), and the sides that fight North Korea's troops with the verbs by which they act on them
     * ("Ukrainian forces have captured six of them"), round 62.
     */
    public static final List<String> FIGURE_FRAMES = List.of("sizeVerbs", "fractions", "unitCounts", "distributives",
            "placeNouns", "wholeArmies", "sendingVerbs", "captureVerbs", "plannedAttributes", "sendingNouns",
            "casualtySubjects", "amountAuxiliaries", "amountVerbs", "causePrepositions", "partMarkersBefore",
            "partQualifiers", "partMarkersAfter", "fatalAdverbs", "restatedNouns", "supportVerbs", "relativeAuxiliaries",
            "comparisonWords", "earlierEstimateModifiers", "comparedEstimateNouns", "approximateTails",
            "sendingAuxiliaries", "locativePrepositions", "strengthNouns", "partitiveOpeners",
            "partMarkersClosing", "specialtyNouns", "incrementsAfter", "arrivedAdverbs", "authorityVerbs",
            "exchangeVerbs", "labourMarkers", "peopleNouns", "otherForceNationalities", "replacementPurposes",
            "ownAttacks", "otherWars", "northKoreanWeapons", "meansPrepositions", "transportNouns", "fateNouns",
            "definiteDeterminers", "inclusionMarkers", "originVerbs", "otherForceCountries", "opposingSides", "actedOnVerbs",
            "forceNouns", "supplyVerbs", "cueShadows");

    /**
     * The words of the rules that tell a plan from a fact ({@code planWords}), round 52: participles of a sending done,
     * words of troops there now, the fillers between a modal and its verb, the lead words before a figure, modals of
     * a forecast, conjunctions that end a figure's own words, participles of hearsay, finished verbs, modals and verbs
     * of intent, the verbs and subjects of a sending others expect of North Korea, the places of the war where
     * troops are already, and the passives of sending a readied force is for.
     */
    public static final List<String> PLAN_WORDS = List.of("sentParticiples", "sendingGerunds", "presentAdverbs",
            "presenceWords", "presentActivities", "irregularParticiples", "modalAdverbs", "modalSubjects",
            "sendingNounModifiers", "figureLeadWords", "forecastModals", "forecastAdverbs", "groupConjunctions",
            "hearsayParticiples", "doneVerbs", "futureModals", "intentVerbs", "raisingVerbs", "raisedSubjects",
            "heldPlaces", "sendingPassives", "purposeSendings", "planStates");

    /** The word lists of phrases that bound what a figure counts, by structure ({@code scopeSpans}), each required. */
    public static final List<String> SCOPE_SPANS = List.of("eventPrepositions", "incidentNouns", "eventFollowers", "eventDeterminers",
            "spanPrepositions", "spanFillers", "spanCounts", "spanUnits", "yearLeadIns", "monthLeadIns", "months",
            "relativeOpeners", "waveOrdinals", "waveNouns", "waveLinks",
            "partCounts", "unitActors", "unitActs", "runningTallies", "unitStandIns", "unitPossessives", "unitMembers");

    /** The scopes a figure can be read as having, besides the default (total). */
    public static final List<String> SCOPES = List.of("forecast", "incident", "period", "subset", "total");

    /**
     * One token of a token rule: {@code word} (alternatives joined by '|', lower case), {@code tag} (universal POS
     * tags joined by '|'), {@code cue} (its lemma is a reporting cue of {@code cueLemmas}), {@code optional}.
     * A step with none of word, tag or cue accepts any token.
     */
    @JsonIgnoreProperties(value = "_comment")
    public record TokenStep(String word, String tag, boolean cue, boolean optional) {
        public TokenStep {
            word = word == null ? "" : word.strip();
            tag = tag == null ? "" : tag.strip();
            if (!tag.isEmpty() && !tag.matches("[A-Z]+(\\|[A-Z]+)*")) {
                throw new IllegalArgumentException("tokenRules: tag '" + tag + "' is not universal POS tags joined by '|'");
            }
        }

        public Set<String> words() {
            return word.isEmpty() ? Set.of() : Set.copyOf(List.of(word.toLowerCase(java.util.Locale.ROOT).split("\\|")));
        }

        public Set<String> tags() {
            return tag.isEmpty() ? Set.of() : Set.copyOf(List.of(tag.split("\\|")));
        }
    }

    /** The metrics a cue list may name; planned deployments are found from deployment cues plus planned markers. */
    private static final Set<Metric> CUE_METRICS = Set.of(
            Metric.KILLED, Metric.WOUNDED, Metric.KILLED_OR_WOUNDED, Metric.CAPTURED, Metric.DEPLOYED);

    public ExtractionLexicon {
        requireNonEmpty("topicTerms", topicTerms);
        requireNonEmpty("topicEpithets", topicEpithets);
        requireNonEmpty("topicNeighbourEpithets", topicNeighbourEpithets);
        requireNonEmpty("topicNeighbourOf", topicNeighbourOf);
        requireNonEmpty("foreignDestinations", foreignDestinations);
        requireNonEmpty("troopNouns", troopNouns);
        requireNonEmpty("speechVerbs", speechVerbs);
        requireNonEmpty("plannedModals", plannedModals);
        requireNonEmpty("movementVerbs", movementVerbs);
        requireNonEmpty("vagueQuantities", vagueQuantities);
        Set<String> canonical = new HashSet<>(qualifiers.values());
        for (String q : lowerBoundQualifiers) {
            requireKnown("lowerBoundQualifiers", q, canonical);
        }
        for (String q : upperBoundQualifiers) {
            requireKnown("upperBoundQualifiers", q, canonical);
        }
        for (Map.Entry<String, List<String>> e : metricCues.entrySet()) {
            Metric m = Metric.byId(e.getKey()).orElseThrow(() ->
                    new ConfigEntryException("metricCues: unknown metric '" + e.getKey() + "'", "metricCues", e.getKey()));
            if (!CUE_METRICS.contains(m)) {
                throw new ConfigEntryException("metricCues: '" + e.getKey() + "' is derived, not cued", "metricCues",
                        e.getKey());
            }
            requireNonEmpty("metricCues." + e.getKey(), e.getValue());
        }
        requireNonEmpty("lossVerbs", lossVerbs);
        requireNonEmpty("hedges", hedges);
        requireNonEmpty("otherMetricVerbs", otherMetricVerbs);
        requireNonEmpty("otherSideNames", otherSideNames);
        requireNonEmpty("audienceVerbs", audienceVerbs);
        requireNonEmpty("verbOnlyForms", verbOnlyForms);
        requireNonEmpty("sourceHeads", sourceHeads);
        requireNonEmpty("bodyHeads", bodyHeads);
        requireNonEmpty("spokesHeads", spokesHeads);
        requireNonEmpty("informationHeads", informationHeads);
        requireSingleWords("holdingVerbs", holdingVerbs);
        requireSingleWords("materialNouns", materialNouns);
        requireSingleWords("framingPrepositions", framingPrepositions);
        requireSingleWords("pointerFollowers", pointerFollowers);
        requireSingleWords("pointerNouns", pointerNouns);
        requireNonEmpty("eventNouns", eventNouns);
        requireNonEmpty("upcomingOccasionMarkers", upcomingOccasionMarkers);
        requireNonEmpty("backgroundHeadings", backgroundHeadings);
        requireNonEmpty("quotationLabels", quotationLabels);
        requireNonEmpty("relatedStoryLabels", relatedStoryLabels);
        requireSingleWords("outletNouns", outletNouns);
        requireSingleWords("vagueOutletWords", vagueOutletWords);
        requireNonEmpty("denialVerbs", denialVerbs);
        requireNonEmpty("withheldConfirmations", withheldConfirmations);
        requireNonEmpty("speakerShiftOpeners", speakerShiftOpeners);
        requireNonEmpty("hearsayMarkers", hearsayMarkers);
        requireNonEmpty("otherPersonHeads", otherPersonHeads);
        requireNonEmpty("speakerParticiples", speakerParticiples);
        requireNonEmpty("estimateVerbs", estimateVerbs);
        requireNonEmpty("occasionCues", occasionCues);
        requireNonEmpty("earlierStatementMarkers", earlierStatementMarkers);
        requireNonEmpty("earlierStatementOpeners", earlierStatementOpeners);
        requireNonEmpty("newsPerfectCues", newsPerfectCues);
        requireNonEmpty("presentTenseCues", presentTenseCues);
        requireNonEmpty("contentNouns", contentNouns);
        requireNonEmpty("publishingVerbs", publishingVerbs);
        requireSingleWords("postedMaterials", postedMaterials);
        requireNonEmpty("rankWords", rankWords);
        requireNonEmpty("speakerAdverbialNouns", speakerAdverbialNouns);
        if (cueLemmas.isEmpty()) {
            throw new IllegalArgumentException("cueLemmas must map at least one lemma to its forms");
        }
        cueLemmas.forEach((lemma, forms) -> requireNonEmpty("cueLemmas." + lemma, forms));
        for (String rule : TOKEN_RULES) {
            List<List<TokenStep>> patterns = tokenRules.get(rule);
            if (patterns == null || patterns.isEmpty() || patterns.stream().anyMatch(p -> p == null || p.isEmpty())) {
                throw new IllegalArgumentException("tokenRules." + rule + " must be a non-empty list of non-empty patterns");
            }
        }
        for (String name : tokenRules.keySet()) {
            if (!TOKEN_RULES.contains(name)) {
                throw new IllegalArgumentException("tokenRules: unknown rule '" + name + "' (known: " + TOKEN_RULES + ")");
            }
        }
        for (Map.Entry<String, List<String>> e : scopeMarkers.entrySet()) {
            if (!SCOPES.contains(e.getKey())) {
                throw new IllegalArgumentException("scopeMarkers: unknown scope '" + e.getKey() + "' (known: " + SCOPES + ")");
            }
            requireNonEmpty("scopeMarkers." + e.getKey(), e.getValue());
        }
        for (String list : SCOPE_SPANS) {
            requireNonEmpty("scopeSpans." + list, scopeSpans.get(list));
        }
        for (String frame : FIGURE_FRAMES) {
            requireNonEmpty("figureFrames." + frame, figureFrames.get(frame));
        }
        for (String name : figureFrames.keySet()) {
            if (!FIGURE_FRAMES.contains(name)) {
                throw new ConfigEntryException("figureFrames: unknown frame '" + name + "' (known: " + FIGURE_FRAMES + ")",
                        "figureFrames", name);
            }
        }
        for (String list : PLAN_WORDS) {
            requireNonEmpty("planWords." + list, planWords.get(list));
        }
        for (String name : planWords.keySet()) {
            if (!PLAN_WORDS.contains(name)) {
                throw new ConfigEntryException("planWords: unknown list '" + name + "' (known: " + PLAN_WORDS + ")",
                        "planWords", name);
            }
        }
        for (Metric m : CUE_METRICS) {
            if (!metricCues.containsKey(m.id())) {
                throw new ConfigEntryException("metricCues: missing cues for '" + m.id() + "'", "metricCues");
            }
        }
    }

    public static ExtractionLexicon load(Path configDir) {
        return JsonFiles.read(configDir.resolve("extraction.json"), ExtractionLexicon.class);
    }

    /** Each inflected form (lower case) of a cue word to its lemma: "said" to "say", "casualties" to "casualty". */
    public Map<String, String> lemmaOfForm() {
        Map<String, String> byForm = new java.util.HashMap<>();
        cueLemmas.forEach((lemma, forms) -> {
            String l = lemma.toLowerCase(java.util.Locale.ROOT);
            byForm.put(l, l);
            forms.forEach(f -> byForm.put(f.toLowerCase(java.util.Locale.ROOT), l));
        });
        return byForm;
    }

    public Map<Metric, List<String>> cuesByMetric() {
        Map<Metric, List<String>> byMetric = new EnumMap<>(Metric.class);
        metricCues.forEach((id, cues) -> byMetric.put(Metric.byId(id).orElseThrow(), cues));
        return byMetric;
    }

    /** {@code name} is the field's path, dots between keys ("metricCues.killed"), so the error names its line. */
    private static void requireNonEmpty(String name, List<String> values) {
        Object[] path = name.split("\\.");
        if (values == null || values.isEmpty()) {
            throw new ConfigEntryException(name + " must be a non-empty list of non-blank phrases", path);
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null || values.get(i).isBlank()) {
                // copied as Object[]: split gives a String[], which would refuse the Integer index (ArrayStoreException)
                Object[] at = java.util.Arrays.copyOf(path, path.length + 1, Object[].class);
                at[path.length] = i;
                throw new ConfigEntryException(name + " must be a non-empty list of non-blank phrases", at);
            }
        }
    }

    /** A list compared with one word of the text at a time: a phrase in it could never match, so it is refused. */
    private static void requireSingleWords(String name, List<String> values) {
        requireNonEmpty(name, values);
        for (int i = 0; i < values.size(); i++) {
            if (!values.get(i).matches("\\p{L}+")) {
                throw new ConfigEntryException(name + ": '" + values.get(i) + "' is not a single word", name, i);
            }
        }
    }

    private static void requireKnown(String name, String value, Set<String> canonical) {
        if (!canonical.contains(value)) {
            throw new ConfigEntryException(name + ": '" + value + "' is not a qualifier value in 'qualifiers'", name);
        }
    }
}
