package tally.adapter.gen;

import java.util.List;
import java.util.Map;
import java.util.Random;
import tally.model.Metric;

/**
 * Writes one sentence that holds a claim, in the structures news copy uses: attribution before or after, "according
 * to", "told reporters on Monday that", quotes, a pronoun follow-up ("he added"), two figures in one sentence.
 * Returns the sentence with the truth claims it holds; the figure wording in each claim is exactly as in the sentence.
 */
final class ClaimSentences {

    /** A claim to write: who, what, the figure and when (the date phrase is already chosen for this article). */
    record Spec(Speaker speaker, Metric metric, FigureWords.Worded figure, DatePhrases.Phrase date,
                @org.jspecify.annotations.Nullable Speaker relayedBy) {
        Spec(Speaker speaker, Metric metric, FigureWords.Worded figure, DatePhrases.Phrase date) {
            this(speaker, metric, figure, date, null);
        }
    }

    /** A written sentence and the claims in it. */
    record Written(String sentence, List<TruthFile.Claim> claims) {
    }

    /** Clauses per metric. {N} is a figure before a noun; a leading '#' marks a clause for numbers only. */
    private static final Map<Metric, List<String>> CLAUSES = Map.of(
            Metric.KILLED, List.of(
                    "{N} North Korean soldiers have been killed in the Kursk region",
                    "{N} North Korean troops were killed in fighting in Kursk",
                    "Ukrainian forces have killed {N} North Korean soldiers",
                    "{N} North Korean servicemen have died fighting for Russia",
                    "#the number of North Korean soldiers killed has reached {N}",
                    "{N} North Korean soldiers have died since entering combat"),
            Metric.WOUNDED, List.of(
                    "{N} North Korean soldiers have been wounded",
                    "{N} North Korean troops were injured in the fighting",
                    "#the number of wounded North Korean soldiers has risen to {N}",
                    "{N} North Korean soldiers are being treated for wounds in Russian hospitals"),
            Metric.KILLED_OR_WOUNDED, List.of(
                    "{N} North Korean soldiers have been killed or wounded",
                    "North Korean units have suffered {N} casualties",
                    "North Korean troops have taken {N} casualties, counting both the dead and the wounded",
                    "{N} North Korean soldiers were killed or injured in Kursk",
                    "#North Korean losses, killed and wounded combined, stand at {N}"),
            Metric.CAPTURED, List.of(
                    "{N} North Korean soldiers have been captured",
                    "Ukrainian forces have captured {N} North Korean soldiers",
                    "{N} North Korean troops were taken prisoner in the Kursk region"),
            Metric.DEPLOYED, List.of(
                    "North Korea has sent {N} troops to Russia",
                    "{N} North Korean soldiers are now in Russia",
                    "Pyongyang has deployed {N} soldiers to the Kursk region",
                    "{N} North Korean troops are fighting alongside Russian forces",
                    "North Korea has dispatched {N} soldiers to help Moscow"),
            Metric.PLANNED_DEPLOYMENT, List.of(
                    "North Korea plans to send {N} additional troops to Russia",
                    "Pyongyang is expected to dispatch {N} additional soldiers in the coming months",
                    "{N} additional North Korean soldiers could be deployed to Russia",
                    "#North Korea is preparing to send another {N} troops"));

    private static final Map<Metric, String> NUMBER_OF = Map.of(
            Metric.KILLED, "the number of North Korean soldiers killed",
            Metric.WOUNDED, "the number of North Korean soldiers wounded",
            Metric.KILLED_OR_WOUNDED, "North Korean casualties",
            Metric.CAPTURED, "the number of North Korean soldiers captured",
            Metric.DEPLOYED, "the number of North Korean troops in Russia",
            Metric.PLANNED_DEPLOYMENT, "the number of additional troops Pyongyang plans to send");

    private static final String FIGURE = "\u0000F\u0000";

    private final Random random;

    ClaimSentences(Random random) {
        this.random = random;
    }

    /** Picks a clause for the metric that reads well with this figure. */
    String clause(Metric metric, FigureWords.Worded figure) {
        List<String> options = CLAUSES.get(metric).stream()
                .filter(c -> !figure.vague() || !c.startsWith("#")).toList();
        String c = options.get(random.nextInt(options.size()));
        return (c.startsWith("#") ? c.substring(1) : c).replace("{N}", FIGURE);
    }

