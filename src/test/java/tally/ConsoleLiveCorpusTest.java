package tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The running console ({@code tally console}, a process of its own, as an operator starts it) follows its corpus
 * folder: an article added, edited, emptied and deleted while it answers shows in the next replies, and its log says
 * what changed and which file could not be used.
 */
class ConsoleLiveCorpusTest {

    private static final String QUESTION = "How many North Korean soldiers were killed?";
    /** A hang detector, not a speed test. */
    private static final long HANG_NANOS = TimeUnit.SECONDS.toNanos(60);

    @TempDir
    Path tmp;

    @Test
    void anArticleAddedEditedEmptiedAndDeletedWhileTheConsoleRunsShowsInItsReplies() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(Path.of("corpus/000_e91d87e17ce0cfe8.txt"), corpus.resolve("000_e91d87e17ce0cfe8.txt"));
        Process console = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "tally.Main", "console", "--corpus", corpus.toString(),
                "--data", tmp.resolve("data").toString(), "--config", "config").start();
        Output out = new Output(console.getInputStream());
        Output err = new Output(console.getErrorStream());
        try (Writer in = new OutputStreamWriter(console.getOutputStream(), StandardCharsets.UTF_8)) {
            Session session = new Session(in, out);
            assertTrue(session.reply(QUESTION).contains("approximately 100"));

            appear(corpus, "zz_wire.txt", "4,321");
            assertTrue(session.replyUntil("/sources", r -> r.contains("file zz_wire.txt")).contains("2 articles"));
            assertTrue(session.reply(QUESTION).contains("4,321"));

            appear(corpus, "zz_wire.txt", "4,765");
            String edited = session.replyUntil(QUESTION, r -> r.contains("4,765"));
            assertFalse(edited.contains("4,321"), edited);

            Files.write(corpus.resolve("zz_wire.txt"), new byte[0]);
            err.await(e -> e.contains("index: problem: zz_wire.txt: file is empty (still answering from the last good"
                    + " version of this file)"));
            assertTrue(session.reply(QUESTION).contains("4,765"), "an emptied file answers from its last good version");

            Files.delete(corpus.resolve("zz_wire.txt"));
            String deleted = session.replyUntil("/sources", r -> !r.contains("zz_wire.txt"));
            assertTrue(deleted.contains("1 articles") || deleted.contains("1 article"), deleted);
            assertFalse(session.reply(QUESTION).contains("4,765"));

            in.write("/quit\n");
            in.flush();
        }
        assertTrue(console.waitFor(60, TimeUnit.SECONDS), "the console did not stop at /quit");
        assertEquals(0, console.exitValue(), err.text());
        String log = err.text();
        for (String change : List.of("1 article added (zz_wire.txt)", "1 article edited (zz_wire.txt)",
                "1 article removed (zz_wire.txt)")) {
            assertTrue(log.contains("tally: index: corpus changed: " + change), change + " not logged:\n" + log);
        }
    }

    /** The article appears whole, as an editor's save or a copy into the folder does. */
    private void appear(Path corpus, String name, String killed) throws IOException {
        Path staged = Files.writeString(tmp.resolve(name), "title: Wire\noutlet: Test Wire\npublished: 2025-01-10\n---\n"
                + "Ukrainian President Volodymyr Zelensky said on Monday that " + killed
                + " North Korean soldiers had been killed in Kursk.\n");
        Files.move(staged, corpus.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Lines typed into the console, and its replies: each ends with the line that says the figures are unverified. */
    private record Session(Writer in, Output out) {

        String reply(String line) throws IOException, InterruptedException {
            int from = out.length();
            in.write(line + "\n");
            in.flush();
            return out.await(from, text -> text.contains("unverified") && text.endsWith("\n\n"));
        }

        String replyUntil(String line, Predicate<String> shows) throws IOException, InterruptedException {
            long deadline = System.nanoTime() + HANG_NANOS;
            while (true) {
                String reply = reply(line);
                if (shows.test(reply)) {
                    return reply;
                }
                assertTrue(System.nanoTime() < deadline, "the change never showed: " + reply);
                Thread.sleep(100);
            }
        }
    }

    /** Everything a stream of the process printed, read as it comes. */
    private static final class Output {
        private final StringBuilder text = new StringBuilder();

        Output(InputStream stream) {
            Thread reader = new Thread(() -> {
                byte[] buffer = new byte[8192];
                try (stream) {
                    for (int n = stream.read(buffer); n >= 0; n = stream.read(buffer)) {
                        synchronized (this) {
                            text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                            notifyAll();
                        }
                    }
                } catch (IOException e) {
                    // the process ended
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        synchronized int length() {
            return text.length();
        }

        synchronized String text() {
            return text.toString();
        }

        void await(Predicate<String> wanted) throws InterruptedException {
            await(0, wanted);
        }

        synchronized String await(int from, Predicate<String> wanted) throws InterruptedException {
            long deadline = System.nanoTime() + HANG_NANOS;
            while (!wanted.test(text.substring(from))) {
                long left = deadline - System.nanoTime();
                assertTrue(left > 0, "not printed within the hang bound; so far:\n" + text.substring(from));
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            return text.substring(from);
        }
    }
}
