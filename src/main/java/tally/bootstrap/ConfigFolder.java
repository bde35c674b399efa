package tally.bootstrap;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import tally.config.ConfigException;

/**
 * Where Tally's config folder is, so that every command (the bot included) finds it from any working folder. In
 * order: {@code --config DIR}; {@code -Dtally.config}; {@code TALLY_CONFIG}; {@code ./config} when it holds
 * {@value #MARKER}; then the {@code config/} folder beside the jar: the jar's own folder ({@code /app/tally.jar} →
 * {@code /app/config}, as in the Docker image) or its parent ({@code target/tally.jar} → {@code config/} of the
 * project); run from a classes folder ({@code target/classes}), the project two levels up. A folder named
 * explicitly (option, property or variable) must exist; the fallbacks are used only when they hold {@value #MARKER},
 * so an unrelated folder called "config" is passed over.
 */
public final class ConfigFolder {

    /** The file every Tally config folder has; how a fallback folder is recognised as Tally's. */
    static final String MARKER = "claimants.json";
    static final String PROPERTY = "tally.config";
    static final String VARIABLE = "TALLY_CONFIG";

    private final UnaryOperator<@Nullable String> properties;
    private final UnaryOperator<@Nullable String> environment;
    private final Path workingFolder;
    private final @Nullable Path codeLocation;

    /**
     * @param codeLocation the jar (or classes folder) Tally runs from; null when unknown
     */
    ConfigFolder(UnaryOperator<@Nullable String> properties, UnaryOperator<@Nullable String> environment,
                 Path workingFolder, @Nullable Path codeLocation) {
        this.properties = properties;
        this.environment = environment;
        this.workingFolder = workingFolder;
        this.codeLocation = codeLocation;
    }

    /** This process's system properties, environment, working folder and jar. */
    static ConfigFolder ofThisProcess() {
        return new ConfigFolder(System::getProperty, System::getenv, Path.of("").toAbsolutePath(), codeLocation());
    }

    /**
     * The config folder to read.
     *
     * @param explicit the folder given with --config, or null
     * @throws ConfigException naming the folder when an explicit one does not exist, or listing every place looked
     *         at when none is found
     */
    Path find(@Nullable Path explicit) {
        if (explicit != null) {
            return existing(explicit, "--config");
        }
        String property = blankToNull(properties.apply(PROPERTY));
        if (property != null) {
            return existing(Path.of(property), "-D" + PROPERTY);
        }
        String variable = blankToNull(environment.apply(VARIABLE));
        if (variable != null) {
            return existing(Path.of(variable), VARIABLE);
        }
        List<Path> fallbacks = fallbacks();
        for (Path candidate : fallbacks) {
            if (Files.isRegularFile(candidate.resolve(MARKER))) {
                return candidate;
            }
        }
        throw new ConfigException("no config folder found: --config, -D" + PROPERTY + " and " + VARIABLE
                + " are not set, and none of " + fallbacks + " holds " + MARKER
                + "; pass --config DIR (the folder with claimants.json) or set " + VARIABLE);
    }

    private List<Path> fallbacks() {
        List<Path> candidates = new ArrayList<>();
        candidates.add(workingFolder.resolve("config"));
        if (codeLocation != null) {
            Path folder = Files.isDirectory(codeLocation) ? codeLocation : codeLocation.getParent();
            // The jar's folder, its parent (target/ -> the project) and, for a classes folder, the project.
            for (int up = 0; up < 3 && folder != null; up++, folder = folder.getParent()) {
                Path candidate = folder.resolve("config");
                if (!candidates.contains(candidate)) {
                    candidates.add(candidate);
                }
            }
        }
        return candidates;
    }

    private static Path existing(Path folder, String source) {
        if (!Files.isDirectory(folder)) {
            throw new ConfigException("config folder " + folder.toAbsolutePath().normalize() + " (from " + source
                    + ") not found" + (Files.exists(folder) ? ": it is a file; give the folder that holds " + MARKER : ""));
        }
        return folder;
    }

    private static @Nullable Path codeLocation() {
        CodeSource source = ConfigFolder.class.getProtectionDomain().getCodeSource();
        try {
            return source == null ? null : Path.of(source.getLocation().toURI()).toAbsolutePath();
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return null;
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