    Written attributed(Spec spec, String name) {
        String clause = clause(spec.metric(), spec.figure());
        String de = spec.date().text();
        String d = de.isEmpty() ? "" : " " + de;
        String sentence = switch (random.nextInt(13)) {
            case 0 -> name + " said" + d + " that " + clause + ".";
            case 1 -> clause + ", " + name + " said" + d + ".";
            case 2 -> de.isEmpty() ? "According to " + name + ", " + clause + "."
                    : "According to an assessment " + name + " released " + de + ", " + clause + ".";
            case 3 -> name + " told reporters" + d + " that " + clause + ".";
            case 4 -> de.isEmpty() ? clause + ", according to " + name + "."
                    : clause + ", according to figures " + name + " released " + de + ".";
            case 5 -> quote(clause) + " " + name + " said" + d + ".";
            case 6 -> "In a statement" + d + ", " + name + " estimated that " + clause + ".";
            case 7 -> de.isEmpty() ? name + " said " + clause + "." : Text.capitalize(de) + ", " + name + " said " + clause + ".";
            case 8 -> name + " estimated" + d + " that " + clause + ".";
            case 9 -> (de.isEmpty() ? "Speaking to reporters" : "Speaking " + de) + ", " + name + " said " + clause + ".";
            case 10 -> name + ", in a post on X" + d + ", said " + clause + ".";
            case 11 -> spec.figure().vague() ? name + " said" + d + that(d) + clause + "."
                    : name + " put " + NUMBER_OF.get(spec.metric()) + " at " + FIGURE + d + ".";
            default -> name + " said" + d + that(d) + clause + ".";
        };
        return finish(sentence, List.of(spec));
    }

    /**
     * A claim passed on by someone else: "Lee Sung-kwon, citing the National Intelligence Service, said ...". The
     * claimant is the source cited; the relay is the one speaking.
     */
    Written relayed(Spec spec, String sourceName, String relayName) {
        String clause = clause(spec.metric(), spec.figure());
        String de = spec.date().text();
        String d = de.isEmpty() ? "" : " " + de;
        String sentence = switch (random.nextInt(3)) {
            case 0 -> relayName + ", citing " + sourceName + ", said" + d + " that " + clause + ".";
            case 1 -> relayName + " told reporters" + d + " after a briefing by " + sourceName + " that " + clause + ".";
            default -> "According to " + relayName + ", who was briefed by " + sourceName + (de.isEmpty() ? "" : " " + de)
                    + ", " + clause + ".";
        };
        return finish(sentence, List.of(spec));
    }

    /** A sentence that continues the previous one by the same person: "He added that ...". */
    Written followUp(Spec spec) {
        String pronoun = spec.speaker().pronoun();
        if (pronoun == null) {
            throw new IllegalArgumentException("only people are followed up with a pronoun: " + spec.speaker().id());
        }
        String clause = clause(spec.metric(), spec.figure());
        String sentence = switch (random.nextInt(4)) {
            case 0 -> Text.capitalize(pronoun) + " added that " + clause + ".";
            case 1 -> quote(clause) + " " + pronoun + " added.";
            case 2 -> Text.capitalize(pronoun) + " also said " + clause + ".";
            default -> Text.capitalize(pronoun) + " said " + clause + ".";
        };
        return finish(sentence, List.of(spec));
    }

    /** "... about 300 North Korean soldiers had been killed and 2,700 wounded": two claims in one sentence. */
    Written killedAndWounded(Spec killed, Spec wounded, String name) {
        String d = killed.date().text().isEmpty() ? "" : " " + killed.date().text();
        String sentence = name + " said" + d + " that " + FIGURE + " North Korean soldiers had been killed and "
                + FIGURE + (random.nextBoolean() ? " wounded." : " injured.");
        return finish(sentence, List.of(killed, wounded));
    }

    /**
     * "said in April that 2-3 ..." rather than "said in April 2-3 ...", which a reader would take for a date range:
     * after a date phrase the clause needs "that".
     */
    private static String that(String datePhrase) {
        return datePhrase.isEmpty() ? " " : " that ";
    }

    private String quote(String clause) {
        String c = Text.capitalize(clause);
        return random.nextInt(3) == 0 ? "\"" + c + ",\"" : "\u201c" + c + ",\u201d";
    }

    /** Puts each figure's wording in place (capitalised at the start of a sentence or quote) and records the truth. */
    private static Written finish(String template, List<Spec> specs) {
        StringBuilder out = new StringBuilder();
        List<TruthFile.Claim> claims = new java.util.ArrayList<>();
        int from = 0;
        for (Spec spec : specs) {
            int at = template.indexOf(FIGURE, from);
            out.append(template, from, at);
            FigureWords.Worded figure = startsSentence(out) ? spec.figure().capitalized() : spec.figure();
            out.append(figureAt(template, at, figure));
            claims.add(new TruthFile.Claim(spec.metric().id(), figure.low(), figure.high(), figure.qualifier(),
                    figure.text(), spec.speaker().id(), spec.relayedBy() == null ? null : spec.relayedBy().id(),
                    spec.date().iso(), spec.date().precision(), ""));
            from = at + FIGURE.length();
        }
        out.append(template.substring(from));
        String sentence = Text.capitalize(out.toString());
        return new Written(sentence, claims.stream().map(c -> c.withSentence(sentence)).toList());
    }

    /** A figure before a noun needs "of" when vague ("hundreds of"); at the end of a clause it stands alone. */
    private static String figureAt(String template, int at, FigureWords.Worded figure) {
        int after = at + FIGURE.length();
        boolean beforeWord = after + 1 < template.length() && template.charAt(after) == ' '
                && Character.isLetter(template.charAt(after + 1));
        return beforeWord ? figure.beforeNoun() : figure.text();
    }

    private static boolean startsSentence(CharSequence soFar) {
        return soFar.isEmpty() || soFar.length() == 1 && (soFar.charAt(0) == '"' || soFar.charAt(0) == '\u201c');
    }
}
