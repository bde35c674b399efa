package tally.app.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tally.app.compose.Fixtures.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tally.app.answer.Answer;
import tally.app.answer.Intent;
import tally.app.answer.ParsedQuestion;
import tally.app.answer.Subject;
import tally.app.compose.AnswerComposer;
import tally.app.question.TestConfig;
import tally.model.Claim;
import tally.model.Metric;
import tally.model.Passage;
import tally.model.Published;

/**
 * How a reply words counts, dates, passages and leads, each on a fixture where the wrong wording would show (these are
 * the wordings mutation testing found unguarded: a mutant of each survived the other tests).
 */
class ReplyWordingTest {

    private final AnswerComposer composer = new AnswerComposer(TestConfig.DIRECTORY);
    private final TextRenderer renderer = new TextRenderer();

    private static ParsedQuestion asking(Metric metric, Intent intent) {
        return new ParsedQuestion(Set.of(metric), null, null, null, true, Subject.UNSTATED, intent, List.of(), null,
                true);
    }

    @Test
    void aShortNameCutsATitleAfterTheCommaButNeverAListOfSources() {
        assertEquals("Volodymyr Zelensky", Wording.shortName(claimant("zelensky")));
        assertEquals("Jang Min-ho", Wording.shortName(tally.model.Claimant.unlisted("Jang Min-ho, head of a defector "
                + "group", tally.model.Claimant.Kind.PERSON)));
        assertEquals("South Korean, Ukrainian and Western estimates", Wording.shortName(tally.model.Claimant.unlisted(
                "South Korean, Ukrainian and Western estimates", tally.model.Claimant.Kind.GROUP)));
    }

    @Test
    void claimsLeftOutThatAreAllUndatedAreCalledUndatedNotOlder() {
        List<Claim> claims = new ArrayList<>();
        for (int d = 1; d <= 12; d++) {
            claims.add(claim(Metric.DEPLOYED, fig(1000L + d, 1000L + d, String.valueOf(1000 + d)), "nis", null,
                    day(2025, 3, d), AL_JAZEERA, 0));
        }
        claims.add(claim(Metric.DEPLOYED, fig(null, null, "thousands"), null, null, tally.model.ClaimDate.UNKNOWN,
                KYIV, 1));
        String text = renderer.render(composer.compose("q", asking(Metric.DEPLOYED, Intent.LIST), index(claims)));
        assertTrue(text.contains("\n- ... and 1 undated claim (`figures` lists every claim)\n"), text);
        assertFalse(text.contains("older"), text);
    }

    @Test
    void aRevisionShowsBothDatesBareEvenWhenOneIsTheReportsDate() {
        Claim earlier = own(claim(Metric.KILLED_OR_WOUNDED, fig(3500L, 3500L, "3,500"), "budanov", null,
                day(2025, 1, 10), EUROMAIDAN, 1));
        String text = renderer.render(composer.compose("q", asking(Metric.KILLED_OR_WOUNDED, Intent.LIST),
                index(List.of(BUDANOV_LOST, earlier))));
        assertTrue(text.contains("\nKyrylo Budanov revised the figure from 3,500 (10 Jan 2025) to about 4,000 (4 Feb 2025)\n"),
                text);
    }

    /** A composer of its own per corpus: a composer keeps its groups per question and index version. */
    private String ends(List<Claim> claims, Intent intent) {
        return renderer.render(new AnswerComposer(TestConfig.DIRECTORY).compose("q", asking(Metric.KILLED, intent),
                index(claims)));
    }

