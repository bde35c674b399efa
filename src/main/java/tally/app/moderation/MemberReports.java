package tally.app.moderation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tally.app.port.ModerationStore;
import tally.model.Claim;
import tally.model.PlainText;

/**
 * Members' reports of figures they think wrong: filed at most {@code reportsPerHour} an hour per member (the one
 * limit that keeps a member from flooding the moderators' list), and the open ones listed grouped by figure.
 */
final class MemberReports {

    private final ModerationStore store;
    private final CorrectedCorpus corpus;
    private final int reportsPerHour;

    MemberReports(ModerationStore store, CorrectedCorpus corpus, int reportsPerHour) {
        if (reportsPerHour < 1) {
            throw new IllegalArgumentException("reportsPerHour must be at least 1");
        }
        this.store = store;
        this.corpus = corpus;
        this.reportsPerHour = reportsPerHour;
    }

    /**
     * Files a member's report of a figure at {@code now}. One per member and figure (a second replaces the first); at
     * most {@code reportsPerHour} per member in any hour, else refused with when to try again.
     */
    Report.Filed file(Actor member, CorrectedClaims.Entry entry, Instant now, Report.Reason reason,
                      @Nullable String text) {
        if (store.reportsSince(member, now.minus(Duration.ofHours(1))) >= reportsPerHour) {
            throw new Refusal("you have sent " + reportsPerHour + " reports in the last hour, the most Tally takes; "
                    + "try again later. Thank you for checking the figures.");
        }
        String note = text == null || text.isBlank() ? null : PlainText.neutralised(text).strip();
        note = note == null || note.isEmpty() ? null : note;
        if (note != null && note.length() > Report.TEXT_LIMIT) {
            throw new Refusal("keep it to " + Report.TEXT_LIMIT + " characters");
        }
        if (reason == Report.Reason.OTHER && note == null) {
            throw new Refusal("say in a few words what is wrong with this figure");
        }
        ClaimRef ref = ClaimKeys.ref(entry.extracted(), entry.id());
        return store.file(new Report(0, member, ref, reason, note, now, null));
    }

    /** Open reports grouped by figure, the most recently reported first. */
    List<ReportedFigure> open() {
        Map<String, List<Report>> byClaim = new LinkedHashMap<>();
        for (Report r : store.openReports()) {
            byClaim.computeIfAbsent(r.claim().id(), k -> new ArrayList<>()).add(r);
        }
        CorrectedClaims current = corpus.current();
        List<ReportedFigure> figures = new ArrayList<>();
        byClaim.forEach((id, reports) -> {
            Map<Report.Reason, Integer> reasons = new EnumMap<>(Report.Reason.class);
            List<String> texts = new ArrayList<>();
            for (Report r : reports) {
                reasons.merge(r.reason(), 1, Integer::sum);
                if (r.text() != null) {
                    texts.add(r.text());
                }
            }
            Claim shown = current.locate(reports.get(0).claim()).map(CorrectedClaims.Entry::shown).orElse(null);
            figures.add(new ReportedFigure(id, reports.get(0).claim(), reports.size(), reports.get(0).at(), reasons,
                    texts, shown));
        });
        return figures;
    }
}
