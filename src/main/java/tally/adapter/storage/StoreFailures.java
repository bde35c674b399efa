package tally.adapter.storage;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import tally.app.port.StoreException;

/**
 * A database failure as one line a person can act on: which database, what is wrong, what to do. Flyway's own
 * message is a block (a ruler, then "SQL State", "Error Code" and "Message" lines) and the drivers' messages repeat
 * themselves, while the README promises one line on standard error; so the line is written here from the driver's
 * error, found under Flyway's wrapping.
 */
final class StoreFailures {

    /** SQLite's result codes for a file that is no database or a damaged one (SQLITE_NOTADB, SQLITE_CORRUPT). */
    private static final int SQLITE_NOTADB = 26;
    private static final int SQLITE_CORRUPT = 11;

    private StoreFailures() {
    }

    /**
     * {@code doing} says what Tally was doing ("record the change in the moderation database"); {@code
     * nothingChanged} adds that the failed call kept nothing.
     */
    static StoreException of(Database database, String doing, Throwable error, boolean nothingChanged) {
        SQLException sql = sqlCause(error);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        String line;
        if (database.kind() == Database.Kind.SQLITE && sql != null
                && (sql.getErrorCode() == SQLITE_NOTADB || sql.getErrorCode() == SQLITE_CORRUPT)) {
            line = "the moderation database " + database.describe() + " is damaged (" + reason(sql)
                    + "); stop Tally and restore it from a backup (README: \"Where the data lives, and backing it up\")";
        } else if (database.kind() == Database.Kind.POSTGRESQL && state.startsWith("08")) {
            line = "cannot reach the moderation database " + database.describe() + " (" + reason(sql)
                    + "); check that the server runs and that databaseUrl in config/storage.json names it";
        } else if (database.kind() == Database.Kind.POSTGRESQL && state.startsWith("28")) {
            line = "the moderation database " + database.describe() + " refused the login (" + reason(sql)
                    + "); check databaseUser in config/storage.json and TALLY_DATABASE_PASSWORD";
        } else {
            line = "could not " + doing + " (" + database.describe() + "): "
                    + reason(sql != null ? sql : error);
        }
        return new StoreException(oneLine(line + (nothingChanged ? "; nothing was changed" : "")), error);
    }

    /** The driver's own error, under any wrapping (Flyway's, a connection pool's). */
    private static @Nullable SQLException sqlCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    /**
     * The first line of the error's message, without the SQLite driver's repetition ("[SQLITE_NOTADB] File opened
     * that is not a database file (file is not a database)" becomes "file is not a database").
     */
    private static String reason(@Nullable Throwable error) {
        String message = error == null || error.getMessage() == null ? String.valueOf(error) : error.getMessage();
        String first = message.strip().lines().findFirst().orElse(message).strip();
        if (first.startsWith("[SQLITE_") && first.endsWith(")") && first.contains(" (")) {
            return first.substring(first.lastIndexOf(" (") + 2, first.length() - 1);
        }
        return first;
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
