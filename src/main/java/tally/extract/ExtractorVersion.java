package tally.extract;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tally.config.ClaimantDirectory;
import tally.config.ExtractionLexicon;

/**
 * The one place the extractor's version comes from: which code reads the articles and with which word lists. Claims
 * stored by one version are reused only by the same version, so a new build of Tally or an edited lexicon means the
 * corpus is read again, and nobody has to remember to bump a number.
 *
 * <p>The code is identified by the jar it runs from (its size and modification time: one file look-up at start, and
 * every new build differs) or, run from a classes folder, by the size and modification time of the extraction and
 * config classes. The lexicons by a hash of their records' contents, which covers every entry of extraction.json and
 * claimants.json.
 */
final class ExtractorVersion {

    private ExtractorVersion() {
    }

    static String of(Class<?> extractor, ExtractionLexicon lexicon, ClaimantDirectory directory) {
        MessageDigest digest = sha256();
        digest.update(lexicon.toString().getBytes(StandardCharsets.UTF_8));
        digest.update(directory.config().toString().getBytes(StandardCharsets.UTF_8));
        return "code " + code(extractor) + ", lexicons " + HexFormat.of().formatHex(digest.digest(), 0, 8);
    }

    private static String code(Class<?> extractor) {
        Path location = location(extractor);
        if (location == null) {
            return "of unknown origin, Java " + Runtime.version();
        }
        try {
            if (Files.isRegularFile(location)) {
                return location.getFileName() + " " + Files.size(location) + " bytes "
                        + Files.getLastModifiedTime(location).toMillis();
            }
            MessageDigest digest = sha256();
            for (String pkg : new String[] {"tally/extract", "tally/config"}) {
                try (Stream<Path> classes = Files.list(location.resolve(pkg))) {
                    for (Path c : classes.sorted().toList()) {
                        digest.update((c.getFileName() + " " + Files.size(c) + " "
                                + Files.getLastModifiedTime(c).toMillis() + "\n").getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
            return "classes " + HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (IOException e) {
            return "of unknown origin, Java " + Runtime.version();
        }
    }

    private static @Nullable Path location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        try {
            return source == null ? null : Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return null;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
