package tally.corpus;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Another process for {@link CorpusWriteLockTest}: holds the corpus folder's write lock until its input closes. */
public final class CorpusLockChild {

    private CorpusLockChild() {
    }

    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        CorpusWriteLock.holding(Path.of(args[0]), () -> {
            System.out.println("locked");
            System.out.flush();
            try {
                in.readLine();
            } catch (java.io.IOException e) {
                // the parent is gone: let go
            }
            return null;
        });
    }
}
