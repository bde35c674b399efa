package tally.app.moderation;

import java.util.Objects;
import tally.model.PlainText;

/**
 * Who made a change or a report, as the log shows it: a Discord user id ("123456789012345678") or "cli:" and the
 * operating-system user of the command line ("cli:alice").
 */
public record Actor(String value) {

    public Actor {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 100 || value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("an actor is 1 to 100 printable characters: '" + value + "'");
        }
    }

    public static Actor discord(long userId) {
        return new Actor(Long.toUnsignedString(userId));
    }

    public static Actor cli(String user) {
        String name = user == null ? "" : PlainText.oneLine(user).strip();
        return new Actor("cli:" + (name.isEmpty() ? "unknown" : name));
    }

    @Override
    public String toString() {
        return value;
    }
}
