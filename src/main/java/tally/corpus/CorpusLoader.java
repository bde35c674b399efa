package tally.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.zip.CRC32C;
import org.jspecify.annotations.Nullable;
import tally.model.Article;
import tally.model.LoadProblem;

/**
 * Loads a corpus folder. Every regular {@code *.txt} file directly inside it is one article, in file-name order;
 * each file that cannot be used is reported with its line and skipped, so one bad file never hides the others.
 *
 * <p>A loader keeps what it parsed from one load to the next, by file name and content (length and CRC-32C of the
 * bytes), so reloading a folder of 10,000 files after one changed parses one.
 */
public final class CorpusLoader {

    private record Content(String name, int length, long crc) {
    }

    private Map<Content, ArticleParser.Parsed> kept = Map.of();

    public static final String EMPTY_FOLDER =
            "the corpus folder holds no .txt articles, so there is nothing to answer from; put the articles there";

    /** @throws CorpusFolderException when the folder does not exist or cannot be listed */
    public LoadResult load(Path folder) {
        return load(CorpusSnapshot.read(folder));
    }

    /**
     * An empty folder is reported as a problem of the folder itself (line 0): an answer from nothing is no answer.
     * Files are parsed in parallel (each on its own, and the result keeps the snapshot's order), since at start the
     * whole corpus is parsed at once and one core would otherwise wait.
     */
    public synchronized LoadResult load(CorpusSnapshot snapshot) {
        List<Article> articles = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        Map<Content, ArticleParser.Parsed> parsedNow = new HashMap<>();
        if (snapshot.files().isEmpty()) {
            problems.add(new LoadProblem(snapshot.folder().toString(), 0, EMPTY_FOLDER));
        }
        Map<Content, ArticleParser.Parsed> before = kept;
        List<CorpusFile> files = snapshot.files();
        Loaded[] loaded = IntStream.range(0, files.size()).parallel()
                .mapToObj(i -> load(files.get(i), before)).toArray(Loaded[]::new);
        for (Loaded l : loaded) {
            if (l.content() == null || l.parsed() == null) {
                problems.add(l.readProblem());
                continue;
            }
            parsedNow.put(l.content(), l.parsed());
            if (l.parsed().article() != null) {
                articles.add(l.parsed().article());
                problems.addAll(l.parsed().warnings());
            } else if (l.parsed().problem() != null) {
                problems.add(l.parsed().problem());
            }
        }
        kept = parsedNow;
        return new LoadResult(articles, problems);
    }

    /** One file: unreadable (its problem), or its content's key and its parse (kept from last time when unchanged). */
    private record Loaded(@Nullable Content content, ArticleParser.@Nullable Parsed parsed,
                          @Nullable LoadProblem readProblem) {
    }

    private static Loaded load(CorpusFile f, Map<Content, ArticleParser.Parsed> before) {
        byte[] bytes = f.bytes();
        if (bytes == null) {
            return new Loaded(null, null, new LoadProblem(f.name(), 0, String.valueOf(f.readError())));
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        Content content = new Content(f.name(), bytes.length, crc.getValue());
        ArticleParser.Parsed parsed = before.get(content);
        return new Loaded(content, parsed != null ? parsed : ArticleParser.parse(f.name(), bytes), null);
    }
}
