package tally.adapter.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.adapter.discord.BotEnvironment;
import tally.adapter.discord.DiscordSettings;
import tally.adapter.discord.TallyBot;
import tally.adapter.discord.fake.FakeDiscord;
import tally.adapter.discord.fake.Payloads;
import tally.adapter.discord.fake.Recorded;
import tally.bootstrap.TallyRuntime;

/**
 * A burst through the bot itself: 200 members send /ask at once, through real JDA, to the local Discord stand-in,
 * on the real engine and the seed corpus. Every interaction must get its answer, with no mention allowed and nothing
 * the stand-in does not know. The latencies are printed for information only; speed is the benchmark's business.
 */
class BotBurstTest {

    private static final int MEMBERS = 200;
    private static final long FIRST_MEMBER = 1_700_000_000_000_000_000L;
    private static final Pattern ANSWER = Pattern.compile("webhooks/\\d+/token-(\\d+)/messages/@original");
    /** The first response, which Discord wants within 3 seconds: here a deferral ("Tally is thinking..."). */
    private static final Pattern ACK = Pattern.compile("interactions/(\\d+)/[^/]+/callback");
    private static final long DEADLINE_NANOS = 120_000_000_000L;

    @Test
    void twoHundredConcurrentAsksAreAllAnsweredWithoutMentionsOrErrors(@TempDir Path data) throws Exception {
        try (TallyRuntime runtime = TallyRuntime.open(Path.of("corpus"), data, Path.of("config"), line -> { });
                FakeDiscord discord = new FakeDiscord()) {
            DiscordSettings settings = new DiscordSettings(List.of(Long.toString(Payloads.GUILD_ID)), List.of(), 0, 100,
                    List.of(), 1, 0, 0);
            TallyBot bot = TallyBot.start(runtime.tally(), settings, BotEnvironment.from(discord.environment()),
                    Ticker.systemTicker());
            try {
                bot.awaitReady();
                Map<Long, Long> sentAt = new HashMap<>();
                for (int i = 0; i < MEMBERS; i++) {
                    long id = discord.nextId();
                    String question = i % 4 == 0 ? Questions.ALL.get(i % Questions.ALL.size()) : Questions.ALL.get(0);
                    sentAt.put(id, System.nanoTime());
                    discord.dispatch("INTERACTION_CREATE", Payloads.slashCommand(id, FIRST_MEMBER + i, "ask",
                            Payloads.stringOption("question", question)));
                }
                Map<Long, Long> ackedAt = new HashMap<>();
                Map<Long, Long> answeredAt = awaitAnswers(discord, sentAt, ackedAt);
                assertEquals(MEMBERS, ackedAt.size(), "every /ask is acknowledged");
                assertEquals(MEMBERS, answeredAt.size(), "every /ask gets its answer");
                for (Recorded r : discord.requests()) {
                    if (r.method().equals("PATCH") && ANSWER.matcher(r.path()).matches()) {
                        assertEquals("[]", r.body().path("allowed_mentions").path("parse").toString(), r.path());
                        assertTrue(r.body().toString().contains("unverified"), r.path());
                    }
                }
                report("acknowledged", sentAt, ackedAt);
                report("answered", sentAt, answeredAt);
            } finally {
                bot.close();
            }
            assertEquals(List.of(), discord.problems(), "the stand-in saw requests it does not know");
        }
    }

    /** Polls the stand-in's request log, noting when each interaction's answer first arrives. */
    private static Map<Long, Long> awaitAnswers(FakeDiscord discord, Map<Long, Long> sentAt, Map<Long, Long> ackedAt)
            throws InterruptedException {
        Map<Long, Long> answeredAt = new HashMap<>();
        long deadline = System.nanoTime() + DEADLINE_NANOS;
        int seen = 0;
        // The stand-in records a request once it has answered it, on a pool: an answer can be logged before its own
        // acknowledgement, so wait for both.
        while ((answeredAt.size() < sentAt.size() || ackedAt.size() < sentAt.size()) && System.nanoTime() < deadline) {
            List<Recorded> requests = discord.requests();
            long now = System.nanoTime();
            for (int i = seen; i < requests.size(); i++) {
                Recorded r = requests.get(i);
                Matcher ack = ACK.matcher(r.path());
                if (r.method().equals("POST") && ack.matches() && sentAt.containsKey(Long.parseLong(ack.group(1)))) {
                    ackedAt.putIfAbsent(Long.parseLong(ack.group(1)), now);
                }
                Matcher m = ANSWER.matcher(r.path());
                if (r.method().equals("PATCH") && m.matches()) {
                    long id = Long.parseLong(m.group(1));
                    if (sentAt.containsKey(id)) {
                        answeredAt.putIfAbsent(id, now);
                    }
                }
            }
            seen = requests.size();
            Thread.sleep(2);
        }
        return answeredAt;
    }

    private static void report(String what, Map<Long, Long> sentAt, Map<Long, Long> doneAt) {
        List<Long> nanos = new ArrayList<>();
        doneAt.forEach((id, at) -> nanos.add(at - sentAt.get(id)));
        Percentiles p = new Percentiles(nanos.stream().mapToLong(Long::longValue).toArray());
        System.out.printf("bot burst: %d concurrent /ask through JDA and the local stand-in, %s: p50 %.0f ms, p99 %.0f ms%n",
                nanos.size(), what, p.p50(), p.p99());
    }
}
