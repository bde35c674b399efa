package tally.adapter.discord.reply;

import java.util.List;
import java.util.Objects;

/**
 * One screenful of a reply, shaped like a Discord embed and already within its limits, so that mapping it to JDA can
 * never fail on size. Text is Discord markdown with quoted material escaped.
 */
public record ReplyPage(String title, String description, List<ReplyField> fields, String footer) {
    public static final int TITLE_LIMIT = 256;
    public static final int DESCRIPTION_LIMIT = 4096;
    public static final int FOOTER_LIMIT = 2048;
    public static final int FIELD_COUNT_LIMIT = 25;
    public static final int TOTAL_LIMIT = 6000;

    public ReplyPage {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(footer, "footer");
        fields = List.copyOf(fields);
        if (title.length() > TITLE_LIMIT || description.length() > DESCRIPTION_LIMIT || footer.length() > FOOTER_LIMIT) {
            throw new IllegalArgumentException("page title, description or footer over Discord's limit");
        }
        if (fields.size() > FIELD_COUNT_LIMIT) {
            throw new IllegalArgumentException("a page holds at most " + FIELD_COUNT_LIMIT + " fields: " + fields.size());
        }
        if (length(title, description, fields, footer) > TOTAL_LIMIT) {
            throw new IllegalArgumentException("page over Discord's " + TOTAL_LIMIT + " characters in all");
        }
    }

    /** Characters Discord counts towards the 6000 limit of one embed. */
    public int length() {
        return length(title, description, fields, footer);
    }

    static int length(String title, String description, List<ReplyField> fields, String footer) {
        return title.length() + description.length() + footer.length()
                + fields.stream().mapToInt(ReplyField::length).sum();
    }
}
