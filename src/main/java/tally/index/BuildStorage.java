package tally.index;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The file-system seam of an index build: every byte of a build (Lucene files, stored corpus, manifest) is written
 * through a {@link Directory} opened here. Production uses the file system; tests put a directory in between that
 * fails the way a full disk or a revoked permission does.
 */
@FunctionalInterface
interface BuildStorage {

    BuildStorage FILES = FSDirectory::open;

    /** A directory over {@code folder}, creating the folder when it is missing. */
    Directory open(Path folder) throws IOException;
}
