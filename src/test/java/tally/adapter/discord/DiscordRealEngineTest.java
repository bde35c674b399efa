package tally.adapter.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.adapter.discord.fake.FakeDiscord;
import tally.adapter.discord.fake.Payloads;
import tally.adapter.discord.fake.Recorded;
import tally.app.answer.Answer;
import tally.bootstrap.TallyRuntime;
import tally.model.Claim;

/** The bot on the real engine and the seed corpus, through real JDA and the stand-in. */
class DiscordRealEngineTest {

    @Test
    void askOnTheSeedCorpusShowsEveryFigureTheEngineFoundInItsOriginalWording(@TempDir Path data) throws Exception {
        String question = "How many North Korean soldiers have been killed?";
        try (LogCapture log = LogCapture.attach();
                TallyRuntime runtime = TallyRuntime.open(Path.of("corpus"), data, Path.of("config"), line -> { });
                FakeDiscord discord = new FakeDiscord()) {
            Answer expected = runtime.tally().ask(question);
            assertTrue(expected.hasFigures(), "the seed corpus answers this question");
            DiscordSettings settings = new DiscordSettings(List.of(Long.toString(Payloads.GUILD_ID)), List.of(), 0, 10, List.of(), 1, 0, 0);
            TallyBot bot = TallyBot.start(runtime.tally(), settings, BotEnvironment.from(discord.environment()), Ticker.systemTicker());
            try {
                bot.awaitReady();
                long id = discord.nextId();
                discord.dispatch("INTERACTION_CREATE", Payloads.slashCommand(id, Payloads.MEMBER_ID, "ask",
                        Payloads.stringOption("question", question)));
                Recorded edit = discord.await("the answer", r -> r.is("PATCH", "webhooks/\\d+/token-" + id + "/messages/@original"));
                StringBuilder shown = new StringBuilder();
                edit.body().path("embeds").forEach(e -> shown.append(e));
                for (Claim claim : expected.groups().stream().flatMap(g -> g.claims().stream()).toList()) {
                    assertTrue(shown.indexOf("**" + claim.figure().text() + "**") >= 0, claim.figure().text() + " missing from " + shown);
                }
                assertTrue(shown.indexOf("unverified") >= 0);
                assertEquals("[]", edit.body().path("allowed_mentions").path("parse").toString());
            } finally {
                log.ignoringShutdown(bot::close);
            }
            assertEquals(List.of(), discord.problems());
            assertEquals(List.of(), log.warnings());
        }
    }
}
