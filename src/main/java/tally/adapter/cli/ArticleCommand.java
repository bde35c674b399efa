package tally.adapter.cli;

import java.io.Console;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tally.adapter.command.CommandFailure;
import tally.adapter.command.Locations;
import tally.adapter.command.TallyCommandLine;
import tally.app.article.ArticleAdded;
import tally.app.article.ArticleCurator;
import tally.app.article.ArticlePreview;
import tally.app.article.ArticleRefused;
import tally.app.article.ArticleRemoved;
import tally.app.article.ArticleReport;
import tally.app.article.ArticleSource;

/**
 * {@code tally article add FILE|URL [--yes]} and {@code tally article remove FILE --reason TEXT}: a moderator's
 * corpus changes without Discord. {@code add} prints the preview on standard output, then asks y/N on a terminal
 * ({@code --yes} adds without asking; without a terminal and without {@code --yes} nothing is added). Refusals go to
 * standard error with exit code 1.
 */
@Command(name = "article", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Add an article to the corpus (a .txt, .html or .htm file, or an http(s) link), or remove one.")
public final class ArticleCommand implements Runnable {

    /** Opens the article use cases on a corpus folder; the composition root closes what it opened. */
    @FunctionalInterface
    public interface Opener {
        ArticleCurator open(Path corpus, Path data, Path configDir);
    }

    /** The y/N question on a terminal; {@code null} when there is no terminal to ask on. */
    @FunctionalInterface
    public interface Confirmation {
        @Nullable Boolean ask(String question);

        Confirmation CONSOLE = question -> {
            Console console = System.console();
            if (console == null) {
                return null;
            }
            String answer = console.readLine("%s", question);
            return answer != null && answer.strip().toLowerCase(Locale.ROOT).matches("y|yes");
        };
    }

    /** Claims listed in a printed preview; the rest are counted. */
    static final int PREVIEW_CLAIMS = 25;

    @Spec
    private CommandSpec spec;

    private final tally.adapter.command.Launcher launcher;
    private final Opener opener;
    private final Confirmation confirmation;

    public ArticleCommand(tally.adapter.command.Launcher launcher, Opener opener, Confirmation confirmation) {
        this.launcher = launcher;
        this.opener = opener;
        this.confirmation = confirmation;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "article needs a subcommand: add or remove");
    }

    @Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Preview an article and add it to the corpus.",
                "A link is fetched over http(s) only, never from this machine or a private network."})
    int add(@Mixin Locations where,
            @Option(names = "--yes", order = 5, description = "add without asking (needed when not on a terminal)") boolean yes,
            @Parameters(paramLabel = "FILE|URL", description = "a .txt, .html or .htm file, or an http(s) link") String source) {
        ArticleSource from = source(source);
        ArticleCurator curator = open(where);
        ArticlePreview preview = refusing(() -> curator.preview(from));
        CommandLine cli = spec.commandLine();
        cli.getOut().print(ArticleReport.preview(preview, PREVIEW_CLAIMS));
        cli.getOut().flush();
        if (!yes) {
            Boolean answer = confirmation.ask("Add this article to " + where.corpus() + "? [y/N] ");
            if (answer == null) {
                throw new CommandFailure("not added: no terminal to confirm on; run again with --yes to add it");
            }
            if (!answer) {
                throw new CommandFailure("not added");
            }
        }
        ArticleAdded added = refusing(() -> curator.add(preview, "command line (" + System.getProperty("user.name") + ")"));
        cli.getOut().println(ArticleReport.added(added));
        return added.refreshError() == null ? TallyCommandLine.OK : TallyCommandLine.FAILED;
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Move an article out of the corpus, with the reason recorded beside it.",
                "It goes to the folder <corpus>-removed next to the corpus; nothing is deleted."})
    int remove(@Mixin Locations where,
               @Option(names = "--reason", required = true, paramLabel = "TEXT", order = 5,
                       description = "why it is removed (kept with the article)") String reason,
               @Parameters(paramLabel = "FILE", description = "the article's file name in the corpus") String file) {
        ArticleCurator curator = open(where);
        ArticleRemoved removed = refusing(() -> curator.remove(file, reason,
                "command line (" + System.getProperty("user.name") + ")"));
        spec.commandLine().getOut().println(ArticleReport.removed(removed));
        return TallyCommandLine.OK;
    }

    private ArticleCurator open(Locations where) {
        where.requireCorpusFolder();
        return opener.open(where.corpus(), where.data(), where.configDir(launcher));
    }

    /** A link when it has a scheme; otherwise a file on disk (read whole, up to the reader's size limit). */
    private static ArticleSource source(String given) {
        if (given.matches("(?i)[a-z][a-z0-9+.-]*://.*") || given.toLowerCase(Locale.ROOT).startsWith("javascript:")) {
            return new ArticleSource.Link(given);
        }
        Path path = Path.of(given);
        if (!Files.isRegularFile(path)) {
            throw new CommandFailure("no such file: " + path.toAbsolutePath()
                    + (given.contains(".") && !given.contains("/") ? " (for a link, give the full address: https://...)" : ""));
        }
        try {
            if (Files.size(path) > 50_000_000) {
                throw new CommandFailure(path + " is larger than 50 MB; Tally does not read it");
            }
            return new ArticleSource.Upload(path.getFileName().toString(), Files.readAllBytes(path));
        } catch (java.io.IOException e) {
            throw new CommandFailure("cannot read " + path.toAbsolutePath() + ": " + e.getMessage());
        }
    }

    private static <T> T refusing(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (ArticleRefused e) {
            throw new CommandFailure(e.getMessage());
        }
    }
}
