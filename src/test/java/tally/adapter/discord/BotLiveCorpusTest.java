package tally.adapter.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.adapter.discord.fake.FakeDiscord;
import tally.adapter.discord.fake.Payloads;
import tally.adapter.discord.fake.Recorded;
import tally.bootstrap.TallyRuntime;
import tally.model.LoadProblem;

/**
 * The running bot follows its corpus folder: an article added, edited, emptied and deleted while it answers, through
 * real JDA against the Discord stand-in, on the real engine with its watcher.
 */
class BotLiveCorpusTest {

    private static final String QUESTION = "How many North Korean soldiers were killed?";
    /** A hang detector, not a speed test: a change shows within a second or two. */
    private static final long HANG_NANOS = TimeUnit.SECONDS.toNanos(60);

    @TempDir
    Path tmp;

    @Test
    void anArticleAddedEditedEmptiedAndDeletedWhileTheBotAnswersShowsInItsAnswers() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(Path.of("corpus/000_e91d87e17ce0cfe8.txt"), corpus.resolve("000_e91d87e17ce0cfe8.txt"));
        List<String> log = new CopyOnWriteArrayList<>();
        try (LogCapture jda = LogCapture.attach();
                TallyRuntime runtime = TallyRuntime.open(corpus, tmp.resolve("data"), Path.of("config"), log::add)
                        .watchCorpus();
                FakeDiscord discord = new FakeDiscord()) {
            DiscordSettings settings = new DiscordSettings(List.of(Long.toString(Payloads.GUILD_ID)), List.of(), 0, 10,
                    List.of(), 1, 0, 0);
            TallyBot bot = TallyBot.start(runtime.tally(), settings, BotEnvironment.from(discord.environment()),
                    Ticker.systemTicker());
            try {
                bot.awaitReady();
                assertTrue(ask(discord).contains("approximately 100"), "answers from the corpus it started with");

                appear(corpus, "zz_wire.txt", "4,321");
                String added = askUntil(discord, a -> a.contains("4,321"));
                assertTrue(added.contains("Test Wire") && added.contains("approximately 100"), added);

                appear(corpus, "zz_wire.txt", "4,765");
                String edited = askUntil(discord, a -> a.contains("4,765"));
                assertFalse(edited.contains("4,321"), "the edit replaced the old figure: " + edited);

                Files.write(corpus.resolve("zz_wire.txt"), new byte[0]);
                awaitProblem(runtime, "zz_wire.txt");
                LoadProblem emptied = runtime.tally().status().problems().get(0);
                assertTrue(emptied.message().contains("empty") && emptied.message().contains("last good version"),
                        emptied.toString());
                assertTrue(ask(discord).contains("4,765"), "an emptied file answers from its last good version");

                Files.delete(corpus.resolve("zz_wire.txt"));
                String deleted = askUntil(discord, a -> !a.contains("4,765"));
                assertTrue(deleted.contains("approximately 100"), deleted);
            } finally {
                jda.ignoringShutdown(bot::close);
            }
            assertEquals(List.of(), discord.problems());
            assertEquals(List.of(), jda.warnings());
            assertTrue(log.stream().anyMatch(l -> l.contains("1 article added (zz_wire.txt)")), log.toString());
            assertTrue(log.stream().anyMatch(l -> l.contains("1 article removed (zz_wire.txt)")), log.toString());
        }
    }

    /** The article appears whole, as an editor's save or a copy into the folder does. */
    private void appear(Path corpus, String name, String killed) throws IOException {
        Path staged = Files.writeString(tmp.resolve(name), "title: Wire\noutlet: Test Wire\npublished: 2025-01-10\n---\n"
                + "Ukrainian President Volodymyr Zelensky said on Monday that " + killed
                + " North Korean soldiers had been killed in Kursk.\n");
        Files.move(staged, corpus.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String ask(FakeDiscord discord) throws InterruptedException {
        long id = discord.nextId();
        discord.dispatch("INTERACTION_CREATE", Payloads.slashCommand(id, Payloads.MEMBER_ID, "ask",
                Payloads.stringOption("question", QUESTION)));
        Recorded answer = discord.await("the answer to " + id,
                r -> r.is("PATCH", "webhooks/\\d+/token-" + id + "/messages/@original"));
        return answer.body().path("embeds").toString();
    }

    private static String askUntil(FakeDiscord discord, Predicate<String> shows) throws InterruptedException {
        long deadline = System.nanoTime() + HANG_NANOS;
        while (true) {
            String answer = ask(discord);
            if (shows.test(answer)) {
                return answer;
            }
            assertTrue(System.nanoTime() < deadline, "the change never showed: " + answer);
            Thread.sleep(100);
        }
    }

    private static void awaitProblem(TallyRuntime runtime, String file) throws InterruptedException {
        long deadline = System.nanoTime() + HANG_NANOS;
        while (runtime.tally().status().problems().stream().noneMatch(p -> p.file().equals(file))) {
            assertTrue(System.nanoTime() < deadline, "the emptied file was never reported");
            Thread.sleep(50);
        }
    }
}