    /**
     * Round 67: "Highest total claimed ...: approximately 100 — NIS" when the NIS alone gave a total announced a
     * comparison with nobody. One claimant's totals, however many, say that nothing is compared; two claimants'
     * totals are compared as before, and a total from a claimant unknown is another side.
     */
    @Test
    void aSuperlativeOverOneClaimantsTotalsSaysThereIsNothingToCompare() {
        Claim nis = claim(Metric.KILLED, fig(100L, 100L, "about 100"), "nis", null, day(2025, 1, 20), EUROMAIDAN, 1);
        Claim nisOther = claim(Metric.KILLED, fig(300L, 300L, "300"), "nis", null, day(2025, 1, 5), PRAVDA, 1);
        Claim hur = claim(Metric.KILLED, fig(200L, 200L, "200"), "budanov", null, day(2025, 1, 10), KYIV, 1);
        Claim nobody = claim(Metric.KILLED, fig(500L, 500L, "500"), null, null, day(2024, 12, 20), AL_JAZEERA, 0);
        String one = ends(List.of(nis), Intent.HIGHEST);
        assertTrue(one.startsWith("Only one claimant gives a total for North Korean troops killed, so there is nothing"
                + " to compare it with: about 100 — South Korea's National Intelligence Service (NIS), claimed"), one);
        assertFalse(one.contains("Highest total"), one);
        String twice = ends(List.of(nis, nisOther), Intent.LOWEST);
        assertTrue(twice.startsWith("Only one claimant gives totals for North Korean troops killed, so there is nothing"
                + " to compare them with; its lowest: about 100 — South Korea's"), twice);
        assertFalse(twice.contains("Lowest total"), twice);
        String unknown = ends(List.of(nobody), Intent.HIGHEST);
        assertTrue(unknown.startsWith("Only one total is given for North Korean troops killed, from a claimant unknown,"
                + " so there is nothing to compare it with: 500 — claimant unknown"), unknown);
        String two = ends(List.of(nis, hur), Intent.HIGHEST);
        assertTrue(two.startsWith("Highest total claimed for North Korean troops killed: 200 — Kyrylo Budanov"), two);
        assertFalse(two.contains("Only one"), two);
        String withUnknown = ends(List.of(nis, hur, nobody), Intent.HIGHEST);
        assertFalse(withUnknown.contains("Only one"), withUnknown);
    }

    /**
     * Round 67: a figure left out of the comparison is said to be so for the reasons that hold, in its line's words:
     * "comes from an unnamed source" stood under "Western officials (unnamed)" named highest, for a figure listed as
     * "claimant unknown".
     */
    @Test
    void aFigureLeftOutOfTheComparisonIsSaidWhyInTheWordsOfItsLine() {
        Claim nis = claim(Metric.KILLED, fig(100L, 100L, "about 100"), "nis", null, day(2025, 1, 20), EUROMAIDAN, 1);
        Claim hur = claim(Metric.KILLED, fig(200L, 200L, "200"), "budanov", null, day(2025, 1, 10), KYIV, 1);
        Claim nobody = claim(Metric.KILLED, fig(500L, 500L, "500"), null, null, day(2024, 12, 20), AL_JAZEERA, 0);
        Claim weekly = claim(Metric.KILLED, fig(900L, 900L, "900"), "zelensky", null, day(2025, 1, 11), KYIV, 0)
                .withScope(tally.model.Scope.PERIOD);
        String unnamed = ends(List.of(nis, hur, nobody), Intent.HIGHEST);
        assertTrue(unnamed.contains(" A figure below goes higher but is left out of this comparison: it has no known"
                + " claimant (listed as “claimant unknown”).\n"), unnamed);
        assertFalse(unnamed.contains("unnamed source"), unnamed);
        assertFalse(unnamed.contains("one period"), unnamed);
        String period = ends(List.of(nis, hur, weekly), Intent.HIGHEST);
        assertTrue(period.contains(" A figure below goes higher but is left out of this comparison: it counts one"
                + " period, one incident, part of the force or a forecast.\n"), period);
        assertFalse(period.contains("claimant unknown"), period);
        String both = ends(List.of(nis, hur, nobody, weekly), Intent.HIGHEST);
        assertTrue(both.contains(" Figures below go higher but are left out of this comparison: each counts one period,"
                + " one incident, part of the force or a forecast or has no known claimant"), both);
        assertFalse(ends(List.of(nis, hur), Intent.HIGHEST).contains("left out of this comparison"));
    }

