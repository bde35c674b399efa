package tally.adapter.command;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import tally.app.Tally;

/**
 * How a command gets a running Tally without knowing how it is assembled: implemented by the composition root
 * ({@code tally.Main}), which also closes what it opened when the command returns.
 */
public interface Launcher extends ConfigLocator {

    /**
     * The config folder to read: {@code explicit} (from {@code --config}) when given, else the first found of
     * {@code -Dtally.config}, {@code TALLY_CONFIG}, {@code ./config}, and the {@code config/} folder beside the jar.
     *
     * @throws tally.config.ConfigException when none is found (the message lists every place looked at) or the
     *         explicit folder does not exist
     */
    @Override
    Path configDir(@Nullable Path explicit);

    /**
     * Opens Tally: config read and validated, then the corpus indexed (or its stored index reopened) under
     * {@code data}. Index progress goes to standard error.
     *
     * @throws tally.config.ConfigException on a mistake in a config file (file, line and entry in the message)
     * @throws tally.corpus.CorpusFolderException when the corpus folder cannot be read
     */
    Tally open(Path corpus, Path data, Path configDir);

    /**
     * Adding and removing articles (issue 11) on the corpus that {@link #open} opened for {@code opened}, or null when
     * this launcher offers none (then the bot runs without {@code /article}).
     */
    default tally.app.article.@Nullable ArticleCurator curator(Tally opened) {
        return null;
    }
}
