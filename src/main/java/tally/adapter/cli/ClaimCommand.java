package tally.adapter.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tally.adapter.command.CommandFailure;
import tally.adapter.command.JsonOption;
import tally.adapter.command.Launcher;
import tally.adapter.command.Locations;
import tally.adapter.command.TallyCommandLine;
import tally.app.moderation.Actor;
import tally.app.moderation.Change;
import tally.app.moderation.ChangeText;
import tally.app.moderation.Fix;
import tally.app.moderation.LogEntry;
import tally.app.moderation.Moderator;

/**
 * {@code tally claim hide|fix|undo|log}: moderators' corrections from the command line, for operators without
 * Discord. A contract scripts rely on: the claim ids are those of {@code figures --json}; each change prints one line
 * beginning "change N:" on standard output; a refusal (no such claim, nothing to change, no reason) or a database
 * failure is one line on standard error with exit code 1; wrong arguments exit 2. Changes are recorded as made by
 * "cli:" and the operating-system user.
 */
@Command(name = "claim", mixinStandardHelpOptions = true,
        description = "Moderators: hide or correct a claim (with a reason), undo a change, read the change log.")
public final class ClaimCommand {

    @Spec
    private CommandSpec spec;

    private final Launcher launcher;
    private final Actor actor;

    /** @param user the operating-system user the changes are recorded as made by ("cli:" + user) */
    public ClaimCommand(Launcher launcher, String user) {
        this.launcher = launcher;
        this.actor = Actor.cli(user);
    }

    @Command(name = "hide", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Hide a claim from every reply (the log keeps it; `claim undo` shows it again).")
    int hide(@Mixin Locations where,
             @Parameters(paramLabel = "ID", description = "the claim's id, from `tally figures --json`") String id,
             @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "why (kept in the log)")
             String reason) {
        Moderator moderator = moderator(where);
        Change change = moderator.hide(id, reason, actor);
        out().println("change " + change.id() + ": hid claim " + target(change).id() + " " + ChangeText.claim(target(change))
                + "; undo with: tally claim undo " + change.id());
        printReach(moderator, change);
        return TallyCommandLine.OK;
    }

    @Command(name = "fix", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Correct a claim's metric, claimant, relay, date or scope.")
    int fix(@Mixin Locations where,
            @Parameters(paramLabel = "ID", description = "the claim's id, from `tally figures --json`") String id,
            @Option(names = "--metric", paramLabel = "M", description = "killed, wounded, killed_or_wounded, captured, "
                    + "deployed or planned_deployment") @Nullable String metric,
            @Option(names = "--claimant", paramLabel = "NAME", description = "an id or name of config/claimants.json, "
                    + "or the source's own words") @Nullable String claimant,
            @Option(names = "--relay", paramLabel = "NAME", description = "who passed the claim on, as --claimant; "
                    + "'none' removes it") @Nullable String relay,
            @Option(names = "--date", paramLabel = "YYYY-MM-DD|YYYY-MM", description = "when the claim was made")
            @Nullable String date,
            @Option(names = "--scope", paramLabel = "S", description = "total, period, incident, subset or forecast")
            @Nullable String scope,
            @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "why (kept in the log)")
            String reason) {
        Moderator moderator = moderator(where);
        Change change = moderator.fix(id, new Fix(metric, claimant, relay, date, scope), reason, actor);
        out().println("change " + change.id() + ": corrected claim " + target(change).id() + " " + ChangeText.claim(target(change))
                + ": " + ChangeText.effect(change) + "; undo with: tally claim undo " + change.id());
        printReach(moderator, change);
        String note = ChangeText.unlistedNote(change);
        if (note != null) {
            spec.commandLine().getErr().println("tally claim fix: note: " + note + "; if you meant a listed one, undo with"
                    + " `tally claim undo " + change.id() + "` and give its id (ids are in claimants.json)");
        }
        return TallyCommandLine.OK;
    }

    @Command(name = "undo", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Undo a change (undoing an undo puts the change back); the undo is logged too.")
    int undo(@Mixin Locations where,
             @Parameters(paramLabel = "CHANGE_ID", description = "the change's number, from `tally claim log`") String number,
             @Option(names = "--reason", paramLabel = "TEXT", description = "why (default: \"undone from the command line\")")
             @Nullable String reason) {
        long changeId = changeNumber(number);
        Moderator moderator = moderator(where);
        boolean superseded = moderator.log().stream().anyMatch(e -> e.change().id() == changeId
                && e.state() == LogEntry.State.SUPERSEDED);
        Change change = moderator.undo(changeId, reason == null ? "undone from the command line" : reason, actor);
        out().println("change " + change.id() + ": undid change " + changeId + " on " + ChangeText.claim(target(change))
                + ": " + ChangeText.effect(change));
        if (superseded) {
            // the line above is what the undone change set; a later fix of the same fields still decides the claim
            spec.commandLine().getErr().println("tally claim undo: note: change " + changeId + " was superseded by a"
                    + " later fix of the same fields, so the claim still shows what that fix set (`tally claim log`)");
        }
        return TallyCommandLine.OK;
    }

    /** Picocli's own refusal said "'abc' is not a long" (trial 8): a moderator is told what a change number is. */
    private long changeNumber(String number) {
        try {
            long id = Long.parseLong(number.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new picocli.CommandLine.ParameterException(spec.commandLine().getSubcommands().get("undo"), "'" + number
                + "' is not a change number: give the number `tally claim log` shows before each change (1, 2, ...)");
    }

    @Command(name = "log", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Every change, newest first: who, when, what before and after, why, and whether it still acts.")
    int log(@Mixin Locations where, @Mixin JsonOption format) {
        List<LogEntry> entries = moderator(where).log();
        if (format.json()) {
            out().println(JsonContract.write(ChangeLogJson.log(entries)));
            return TallyCommandLine.OK;
        }
        if (entries.isEmpty()) {
            out().println("No changes yet. `tally claim hide ID --reason TEXT` or `tally claim fix ID ... --reason TEXT`"
                    + " make one; ids are in `tally figures --json`.");
        }
        for (LogEntry e : entries) {
            Change c = e.change();
            out().println(ChangeText.heading(e));
            out().println("    claim " + (e.claimId() != null ? e.claimId() : target(c).id()) + " "
                    + ChangeText.claim(target(c)) + ": " + ChangeText.effect(c));
            out().println("    reason: " + c.reason());
        }
        return TallyCommandLine.OK;
    }

    private Moderator moderator(Locations where) {
        return where.open(launcher).moderator().orElseThrow(() ->
                new CommandFailure("corrections are not available in this build of Tally"));
    }

    private static tally.app.moderation.ClaimRef target(Change c) {
        return Objects.requireNonNull(c.target(), "every change names its claim");
    }

    private void printReach(Moderator moderator, Change change) {
        String reach = ChangeText.reach(moderator.claim(target(change).id()));
        if (reach != null) {
            out().println("  " + reach);
        }
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