    /**
     * Trial 15: "more than 6,000" beside the highest "approximately 6,000" is another figure, open upward: it names 6,000
     * as a bound and may go higher, never "the same number"; "some 6,000" beside it still is the same number.
     */
    @Test
    void aFigureOpenPastTheHighestAtItsNumberIsNoSameNumberButMayGoHigher() {
        Claim nis = claim(Metric.KILLED_OR_WOUNDED, fig(6000L, 6000L, "approximately 6,000"), "nis", null,
                day(2025, 3, 2), EUROMAIDAN, 1);
        Claim uk = claim(Metric.KILLED_OR_WOUNDED, fig(6000L, null, "more than 6,000"), "zelensky", null,
                day(2025, 3, 1), AL_JAZEERA, 1);
        Claim same = claim(Metric.KILLED_OR_WOUNDED, fig(6000L, 6000L, "some 6,000"), "budanov", null,
                day(2025, 2, 1), PRAVDA, 0);
        Claim lower = claim(Metric.KILLED_OR_WOUNDED, fig(2000L, 2000L, "2,000"), "pentagon", null,
                day(2025, 1, 1), KYIV, 0);
        String text = renderer.render(composer.compose("highest?", asking(Metric.KILLED_OR_WOUNDED, Intent.HIGHEST),
                index(List.of(nis, uk, same, lower))));
        assertTrue(text.contains("(combined casualties): approximately 6,000 — South Korea's National Intelligence"), text);
        assertTrue(text.contains(" Other totals use the same number, each in its own words: some 6,000 — Kyrylo Budanov"),
                text);
        assertTrue(text.contains(". Other totals name 6,000 as a bound, so they may go higher: more than 6,000 — Volodymyr"
                + " Zelensky"), text);
        assertFalse(text.contains("own words: more than 6,000"), text);
        assertFalse(text.contains("; more than 6,000"), text);
    }

    /**
     * Trial 15: a claim moderators corrected is said to be corrected on every line that shows it: a check reply's
     * line, the "Highest total" line, a revision and a spread's end, not only its line in the list.
     */
    @Test
    void everyLineThatShowsACorrectedClaimSaysSo() {
        Claim corrected = own(claim(Metric.KILLED_OR_WOUNDED, fig(3000L, 3000L, "3,000"), "budanov", null,
                day(2025, 3, 1), EUROMAIDAN, 1)).withModeration(new tally.model.Moderation("abcde12345",
                Set.of(tally.model.ClaimField.CLAIMANT)));
        Claim earlier = own(claim(Metric.KILLED_OR_WOUNDED, fig(1000L, 1000L, "1,000"), "budanov", null,
                day(2025, 1, 10), EUROMAIDAN, 1));
        List<Claim> claims = List.of(corrected, earlier);
        String note = "claimant corrected by moderators";
        String highest = renderer.render(composer.compose("highest?", asking(Metric.KILLED_OR_WOUNDED, Intent.HIGHEST),
                index(claims)));
        // one claimant's two totals: nothing is compared (round 67), and the lead still names the corrected end
        String lead = highest.lines().filter(l -> l.startsWith("Only one claimant gives totals")).findFirst()
                .orElseThrow();
        assertTrue(lead.contains("3,000 — Kyrylo Budanov") && lead.contains("(" + note + ")."), highest);
        String listed = renderer.render(composer.compose("q", asking(Metric.KILLED_OR_WOUNDED, Intent.LIST),
                index(claims)));
        String revision = listed.lines().filter(l -> l.contains(" revised the figure from ")).findFirst().orElseThrow();
        assertTrue(revision.endsWith("to 3,000 (1 Mar 2025; " + note + ")"), listed);
        String spread = listed.lines().filter(l -> l.startsWith("Spread of the totals")).findFirst().orElseThrow();
        assertTrue(spread.contains("to 3,000 (") && spread.contains("; " + note + ")"), listed);
        ParsedQuestion check = asking(Metric.KILLED_OR_WOUNDED, Intent.LIST)
                .withIntent(Intent.CHECK, new tally.app.answer.NumberAsked(3000, "3,000"));
        String checked = renderer.render(composer.compose("is it 3,000?", check, index(claims)));
        String line = checked.lines().filter(l -> l.startsWith("- ") && l.contains("3,000 — Kyrylo Budanov"))
                .findFirst().orElseThrow();
        assertTrue(line.endsWith("(" + note + ")"), checked);
    }

