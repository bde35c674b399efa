/**
 * What every command of the {@code tally} command line shares (picocli): the top-level command and its help, the
 * options declared once as mixins ({@link tally.adapter.command.Locations}, {@link tally.adapter.command.ConfigOption},
 * {@link tally.adapter.command.JsonOption}), the exit codes, and the {@link tally.adapter.command.Launcher} port through
 * which a command gets a running Tally from the composition root. Each subcommand lives in its own adapter package;
 * {@code tally.Main} registers them. This is the one package every adapter may depend on.
 */
@NullMarked
package tally.adapter.command;

import org.jspecify.annotations.NullMarked;
