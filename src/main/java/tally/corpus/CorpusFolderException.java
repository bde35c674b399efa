package tally.corpus;

import java.nio.file.Path;

/** The corpus folder itself is missing or cannot be listed: nothing can be loaded, so this one is fatal. */
public final class CorpusFolderException extends RuntimeException {

    private final Path folder;

    public CorpusFolderException(Path folder, String message, @org.jspecify.annotations.Nullable Throwable cause) {
        super(message + ": " + folder.toAbsolutePath(), cause);
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }
}