    /** A combined casualty total of 3,500 claimed on 10 Jan 2025 by {@code claimant}. */
    private static Claim combined3500(String claimant) {
        return own(claim(Metric.KILLED_OR_WOUNDED, fig(3500L, 3500L, "3,500"), claimant, null, day(2025, 1, 10),
                EUROMAIDAN, 1));
    }

    @Test
    void aQuestionAboutRevisionsOpensWithEachChangeUnderItsMeasure() {
        String text = renderer.render(composer.compose("has anyone revised their figure?",
                asking(Metric.KILLED_OR_WOUNDED, Intent.REVISIONS), index(List.of(BUDANOV_LOST, combined3500("budanov")))));
        assertTrue(text.startsWith("Changes of a named claimant's own total for one measure, newest first"), text);
        assertTrue(text.contains("\n- Kyrylo Budanov revised the figure from 3,500 (10 Jan 2025) to about 4,000 (4 Feb 2025)"
                + " (North Korean troops killed or wounded (combined casualties))\n"), text);
        assertFalse(text.contains("No named claimant here gives two different totals"), text);
    }

    @Test
    void aQuestionAboutRevisionsWithNoneSaysWhyAndStillListsTheFigures() {
        String text = renderer.render(composer.compose("has anyone revised their figure?",
                asking(Metric.KILLED_OR_WOUNDED, Intent.REVISIONS), index(List.of(BUDANOV_LOST, combined3500("zelensky")))));
        assertTrue(text.startsWith(Leads.NO_REVISION + "\n\n"), text);
        assertTrue(text.contains("\n- 3,500 — Volodymyr Zelensky"), text);
        assertFalse(text.contains(" revised "), text);
    }

    @Test
    void aQuestionAboutRevisionsShowsEveryOneWhereAListingShowsTheNewestFew() {
        List<Claim> rising = new ArrayList<>();
        for (int d = 1; d <= 9; d++) {
            rising.add(own(claim(Metric.KILLED_OR_WOUNDED, fig(1000L * d, 1000L * d, d + ",000"),
                    "nis", null, day(2025, 3, d), AL_JAZEERA, 0)));
        }
        long listed = renderer.render(composer.compose("q", asking(Metric.KILLED_OR_WOUNDED, Intent.LIST),
                index(rising))).lines().filter(l -> l.contains(" revised its figure from ")).count();
        long asked = renderer.render(composer.compose("has the NIS revised its figure?",
                asking(Metric.KILLED_OR_WOUNDED, Intent.REVISIONS), index(rising))).lines()
                .filter(l -> l.startsWith("- ") && l.contains(" revised its figure from ")).count();
        assertEquals(6, listed); // a listing keeps the newest six (AnswerComposer.SHOWN_REVISIONS)
        assertEquals(8, asked);
    }

