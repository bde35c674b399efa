package tally.app.moderation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tally.model.ClaimField;

/**
 * The moderation log as moderators read it: every change, newest first, with what it does now in the corrected
 * corpus (in force, superseded by a later fix, undone, or acting on a claim no longer found).
 */
final class LogEntries {

    private LogEntries() {
    }

    /** The entries of {@code changes} (oldest first, as stored), newest first, against the claims shown now. */
    static List<LogEntry> of(List<Change> changes, CorrectedClaims current) {
        List<LogEntry> entries = new ArrayList<>();
        // newest first, so each fix is checked against the fields later fixes of its claim set again
        Map<String, Set<ClaimField>> setLater = new HashMap<>();
        for (int i = changes.size() - 1; i >= 0; i--) {
            Change c = changes.get(i);
            LogEntry e = entry(c, current);
            if (e.state() == LogEntry.State.IN_FORCE && c.action() == Change.Action.FIX) {
                Set<ClaimField> later = setLater.computeIfAbsent(Objects.requireNonNull(c.target()).id(),
                        k -> EnumSet.noneOf(ClaimField.class));
                if (later.containsAll(c.after().fields())) {
                    e = new LogEntry(c, LogEntry.State.SUPERSEDED, e.claimId());
                }
                later.addAll(c.after().fields());
            }
            entries.add(e);
        }
        return entries;
    }

    private static LogEntry entry(Change c, CorrectedClaims current) {
        if (!c.inForce()) {
            return new LogEntry(c, LogEntry.State.UNDONE, current.locate(Objects.requireNonNull(c.target()))
                    .map(CorrectedClaims.Entry::id).orElse(null));
        }
        Optional<CorrectedClaims.Entry> on = c.action() == Change.Action.UNDO
                ? current.locate(Objects.requireNonNull(c.target())) : current.actedOn(c);
        if (c.action() == Change.Action.UNDO) {
            return new LogEntry(c, LogEntry.State.IN_FORCE, on.map(CorrectedClaims.Entry::id).orElse(null));
        }
        return on.map(e -> new LogEntry(c, LogEntry.State.IN_FORCE, e.id()))
                .orElseGet(() -> new LogEntry(c, LogEntry.State.CLAIM_MISSING, null));
    }
}
