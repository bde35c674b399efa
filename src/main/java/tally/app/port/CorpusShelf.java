package tally.app.port;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import tally.app.article.ArticleRefused;
import tally.model.Article;

/**
 * Port: the corpus folder as files a moderator adds and removes. Writes are atomic (a reader of the folder sees the
 * whole new file or none of it) and never overwrite; removal moves a file aside with its reason, never deletes it.
 */
public interface CorpusShelf {

    /**
     * One corpus file as listed: its name and a stamp (size and modification time) that changes whenever its bytes
     * may have, so what was read from it can be kept until then.
     */
    record Listed(String file, String stamp) {
        public Listed {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(stamp, "stamp");
        }
    }

    /** Why and by whom an article was removed, kept next to the moved file. */
    record Removal(String file, String reason, String removedBy, Instant at) {
        public Removal {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(removedBy, "removedBy");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The corpus files, by name. @throws ArticleRefused (STORAGE) when the folder cannot be listed */
    List<Listed> list();

    /** The file as the corpus parser reads it, or null when it is not (or no longer) a readable article. */
    @org.jspecify.annotations.Nullable Article read(String file);

    /**
     * Writes {@code text} (UTF-8) as a new corpus file named {@code stem.txt}, or {@code stem-2.txt} ... when that
     * name is taken, and returns the name used. @throws ArticleRefused (STORAGE) when the folder cannot be written
     */
    String put(String stem, String text);

    /**
     * Moves the file out of the corpus into the folder of removed articles, with the removal record beside it, and
     * returns where it went (a path to show). @throws ArticleRefused (NOT_FOUND, STORAGE)
     */
    String moveAside(Removal removal);

    /**
     * Runs {@code work} as the only writer of the corpus folder, across threads and processes, so a check of what the
     * folder holds and the write that depends on it are one step. @throws ArticleRefused (STORAGE) when the folder
     * cannot be locked
     */
    <T> T exclusively(java.util.function.Supplier<T> work);

    /** Where removed articles go, to tell the moderator. */
    String removedFolder();
}
