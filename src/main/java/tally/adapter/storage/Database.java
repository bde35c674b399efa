package tally.adapter.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Where the moderation store lives and how to connect to it. A connection is opened per operation: operations are
 * rare (a moderator's change, a report, a check for other processes' changes every few seconds), and a fresh
 * connection cannot be left broken by a database restart or a dropped network.
 */
final class Database {

    enum Kind { SQLITE, POSTGRESQL }

    /** The SQLite file's name inside the data folder. */
    static final String SQLITE_FILE = "moderation.db";

    private final Kind kind;
    private final DataSource source;
    private final String description;

    private Database(Kind kind, DataSource source, String description) {
        this.kind = kind;
        this.source = source;
        this.description = description;
    }

    /**
     * SQLite in WAL mode with {@code synchronous=FULL}: a commit returns only once the write-ahead log is on disk, so
     * an acknowledged change survives a killed process and a power cut. {@code busy_timeout} lets a second process
     * (the command line while the bot runs) wait its turn instead of failing; transactions start IMMEDIATE so two
     * writers never deadlock upgrading a read lock.
     */
    static Database sqlite(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(10_000);
        config.enforceForeignKeys(true);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return new Database(Kind.SQLITE, source, "SQLite " + file);
    }

    /** PostgreSQL at a JDBC address ({@code jdbc:postgresql://host:5432/db}); user and password may be in it. */
    static Database postgres(String url, @Nullable String user, @Nullable String password) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(url);
        if (user != null) {
            source.setUser(user);
        }
        if (password != null) {
            source.setPassword(password);
        }
        // A database that stops answering fails the operation with a clear error instead of hanging a command.
        source.setConnectTimeout(10);
        source.setSocketTimeout(30);
        source.setApplicationName("tally");
        return new Database(Kind.POSTGRESQL, source, "PostgreSQL " + withoutSecrets(url));
    }

    static boolean sqliteFileExists(Path dataDir) {
        return Files.exists(dataDir.resolve(SQLITE_FILE));
    }

    Connection connect() throws SQLException {
        return source.getConnection();
    }

    DataSource source() {
        return source;
    }

    Kind kind() {
        return kind;
    }

    String describe() {
        return description;
    }

    /** The address as logs may show it: no password, no query parameters. */
    static String withoutSecrets(String url) {
        String bare = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        return bare.replaceFirst("//[^/@]*@", "//");
    }
}
