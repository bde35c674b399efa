package tally.adapter.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tally.app.Tally;

/** A launcher that hands out a ready Tally and remembers the folders each command asked for. */
public final class RecordingLauncher implements Launcher {

    /** One call to open. */
    public record Opened(Path corpus, Path data, Path config) {
    }

    public static final Path DEFAULT_CONFIG = Path.of("config");

    private final Supplier<Tally> tally;
    public final List<Opened> opened = new ArrayList<>();
    public final List<@Nullable Path> configAsked = new ArrayList<>();

    public RecordingLauncher(Supplier<Tally> tally) {
        this.tally = tally;
    }

    @Override
    public Path configDir(@Nullable Path explicit) {
        configAsked.add(explicit);
        return explicit != null ? explicit : DEFAULT_CONFIG;
    }

    @Override
    public Tally open(Path corpus, Path data, Path configDir) {
        opened.add(new Opened(corpus, data, configDir));
        return tally.get();
    }
}
