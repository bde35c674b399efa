package tally.adapter.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Ticker;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.adapter.discord.fake.FakeDiscord;
import tally.adapter.discord.fake.Payloads;
import tally.adapter.discord.fake.Recorded;
import tally.bootstrap.TallyRuntime;

/** /timeline on the real engine and the seed corpus, through real JDA and the stand-in: the chart comes attached. */
class DiscordTimelineTest {

    @Test
    void theChartIsAttachedToTheEmbedAndNothingToDrawIsRefusedPrivately(@TempDir Path data) throws Exception {
        try (LogCapture log = LogCapture.attach();
                TallyRuntime runtime = TallyRuntime.open(Path.of("corpus"), data, Path.of("config"), line -> { });
                FakeDiscord discord = new FakeDiscord()) {
            DiscordSettings settings = new DiscordSettings(List.of(Long.toString(Payloads.GUILD_ID)), List.of(), 0, 10,
                    List.of(), 1, 0, 0);
            TallyBot bot = TallyBot.start(runtime.tally(), settings, BotEnvironment.from(discord.environment()),
                    Ticker.systemTicker());
            try {
                bot.awaitReady();
                long id = discord.nextId();
                discord.dispatch("INTERACTION_CREATE", Payloads.slashCommand(id, Payloads.MEMBER_ID, "timeline",
                        Payloads.stringOption("metric", "killed_or_wounded")));
                Recorded edit = discord.await("the chart", r -> r.is("PATCH", "webhooks/\\d+/token-" + id + "/messages/@original"));
                JsonNode embed = edit.body().path("embeds").get(0);
                assertEquals("attachment://timeline.png", embed.path("image").path("url").asText(), embed.toString());
                assertEquals("timeline.png", edit.body().path("attachments").get(0).path("filename").asText(),
                        edit.body().toString());
                assertTrue(embed.toString().contains("more than 3,000"), "the claims drawn are listed: " + embed);
                assertTrue(embed.path("footer").path("text").asText().contains("unverified"));
                assertEquals("[]", edit.body().path("allowed_mentions").path("parse").toString());

                long none = discord.nextId();
                discord.dispatch("INTERACTION_CREATE", Payloads.slashCommand(none, Payloads.MEMBER_ID, "timeline",
                        Payloads.stringOption("metric", "captured")));
                Recorded refusal = discord.await("the refusal", r -> r.is("POST", "interactions/" + none + "/.*"));
                assertEquals(4, refusal.body().path("type").asInt(), "answered at once, not deferred");
                assertEquals(64, refusal.body().path("data").path("flags").asInt() & 64, "only the asker sees it");
                assertTrue(refusal.body().path("data").path("embeds").get(0).toString().contains("Nothing to draw"));
            } finally {
                log.ignoringShutdown(bot::close);
            }
            assertEquals(List.of(), discord.problems());
            assertEquals(List.of(), log.warnings());
        }
    }
}
