package tally.adapter.discord.reply;

import java.util.Objects;

/** One embed field: a heading and a block of text, within Discord's field limits. */
public record ReplyField(String name, String value) {
    public static final int NAME_LIMIT = 256;
    public static final int VALUE_LIMIT = 1024;

    public ReplyField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (name.isBlank() || name.length() > NAME_LIMIT) {
            throw new IllegalArgumentException("field name must be 1.." + NAME_LIMIT + " characters: " + name.length());
        }
        if (value.isBlank() || value.length() > VALUE_LIMIT) {
            throw new IllegalArgumentException("field value must be 1.." + VALUE_LIMIT + " characters: " + value.length());
        }
    }

    int length() {
        return name.length() + value.length();
    }
}