    @Test
    void firstFiguresOfMoreClaimantsThanShownAreListedOldestFirstAndTheRestCalledLater() {
        List<String> ids = List.of("zelensky", "budanov", "nis", "jcs", "lee_sung_kwon", "park_sun_won", "pentagon",
                "lloyd_austin", "hur", "ukraine_general_staff", "us_state_department", "white_house", "isw", "kim_jong_un");
        List<Claim> newestFirst = new ArrayList<>();
        for (int i = ids.size() - 1; i >= 0; i--) {
            newestFirst.add(claim(Metric.DEPLOYED, fig(1000L + i, 1000L + i, (1000 + i) + " troops"), ids.get(i), null,
                    day(2025, 1, 1 + i), AL_JAZEERA, 0));
        }
        String text = renderer.render(composer.compose("What was the first estimate of troops sent?",
                asking(Metric.DEPLOYED, Intent.EARLIEST), index(newestFirst)));
        List<String> days = text.lines().filter(l -> l.startsWith("- ") && l.contains(" — claimed "))
                .map(l -> l.replaceAll(".* — claimed (\\d+ \\w+ \\d+).*", "$1")).toList();
        assertEquals("1 Jan 2025", days.get(0), text);
        assertEquals("12 Jan 2025", days.get(11), text);
        // the highest end of the spread (Kim Jong Un, 14 Jan) is shown too, so one later claim is left out
        assertTrue(text.contains("\n- ... and 1 later claim (`figures` lists every claim)\n"), text);
    }

    @Test
    void aDateKnownOnlyToAMonthThatOverlapsANarrowerPeriodSaysSo() {
        tally.app.answer.Period mid = new tally.app.answer.Period(LocalDate.of(2025, 1, 10), LocalDate.of(2025, 1, 20),
                "between 10 and 20 January 2025");
        tally.app.answer.Period whole = new tally.app.answer.Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31),
                "in January 2025");
        assertTrue(renderer.figureLine(ZELENSKY_CAPTURED, mid).contains(
                " (known only to the month, which overlaps the period asked: between 10 and 20 January 2025)"),
                renderer.figureLine(ZELENSKY_CAPTURED, mid));
        assertFalse(renderer.figureLine(ZELENSKY_CAPTURED, whole).contains("known only"));
    }

    @Test
    void aRevisionLineIsTheSharedWording() {
        tally.app.answer.Revision r = new tally.app.answer.Revision(ZELENSKY_JAN.claimant(), ZELENSKY_DEC, ZELENSKY_JAN);
        assertEquals("Volodymyr Zelensky revised the figure from more than 3,000 (23 Dec 2024) to 4,000 (9 Jan 2025)",
                renderer.revision(r));
    }

    @Test
    void aPassageOfExactlyTheLimitIsShownWholeAndOneCharacterMoreIsCutBetweenWords() {
        String limit = ("North Korean troops " + "w".repeat(8) + " ").repeat(13).strip();
        limit = limit + "x".repeat(TextRenderer.PASSAGE_CHARS - limit.length());
        assertEquals(TextRenderer.PASSAGE_CHARS, limit.length());
        for (String body : List.of(limit, limit + "y")) {
            Passage p = new Passage("x.txt", null, null, new Published(LocalDate.of(2024, 12, 23), false, "header"), body, 1f);
            String text = renderer.render(new Answer("q", new ParsedQuestion(Set.of(), null, null, true), List.of(),
                    List.of(p), "The sources have no figures.", AnswerComposer.CAVEAT));
            boolean whole = body.length() == TextRenderer.PASSAGE_CHARS;
            assertEquals(whole, text.contains("\"" + body + "\""), text);
            assertEquals(!whole, text.contains(" …\""), text);
        }
    }

    @Test
    void aComparisonWithoutNamedSourcesNamesTheSidesItFound() {
        String text = renderer.render(composer.compose("Compare the figures", asking(Metric.KILLED_OR_WOUNDED,
                Intent.COMPARE), index()));
        String lead = text.lines().filter(l -> l.startsWith("Side by side, per measure: ")).findFirst().orElseThrow();
        assertEquals("Side by side, per measure: Ukraine; United States. Tally does not say which one is right.", lead,
                text);
    }

    @Test
    void whatDiffersSaysNothingOfUndatedOrDoubtfulClaimsWhenThereAreNone() {
        String text = renderer.render(composer.compose("Why do they differ?", asking(Metric.DEPLOYED,
                Intent.WHY_DIFFER), index()));
        assertTrue(text.contains("\n- When: claimed between 23 Oct 2024 and 4 Feb 2025.\n"), text);
        assertFalse(text.contains("Read with doubt"), text);
        assertFalse(text.contains("undated"), text);
    }
}
