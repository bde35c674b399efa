package tally.adapter.storage;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** Flyway's and the embedded server's progress lines say nothing a storage test looks at; their warnings still show. */
final class QuietLogs {
    private QuietLogs() {
    }

    static void databases() {
        for (String name : new String[] {"org.flywaydb", "io.zonky"}) {
            ((Logger) LoggerFactory.getLogger(name)).setLevel(Level.WARN);
        }
    }
}
