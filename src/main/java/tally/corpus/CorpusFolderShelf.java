package tally.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tally.app.article.ArticleRefused;
import tally.app.port.CorpusShelf;
import tally.model.Article;

/**
 * The corpus folder as a {@link CorpusShelf}. A new article is written to a hidden temporary file in the corpus folder,
 * flushed to disk, then hard-linked under its final name (which fails rather than overwrite, even against another
 * process) and the temporary name dropped; a reader of the folder sees the whole file or nothing, and a killed process
 * leaves at most a hidden {@code .*.tmp} the corpus loader ignores. A removed article moves to the sibling folder
 * {@code <corpus>-removed/} with {@code <file>.removed.json} beside it (reason, who, when). Writers take turns on
 * {@link CorpusWriteLock}, a file lock in the corpus folder.
 */
public final class CorpusFolderShelf implements CorpusShelf {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int MAX_NAME_TRIES = 1000;

    private final Path folder;
    private final Path removed;

    public CorpusFolderShelf(Path folder) {
        this.folder = folder;
        this.removed = removedFolderFor(folder);
    }

    /** {@code corpus/} -> {@code corpus-removed/} beside it: outside the corpus, on the same disk (a rename). */
    public static Path removedFolderFor(Path corpus) {
        Path absolute = corpus.toAbsolutePath().normalize();
        Path name = absolute.getFileName();
        return absolute.resolveSibling((name == null ? "corpus" : name.toString()) + "-removed");
    }

    @Override
    public List<Listed> list() {
        List<Path> paths;
        try {
            paths = CorpusSnapshot.list(folder);
        } catch (CorpusFolderException e) {
            throw new ArticleRefused(ArticleRefused.Reason.STORAGE, e.getMessage(), e);
        }
        List<Listed> out = new ArrayList<>(paths.size());
        for (Path p : paths) {
            try {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (a.isRegularFile()) {
                    out.add(new Listed(p.getFileName().toString(), a.size() + ":" + a.lastModifiedTime().toMillis()));
                }
            } catch (IOException e) {
                // gone since the listing, or unreadable: not an article to compare with
            }
        }
        return out;
    }

    @Override
    public @Nullable Article read(String file) {
        if (!plainName(file)) {
            return null;
        }
        try {
            return ArticleParser.parse(file, Files.readAllBytes(folder.resolve(file))).article();
        } catch (IOException | OutOfMemoryError e) {
            return null;
        }
    }

    @Override
    public String put(String stem, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, "." + stem, ".tmp");
            DurableFiles.writeDurably(temp, bytes);
            for (int n = 1; n <= MAX_NAME_TRIES; n++) {
                String name = n == 1 ? stem + ".txt" : stem + "-" + n + ".txt";
                if (publish(temp, folder.resolve(name))) {
                    DurableFiles.syncFolder(folder);
                    return name;
                }
            }
            throw new ArticleRefused(ArticleRefused.Reason.STORAGE, "no free file name for " + stem + ".txt in " + folder);
        } catch (IOException e) {
            throw DurableFiles.storage("cannot write a new article into the corpus folder " + folder.toAbsolutePath(), e);
        } finally {
            DurableFiles.deleteQuietly(temp);
        }
    }

    @Override
    public String moveAside(Removal removal) {
        String file = removal.file();
        Path source = folder.resolve(file);
        if (!plainName(file) || !Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
            throw new ArticleRefused(ArticleRefused.Reason.NOT_FOUND, "No article named '" + file + "' in the corpus.");
        }
        Path record = null;
        try {
            Files.createDirectories(removed);
            Path target = freeTarget(file);
            record = target.resolveSibling(target.getFileName() + ".removed.json");
            Path temp = Files.createTempFile(removed, ".removal", ".tmp");
            DurableFiles.writeDurably(temp, JSON.writeValueAsBytes(recordOf(removal, target)));
            Files.move(temp, record, StandardCopyOption.ATOMIC_MOVE);
            move(source, target);
            DurableFiles.syncFolder(removed);
            DurableFiles.syncFolder(folder);
            return target.toString();
        } catch (IOException e) {
            DurableFiles.deleteQuietly(record);
            throw DurableFiles.storage("cannot move " + file + " into " + removed, e);
        }
    }

    @Override
    public <T> T exclusively(java.util.function.Supplier<T> work) {
        try {
            return CorpusWriteLock.holding(folder, work);
        } catch (IOException e) {
            throw DurableFiles.storage("cannot lock the corpus folder " + folder.toAbsolutePath() + " for writing", e);
        }
    }

    @Override
    public String removedFolder() {
        return removed.toString();
    }

    /** Links the flushed temp file under its final name; false when that name is taken. */
    private static boolean publish(Path temp, Path target) throws IOException {
        try {
            Files.createLink(target, temp);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException | FileSystemException e) {
            if (e instanceof FileSystemException fs && !linkUnsupported(fs)) {
                throw fs;
            }
            // A file system without hard links: an atomic rename of the temp file, after checking the name is free.
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return true;
        }
    }

    private static boolean linkUnsupported(FileSystemException e) {
        String reason = String.valueOf(e.getReason()).toLowerCase(java.util.Locale.ROOT);
        return reason.contains("not supported") || reason.contains("not permitted");
    }

    private Path freeTarget(String file) throws IOException {
        String stem = file.substring(0, file.length() - ".txt".length());
        for (int n = 1; n <= MAX_NAME_TRIES; n++) {
            Path target = removed.resolve(n == 1 ? file : stem + "-" + n + ".txt");
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                    && !Files.exists(target.resolveSibling(target.getFileName() + ".removed.json"), LinkOption.NOFOLLOW_LINKS)) {
                return target;
            }
        }
        throw new IOException("no free name for " + file + " in " + removed);
    }

    /** A rename when both folders are on one disk; else copy, flush and rename inside the target folder, then delete. */
    private void move(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Path temp = Files.createTempFile(removed, ".article", ".tmp");
            try {
                DurableFiles.writeDurably(temp, Files.readAllBytes(source));
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                DurableFiles.deleteQuietly(temp);
            }
            Files.delete(source);
        }
    }

    private static Map<String, Object> recordOf(Removal removal, Path target) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("file", removal.file());
        r.put("movedTo", target.getFileName().toString());
        r.put("reason", removal.reason());
        r.put("removedBy", removal.removedBy());
        r.put("removedAt", removal.at().toString());
        return r;
    }

    private static boolean plainName(String file) {
        return file.endsWith(".txt") && !file.startsWith(".") && !file.contains("/") && !file.contains("\\")
                && !file.contains("\0");
    }
}
