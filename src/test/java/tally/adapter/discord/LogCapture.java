package tally.adapter.discord;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.LoggerFactory;

/**
 * Collects every WARN or ERROR logged while a test runs. JDA drops an event it cannot parse with only a warning, so a
 * test that ignored the log could pass on a payload JDA never understood.
 */
final class LogCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable {
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private volatile boolean paused;
    /** Addresses of stand-ins already shut down: a late request of the bot that used one is no finding. */
    private final List<String> retired = new CopyOnWriteArrayList<>();

    static LogCapture attach() {
        LogCapture capture = new LogCapture();
        capture.setContext((ch.qos.logback.classic.LoggerContext) LoggerFactory.getILoggerFactory());
        capture.start();
        // Without a logback-test.xml the default is DEBUG on the console; warnings are all these tests look at.
        root().setLevel(Level.WARN);
        root().addAppender(capture);
        return capture;
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (!paused && event.getLevel().isGreaterOrEqual(Level.WARN)) {
            String thrown = event.getThrowableProxy() == null ? "" : " " + event.getThrowableProxy().getMessage();
            String line = event.getLevel() + " " + event.getLoggerName() + ": " + event.getFormattedMessage() + thrown;
            // JDA says this only once its event pool has been shut down (an event from the stand-in still in flight
            // as the bot closes, logged just after ignoringShutdown returns): a race of the test's own teardown.
            boolean lateEvent = line.contains("Event-Pool rejected event execution");
            if (!lateEvent && retired.stream().noneMatch(line::contains)) {
                warnings.add(line);
            }
        }
    }

    /**
     * Ignores what is logged while {@code shutdown} runs: JDA may complain about work its own pools refuse once they
     * are stopping, which says nothing about the payloads it was sent.
     */
    void ignoringShutdown(Runnable shutdown) {
        paused = true;
        try {
            shutdown.run();
        } finally {
            paused = false;
        }
    }

    /**
     * JDA's graceful shutdown lets queued requests finish after it returns; when the stand-in they were meant for is
     * already gone, the failures (naming its host and port) belong to the previous bot, not to the test now running.
     */
    void retire(String hostAndPort) {
        retired.add(hostAndPort);
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }

    /**
     * Waits for a warning (or error) containing every fragment, then takes it and any others like it off the list, so
     * that the end-of-test check sees only what nobody expected. Returns how many there were.
     */
    int expect(String... fragments) throws InterruptedException {
        java.util.function.Predicate<String> wanted = line -> java.util.Arrays.stream(fragments).allMatch(line::contains);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (warnings.stream().noneMatch(wanted)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("nothing logged containing " + List.of(fragments) + "; logged " + warnings);
            }
            Thread.sleep(5);
        }
        List<String> taken = warnings.stream().filter(wanted).toList();
        warnings.removeAll(taken);
        return taken.size();
    }

    @Override
    public void close() {
        root().detachAppender(this);
        stop();
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
