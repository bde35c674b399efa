package tally.adapter.command;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tally.app.Tally;

/**
 * {@code --corpus DIR}, {@code --data DIR} and {@code --config DIR}: where a command finds its articles, keeps its
 * index and reads its settings. Declared once here and mixed into every command that opens Tally; relative folders are
 * resolved against the working folder of the process.
 */
public final class Locations {

    public static final Path DEFAULT_CORPUS = Path.of("corpus");
    public static final Path DEFAULT_DATA = Path.of("data");

    @Spec(Spec.Target.MIXEE)
    private @Nullable CommandSpec command;

    private Path corpus = DEFAULT_CORPUS;
    private Path data = DEFAULT_DATA;

    @Mixin
    private ConfigOption config = new ConfigOption();

    @Option(names = "--corpus", paramLabel = "DIR", order = 1, description = "folder of article .txt files (default: ./corpus)")
    void corpus(String folder) {
        corpus = folder(folder, "--corpus");
    }

    @Option(names = "--data", paramLabel = "DIR", order = 2,
            description = "where the index is kept between runs, one per corpus folder (default: ./data)")
    void data(String folder) {
        data = folder(folder, "--data");
    }

    public Path corpus() {
        return corpus;
    }

    public Path data() {
        return data;
    }

    /** The folder given with --config, or null for the default lookup. */
    public @Nullable Path config() {
        return config.explicit();
    }

    /** The config folder this command reads, found by the launcher. */
    public Path configDir(Launcher launcher) {
        return launcher.configDir(config());
    }

    /**
     * Opens Tally on these folders, after checking that the corpus is a folder and the data folder no file (before any
     * config or index work).
     *
     * @throws CommandFailure when the corpus folder is missing or is a file, or the data folder is a file
     */
    public Tally open(Launcher launcher) {
        requireCorpusFolder();
        if (Files.isRegularFile(data)) {
            // named once here: further in, a file in the way only degrades the index to memory, with a warning
            throw new CommandFailure("the data folder " + data.toAbsolutePath().normalize() + " is a file; --data takes "
                    + "the folder where Tally keeps its index and the moderators' changes");
        }
        return launcher.open(corpus, data, configDir(launcher));
    }

    /** @throws CommandFailure when the corpus folder is missing or is a file, naming its absolute path */
    public void requireCorpusFolder() {
        Path absolute = corpus.toAbsolutePath().normalize();
        if (Files.isRegularFile(corpus)) {
            throw new CommandFailure("the corpus " + absolute + " is a file; --corpus takes the folder that holds the articles");
        }
        if (!Files.isDirectory(corpus)) {
            throw new CommandFailure("corpus folder not found: " + absolute
                    + (corpus.equals(DEFAULT_CORPUS) ? " (run from the project folder, or pass --corpus DIR)" : ""));
        }
    }

    private Path folder(String value, String option) {
        if (value.isBlank()) {
            // Path.of("") would quietly mean the working folder.
            throw new ParameterException(java.util.Objects.requireNonNull(command).commandLine(),
                    option + " needs a folder, got an empty value");
        }
        return Path.of(value);
    }
}
