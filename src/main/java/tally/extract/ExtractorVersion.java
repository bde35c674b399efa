package tally.extract;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;
import tally.config.ClaimantDirectory;
import tally.config.ExtractionLexicon;

/**
 * The one place the extractor's version comes from: which code reads the articles and with which word lists. Claims
 * stored by one version are reused only by the same version, so a new build of Tally or an edited lexicon means the
 * corpus is read again, and nobody has to remember to bump a number.
 *
 * <p>The code is identified by the contents of what reads an article: the classes of {@code tally/extract},
 * {@code tally/config}, {@code tally/model} and {@code tally/corpus} (the parser that decides what an article's text is:
 * a page saved as .txt, refused since trial 9, had stayed in an index stored before), and OpenNLP's code and models. From a jar that is each entry's name,
 * size and CRC-32 as the jar's own directory lists them (read without unpacking anything); from a classes folder, a
 * hash of the files' bytes. A rebuild that changes none of them (a new Discord command, a fresh {@code mvn package})
 * keeps the stored claims, while a file's modification time, which every build changes, plays no part. The lexicons
 * are identified by a hash of their records' contents, which covers every entry of extraction.json and claimants.json.
 */
final class ExtractorVersion {

    /** Where the code that reads an article lives, inside the jar or the classes folder. */
    static final List<String> READING_CODE = List.of("tally/extract/", "tally/config/", "tally/model/", "tally/corpus/",
            "opennlp/", "opennlp-");

    private ExtractorVersion() {
    }

    static String of(Class<?> extractor, ExtractionLexicon lexicon, ClaimantDirectory directory) {
        Path location = location(extractor);
        return "code " + (location == null ? unknownOrigin() : code(location)) + ", lexicons "
                + lexicons(lexicon, directory);
    }

    /**
     * A hash of every entry of the two lexicons, walked component by component ({@link RecordContents}). Their
     * records' own toString gave the same identity, but linking a generated toString for a record of some 150 lists
     * cost about a fifth of a one-shot {@code ask} (JFR, launch to exit), at every start.
     */
    static String lexicons(ExtractionLexicon lexicon, ClaimantDirectory directory) {
        MessageDigest digest = sha256();
        RecordContents.digest(digest, lexicon);
        RecordContents.digest(digest, directory.config());
        return HexFormat.of().formatHex(digest.digest(), 0, 8);
    }

    /** The identity of the reading code in {@code location}, a jar or a classes folder. */
    static String code(Path location) {
        try {
            return Files.isRegularFile(location) ? "jar " + jarContents(location) : "classes " + folderContents(location);
        } catch (IOException | RuntimeException e) {
            return unknownOrigin();
        }
    }

    /**
     * Entries are combined in any order (a sum of one hash per entry), so nothing is sorted: this runs at every start,
     * over the seventeen thousand entries of the jar's directory, which the class loader has already read.
     */
    private static String jarContents(Path jar) throws IOException {
        long sum = 0;
        int count = 0;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
                ZipEntry e = all.nextElement();
                if (isReadingCode(e.getName())) {
                    sum += mix(e.getName().hashCode() * 0x9E3779B97F4A7C15L ^ e.getCrc() ^ e.getSize() << 32);
                    count++;
                }
            }
        }
        return Long.toHexString(sum) + "-" + count;
    }

    /** A 64-bit finaliser (SplitMix64's), so that a sum of entries' hashes changes when any one entry does. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static String folderContents(Path folder) throws IOException {
        MessageDigest digest = sha256();
        for (String pkg : READING_CODE) {
            Path dir = folder.resolve(pkg);
            if (!pkg.endsWith("/") || !Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    digest.update((folder.relativize(f) + "\n").getBytes(StandardCharsets.UTF_8));
                    digest.update(Files.readAllBytes(f));
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 8);
    }

    private static boolean isReadingCode(String name) {
        for (String prefix : READING_CODE) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static String unknownOrigin() {
        return "of unknown origin, Java " + Runtime.version();
    }

    private static @Nullable Path location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        try {
            return source == null ? null : Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return null;
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
