package tally.app.article;

import java.util.Locale;
import java.util.Objects;
import tally.model.PlainText;

/** Where a new article comes from: a link to fetch, or a file's bytes (from disk or a Discord attachment). */
public sealed interface ArticleSource {

    /** How the source is named to a moderator and in the file's {@code added-from} header. */
    String label();

    /** A link given by a moderator; only {@code http} and {@code https} are ever fetched. */
    record Link(String address) implements ArticleSource {
        public Link {
            Objects.requireNonNull(address, "address");
            // shown in the preview and the log as given: without terminal controls or direction overrides
            address = PlainText.oneLine(address).strip();
        }

        @Override
        public String label() {
            return address;
        }
    }

    /**
     * A file's name (only its extension is used: {@code .txt}, {@code .html}, {@code .htm}) and its bytes as they
     * are; the bytes are not copied, so the caller must not change them.
     */
    record Upload(String fileName, byte[] bytes) implements ArticleSource {
        public Upload {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(bytes, "bytes");
            // the name heads the preview; a name is not text to keep as it is
            fileName = PlainText.oneLine(fileName);
        }

        /** The extension in lower case without its dot ("html"), or "" when the name has none. */
        public String extension() {
            int dot = fileName.lastIndexOf('.');
            return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        }

        @Override
        public String label() {
            return fileName;
        }
    }
}
