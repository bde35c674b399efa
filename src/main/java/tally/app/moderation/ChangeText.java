package tally.app.moderation;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tally.model.Claimant;
import tally.model.ClaimDate;

/** Changes in words, the same for the command line and Discord (which escapes them for markdown). */
public final class ChangeText {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private ChangeText() {
    }

    /** "2026-11-30 10:40 UTC". */
    public static String when(java.time.Instant at) {
        return WHEN.format(at);
    }

    /** "hide", "fix", "undo of change 3". */
    public static String action(Change c) {
        return c.action() == Change.Action.UNDO ? "undo of change " + c.undoes()
                : c.action().name().toLowerCase(Locale.ROOT);
    }

    /**
     * Where a change reaches when several articles report the claim, or null for one: a change is to the claim, so it
     * shows in every article's report of it, while the change names only the first (trial 10: a relay removed for one
     * article's sentence also left the other's, which named that relay).
     */
    public static @Nullable String reach(Optional<CorrectedClaims.Entry> entry) {
        List<String> files = entry.map(e -> e.extracted().sources().stream().map(tally.model.Source::file).distinct()
                .toList()).orElse(List.of());
        return files.size() < 2 ? null : "the claim is reported by " + files.size() + " articles, and the change applies"
                + " to it in each: " + String.join(", ", files);
    }

    /** The claim as the change names it: {@code "about 100" (killed) in 001_nis.txt}. */
    public static String claim(ClaimRef ref) {
        return "\"" + ref.wording() + "\" (" + ref.metric().id() + ") in " + ref.file();
    }

    /** What the change does: "hidden", "shown again", "claimant: A → B; claim date: unknown → Dec 2024". */
    /**
     * For a fix that set a claimant or relay the directory does not list: "the claimant 'zelenksy' is no id or name in
     * config/claimants.json, so it is kept as the source's own words". A mistyped id is allowed (it may be the
     * source's own words) but should not pass unseen. Null when the fix set none such.
     */
    public static @Nullable String unlistedNote(Change c) {
        List<String> unlisted = new ArrayList<>();
        if (c.action() == Change.Action.FIX) {
            addUnlisted(unlisted, "claimant", c.after().claimant());
            addUnlisted(unlisted, "relay", c.after().relay());
        }
        if (unlisted.isEmpty()) {
            return null;
        }
        boolean one = unlisted.size() == 1;
        return String.join(" and ", unlisted) + (one ? " is" : " are") + " no id or name in config/claimants.json, so "
                + (one ? "it is" : "they are") + " kept as the source's own words";
    }

    private static void addUnlisted(List<String> out, String field, @Nullable Claimant set) {
        if (set != null && set.known() && !set.listed()) {
            out.add("the " + field + " '" + set.name() + "'");
        }
    }

    public static String effect(Change c) {
        if (c.after().hidden() != null && c.after().fields().isEmpty()) {
            return c.after().hidden() ? "hidden" : "shown again";
        }
        List<String> parts = new ArrayList<>();
        boolean undo = c.action() == Change.Action.UNDO;
        Amendment b = c.before();
        Amendment a = c.after();
        if (a.metric() != null) {
            parts.add("metric: " + arrow(undo, b.metric() == null ? "as extracted" : b.metric().id(), a.metric().id()));
        }
        if (a.claimant() != null) {
            parts.add("claimant: " + arrow(undo, name(b.claimant(), "as extracted"), name(a.claimant(), "?")));
        }
        if (a.relaySet()) {
            parts.add("relay: " + arrow(undo, b.relaySet() ? name(b.relay(), "none") : "as extracted", name(a.relay(), "none")));
        }
        if (a.date() != null || b.date() != null) {
            parts.add("claim date: " + arrow(undo, date(b.date()), date(a.date())));
        }
        if (a.scope() != null) {
            parts.add("scope: " + arrow(undo, b.scope() == null ? "as extracted" : b.scope().id(), a.scope().id()));
        }
        return parts.isEmpty() ? "no field" : String.join("; ", parts);
    }

    /** One line of the log: "#3 2026-11-30 10:40 UTC cli:alice hide (in force)". */
    public static String heading(LogEntry e) {
        Change c = e.change();
        String state = switch (e.state()) {
            case IN_FORCE -> "in force";
            case SUPERSEDED -> "superseded: a later fix sets the same fields";
            case UNDONE -> "undone by change " + c.undoneBy();
            case CLAIM_MISSING -> "its claim is no longer in the corpus";
        };
        return "#" + c.id() + "  " + when(c.at()) + "  " + c.actor() + "  " + action(c) + "  (" + state + ")";
    }

    /**
     * "A → B"; a fix that sets what was already shown can only confirm a reading the extractor marked uncertain (any
     * other is refused as changing nothing), so "A → A" says that instead.
     */
    private static String arrow(boolean undo, String before, String after) {
        // trial 12: an undo of a confirmation repeated the fix's words; it restores the doubtful reading
        return !before.equals(after) ? before + " → " + after
                : undo ? after + " (its confirmation undone: read with doubt again, as extracted)"
                : after + " (confirmed; it had been read with doubt)";
    }

    private static String name(@Nullable Claimant c, String otherwise) {
        return c == null ? otherwise : c.name();
    }

    private static String date(@Nullable ClaimDate d) {
        return d == null || !d.known() ? "unknown" : d.iso();
    }
}
