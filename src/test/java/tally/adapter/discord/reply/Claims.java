package tally.adapter.discord.reply;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import tally.app.answer.Answer;
import tally.app.answer.FigureGroup;
import tally.app.answer.ParsedQuestion;
import tally.app.answer.Revision;
import tally.model.Claim;
import tally.model.ClaimDate;
import tally.model.Claimant;
import tally.model.DateBasis;
import tally.model.Figure;
import tally.model.Metric;
import tally.model.Published;
import tally.model.Source;

/** Hand-built claims and answers for the rendering tests. */
final class Claims {
    static final String CAVEAT = "All figures below are unverified claims.";
    static final Claimant NIS = new Claimant("nis", "South Korea's National Intelligence Service", Claimant.Kind.OFFICIAL_BODY);
    static final Claimant LAWMAKER = new Claimant("lee_seong_kweun", "Lee Seong-kweun", Claimant.Kind.PERSON);
    static final Claimant GUR = new Claimant("gur", "Ukraine's military intelligence (HUR)", Claimant.Kind.OFFICIAL_BODY);

    private Claims() {
    }

    static Source source(String outlet, String url, int day, String quote) {
        return new Source("00" + day + ".txt", outlet, outlet + " report", url, Published.stated(LocalDate.of(2025, 1, day)), quote);
    }

    static Claim claim(Metric metric, String text, Claimant claimant, int day, Source... sources) {
        return new Claim(metric, new Figure(null, null, null, text), claimant, null,
                ClaimDate.day(LocalDate.of(2025, 1, day), DateBasis.STATED), List.of(sources));
    }

    static Answer answer(String question, List<FigureGroup> groups) {
        return new Answer(question, new ParsedQuestion(Set.of(Metric.KILLED), null, null, true), groups, List.of(), null, CAVEAT);
    }

    /** Killed: NIS revised from about 100 to some 300, the HUR says "more than 1,000"; plus a related group. */
    static Answer contested() {
        Source yonhap = source("Yonhap", "https://en.yna.co.kr/view/1", 13, "About 300 were killed, the NIS said.");
        Source kyiv = source("Kyiv Independent", null, 9, "More than 1,000 North Korean troops died, HUR said.");
        Claim early = new Claim(Metric.KILLED, new Figure(100L, 100L, "about", "about 100"), NIS, LAWMAKER,
                ClaimDate.day(LocalDate.of(2024, 12, 19), DateBasis.STATED), List.of(yonhap));
        Claim late = claim(Metric.KILLED, "some 300", NIS, 13, yonhap);
        Claim hur = claim(Metric.KILLED, "more than 1,000", GUR, 9, kyiv, yonhap);
        Claim combined = new Claim(Metric.KILLED_OR_WOUNDED, new Figure(3000L, 3000L, null, "3,000"), GUR, null,
                ClaimDate.month(LocalDate.of(2025, 1, 1)), List.of(kyiv));
        FigureGroup killed = new FigureGroup(Metric.KILLED, List.of(late, hur, early), early, hur,
                List.of(new Revision(NIS, early, late)), false);
        FigureGroup related = new FigureGroup(Metric.KILLED_OR_WOUNDED, List.of(combined), null, null, List.of(), true);
        return answer("How many North Korean soldiers were killed?", List.of(killed, related));
    }
}
