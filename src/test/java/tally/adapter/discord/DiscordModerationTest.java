package tally.adapter.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Ticker;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.adapter.discord.fake.FakeDiscord;
import tally.adapter.discord.fake.Payloads;
import tally.adapter.discord.fake.Recorded;
import tally.app.FigureQuery;
import tally.app.moderation.Change;
import tally.app.moderation.Moderator;
import tally.bootstrap.TallyRuntime;
import tally.model.Claim;

/**
 * Moderators keep the figures right from Discord, end to end: real JDA against the stand-in, the real engine on the
 * bundled articles, and the real SQLite moderation database in a temporary data folder.
 */
class DiscordModerationTest {
    private static final String GUILD = Long.toString(Payloads.GUILD_ID);
    private static final String CHANNEL = Long.toString(Payloads.CHANNEL_ID);
    private static final String QUESTION = "How many North Korean soldiers have been killed or wounded?";
    private static final DiscordSettings SETTINGS =
            new DiscordSettings(List.of(GUILD), List.of(), 0, 100, List.of("Moderator"), 1, 0, 0, 3);

    @TempDir
    Path data;
    private LogCapture log;
    private FakeDiscord discord;
    private TallyRuntime runtime;
    private TallyBot bot;

    @BeforeEach
    void start() throws Exception {
        log = LogCapture.attach();
        discord = new FakeDiscord();
        startBot();
    }

    private void startBot() throws Exception {
        long registered = registrations();
        runtime = TallyRuntime.open(Path.of("corpus"), data, Path.of("config"), line -> { });
        bot = TallyBot.start(runtime.tally(), SETTINGS, BotEnvironment.from(discord.environment()), Ticker.systemTicker());
        bot.awaitReady();
        // After a restart the first bot's registration is already on record: wait for this bot's own, or the stand-in
        // may close under it and its late PUT is logged as an error in the test's capture.
        discord.await("command registration", r -> registrations() > registered);
    }

    private long registrations() {
        return discord.requests().stream().filter(r -> r.is("PUT", "applications/\\d+/guilds/" + GUILD + "/commands"))
                .count();
    }

    private void stopBot() {
        log.ignoringShutdown(bot::close);
        runtime.close();
    }

    @AfterEach
    void stop() {
        try {
            stopBot();
            discord.close();
            assertEquals(List.of(), discord.problems(), "the stand-in saw requests it does not know");
            assertEquals(List.of(), log.warnings(), "JDA or Tally logged warnings");
        } finally {
            log.close();
        }
    }

    private Moderator moderator() {
        return runtime.tally().moderator().orElseThrow();
    }

    /** /ask as a member; the answer message as members see it. */
    private ObjectNode ask(String question) throws Exception {
        long id = discord.nextId();
        discord.dispatch("INTERACTION_CREATE", Payloads.slashCommand(id, Payloads.MEMBER_ID, "ask",
                Payloads.stringOption("question", question)));
        return discord.messageFrom(discord.await("the answer", r -> r.is("PATCH", "webhooks/\\d+/token-" + id + "/messages/@original")));
    }

    /** The callback Tally sent for an interaction. */
    private Recorded callback(long interactionId) throws InterruptedException {
        return discord.await("the callback of " + interactionId, r -> r.is("POST", "interactions/" + interactionId + "/.*"));
    }

    /** The message a callback created, as a later interaction on it carries it. */
    private static ObjectNode messageOf(Recorded callback) {
        JsonNode data = callback.body().path("data");
        ObjectNode message = Payloads.message(9_000_000_000L + callback.hashCode() % 1000, Payloads.user(Payloads.BOT_ID, "Tally", true),
                data.path("content").asText(""), Payloads.JSON.createArrayNode());
        message.set("components", data.path("components").deepCopy());
        // Discord stores what the bot sent and adds each embed's type.
        com.fasterxml.jackson.databind.node.ArrayNode embeds = message.putArray("embeds");
        data.path("embeds").forEach(e -> embeds.add(((ObjectNode) e.deepCopy()).put("type", "rich")));
        message.put("flags", data.path("flags").asInt(0)).put("type", 20).put("webhook_id", Long.toString(Payloads.APP_ID));
        return message;
    }

    private static List<JsonNode> selectOptions(JsonNode message, String customId) {
        List<JsonNode> options = new ArrayList<>();
        for (JsonNode row : message.path("components")) {
            for (JsonNode c : row.path("components")) {
                if (c.path("custom_id").asText().equals(customId)) {
                    c.path("options").forEach(options::add);
                }
            }
        }
        return options;
    }

    private static boolean ephemeral(Recorded callback) {
        return (callback.body().path("data").path("flags").asInt() & 64) != 0;
    }

    private String idOf(String wording) {
        return runtime.tally().figures(FigureQuery.all()).stream().filter(c -> c.figure().text().equals(wording))
                .findFirst().orElseThrow().moderation().id();
    }

    private long interact(ObjectNode interaction) {
        discord.dispatch("INTERACTION_CREATE", interaction);
        return interaction.path("id").asLong();
    }

    @Test
    void aModeratorCorrectsAFigureFromItsLineInAnAnswerAndMembersAreRefused() throws Exception {
        ObjectNode answer = ask(QUESTION);
        List<JsonNode> figures = selectOptions(answer, ClaimControls.FIX);
        assertFalse(figures.isEmpty(), "the answer lists its figures for moderators: " + answer);
        String id = idOf("more than 3,000");
        assertTrue(figures.stream().anyMatch(o -> o.path("value").asText().equals(id)));
        assertTrue(answer.toString().contains("\"custom_id\":\"" + ClaimControls.REPORT + "\""), "the report button");

        Recorded refused = callback(interact(Payloads.selectChoice(discord.nextId(), Payloads.MEMBER_ID, ClaimControls.FIX, answer, id)));
        assertTrue(ephemeral(refused));
        assertTrue(refused.body().toString().contains("Moderators only"), refused.body().toString());

        Recorded panel = callback(interact(Payloads.selectChoice(discord.nextId(), Payloads.MODERATOR_ID, ClaimControls.FIX, answer, id)));
        assertTrue(ephemeral(panel));
        assertTrue(panel.body().toString().contains("more than 3,000"), panel.body().toString());
        Recorded form = callback(interact(Payloads.selectChoice(discord.nextId(), Payloads.MODERATOR_ID,
                CorrectionPanel.PANEL + id, messageOf(panel), "claimant")));
        assertEquals(9, form.body().path("type").asInt(), "a form (modal)");
        assertEquals(CorrectionPanel.FORM + "claimant:" + id, form.body().path("data").path("custom_id").asText());

        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("value", "Seoul's spy agency");
        inputs.put("reason", "the quote is the NIS's briefing");
        Recorded done = callback(interact(Payloads.modalSubmit(discord.nextId(), Payloads.MODERATOR_ID,
                CorrectionPanel.FORM + "claimant:" + id, inputs)));
        assertTrue(ephemeral(done));
        assertTrue(done.body().toString().contains("Change 1 recorded"), done.body().toString());

        Change change = moderator().log().get(0).change();
        assertEquals(Long.toString(Payloads.MODERATOR_ID), change.actor().value());
        assertEquals("the quote is the NIS's briefing", change.reason());
        Claim corrected = runtime.tally().figures(FigureQuery.all()).stream().filter(c -> id.equals(c.moderation().id()))
                .findFirst().orElseThrow();
        assertEquals("nis", corrected.claimant().id());
        String again = ask(QUESTION).path("embeds").toString();
        assertTrue(again.contains("claimant corrected by moderators"), again);
    }

    @Test
    void hideLogAndUndoFromSlashCommandsAndAHideSurvivesARestart() throws Exception {
        String id = idOf("Thousands");
        Recorded member = callback(interact(Payloads.slashCommand(discord.nextId(), Payloads.MEMBER_ID, "claim",
                Payloads.subcommand("hide", Payloads.stringOption("id", id), Payloads.stringOption("reason", "x")))));
        assertTrue(ephemeral(member) && member.body().toString().contains("Moderators only"), member.body().toString());
        assertEquals(0, moderator().log().size());

        Recorded hidden = callback(interact(Payloads.slashCommand(discord.nextId(), Payloads.MODERATOR_ID, "claim",
                Payloads.subcommand("hide", Payloads.stringOption("id", id), Payloads.stringOption("reason", "not a count")))));
        assertTrue(ephemeral(hidden) && hidden.body().toString().contains("Change 1 recorded"), hidden.body().toString());
        assertFalse(ask(QUESTION).path("embeds").toString().contains("Thousands"));

        stopBot();
        startBot();
        assertFalse(ask(QUESTION).path("embeds").toString().contains("Thousands"), "still hidden after a restart");

        Recorded logged = callback(interact(Payloads.slashCommand(discord.nextId(), Payloads.MODERATOR_ID, "claim",
                Payloads.subcommand("log"))));
        String logText = logged.body().toString();
        assertTrue(ephemeral(logged) && logText.contains("#1") && logText.contains("not a count") && logText.contains("hidden"), logText);

        Recorded undone = callback(interact(Payloads.slashCommand(discord.nextId(), Payloads.MODERATOR_ID, "claim",
                Payloads.subcommand("undo", Payloads.integerOption("change", 1)))));
        assertTrue(undone.body().toString().contains("Change 2 recorded") && undone.body().toString().contains("shown again"),
                undone.body().toString());
        assertTrue(ask(QUESTION).path("embeds").toString().contains("Thousands"));
    }

    /**
     * Round 64: the change log, a moderator's private list, pages on after a restart (composed again from the
     * database; it had said "This answer has expired"); a reply's recipe too long for a button is kept in the
     * moderation database, so it outlives the restart too.
     */
    @Test
    void theChangeLogPagesOnAfterARestartAndALongRecipeIsKeptInTheDatabase() throws Exception {
        tally.app.moderation.Actor actor = tally.app.moderation.Actor.cli("test");
        long last = moderator().hide(idOf("Thousands"), "not a count", actor).id();
        for (int i = 0; i < 40; i++) {
            last = moderator().undo(last, "round " + i + " of a long argument about this figure", actor).id();
        }
        Recorded logged = callback(interact(Payloads.slashCommand(discord.nextId(), Payloads.MODERATOR_ID, "claim",
                Payloads.subcommand("log"))));
        String next = BotHarness.buttonId(logged.body().path("data"), "Next");
        String recipe = ReplyRecipes.ASK + "how many North Korean soldiers ".repeat(5);
        String key = new KeptRecipes(KeptRecipes.shelfOf(runtime.tally())).keep(recipe);

        stopBot();
        startBot();
        Recorded page = callback(interact(Payloads.buttonClick(discord.nextId(), Payloads.MODERATOR_ID, next,
                messageOf(logged))));
        assertEquals(7, page.body().path("type").asInt(), "page 2 in place, not 'expired': " + page.body());
        assertTrue(page.body().path("data").path("embeds").toString().contains("Page 2 of"), page.body().toString());
        assertEquals(java.util.Optional.of(recipe), new KeptRecipes(KeptRecipes.shelfOf(runtime.tally())).find(key));
    }

    @Test
    void aMembersReportReachesTheModeratorsWhoOpenTheCorrectionInOneClick() throws Exception {
        ObjectNode answer = ask(QUESTION);
        Recorded pick = callback(interact(Payloads.buttonClick(discord.nextId(), Payloads.MEMBER_ID, ClaimControls.REPORT, answer)));
        assertTrue(ephemeral(pick));
        List<JsonNode> figures = selectOptions(messageOf(pick), ReportFlow.PICK);
        assertEquals(selectOptions(answer, ClaimControls.FIX).size(), figures.size(), "the answer's figures");
        String id = idOf("more than 3,000");
        Recorded why = callback(interact(Payloads.selectChoice(discord.nextId(), Payloads.MEMBER_ID, ReportFlow.PICK,
                messageOf(pick), id)));
        assertEquals(7, why.body().path("type").asInt(), "the private message is updated in place");
        Recorded thanks = callback(interact(Payloads.selectChoice(discord.nextId(), Payloads.MEMBER_ID, ReportFlow.WHY + id,
                messageOf(why), "wrong_number")));
        assertTrue(thanks.body().toString().contains("reached the moderators"), thanks.body().toString());

        // another member says why in their own words
        Recorded other = callback(interact(Payloads.selectChoice(discord.nextId(), Payloads.HELPER_ID, ReportFlow.WHY + id,
                messageOf(why), "other")));
        assertEquals(9, other.body().path("type").asInt());
        Recorded thanked = callback(interact(Payloads.modalSubmit(discord.nextId(), Payloads.HELPER_ID, ReportFlow.OTHER + id,
                Map.of("text", "the article says 1,100"))));
        assertTrue(ephemeral(thanked) && thanked.body().toString().contains("reached the moderators"));

        Recorded reports = callback(interact(Payloads.slashCommand(discord.nextId(), Payloads.MODERATOR_ID, "claim",
                Payloads.subcommand("reports"))));
        String text = reports.body().toString();
        assertTrue(ephemeral(reports) && text.contains("more than 3,000") && text.contains("2 reports")
                && text.contains("1 wrong number") && text.contains("the article says 1,100"), text);
        Recorded panel = callback(interact(Payloads.selectChoice(discord.nextId(), Payloads.MODERATOR_ID,
                ClaimSlashCommand.OPEN, messageOf(reports), id)));
        assertTrue(panel.body().toString().contains("Correct a figure"), panel.body().toString());

        // a member's reply to the answer saying a figure is wrong is offered the same control
        ObjectNode reply = Payloads.replyingTo(Payloads.guildMessage(discord.nextId(),
                Payloads.user(Payloads.MEMBER_ID, "member", false), "that number is wrong", Payloads.JSON.createArrayNode()),
                answer, false);
        discord.dispatch("MESSAGE_CREATE", reply);
        Recorded offer = discord.await("the offer", r -> r.is("POST", "channels/" + CHANNEL + "/messages")
                && r.body().path("content").asText().equals(Disputes.OFFER));
        assertEquals(reply.path("id").asText(), offer.body().path("message_reference").path("message_id").asText());
        assertEquals(figures.size(), selectOptions(offer.body(), ReportFlow.PICK).size());
    }

    @Test
    void aPinnedSummaryIsEditedInPlaceWhenACorrectionChangesItsFiguresAndForgottenWhenGone() throws Exception {
        long id = discord.nextId();
        discord.dispatch("INTERACTION_CREATE", Payloads.slashCommand(id, Payloads.MODERATOR_ID, "summary",
                Payloads.booleanOption("pin", true)));
        discord.await("the pinned confirmation", r -> r.path().matches("webhooks/.*token-" + id + ".*@original")
                && r.body().path("content").asText().contains("pinned"));
        assertEquals(1, moderator().pins().size());
        String summary = moderator().pins().get(0).messageId();

        moderator().hide(idOf("Thousands"), "not a count", tally.app.moderation.Actor.cli("test"));
        Recorded edit = discord.await("the summary edited", r -> r.is("PATCH", "channels/" + CHANNEL + "/messages/" + summary));
        String content = edit.body().path("content").asText();
        assertTrue(content.startsWith("Updated ") && content.contains("moderators changed the corrections")
                && content.contains("1 figure no longer listed"), content);
        assertFalse(edit.body().path("embeds").toString().contains("Thousands"));
        assertEquals("[]", edit.body().path("allowed_mentions").path("parse").toString(), "pings no one");

        discord.deleteMessage(summary);
        moderator().undo(1, "it is a count after all", tally.app.moderation.Actor.cli("test"));
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (!moderator().pins().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(List.of(), moderator().pins(), "the record of a deleted summary is dropped");
    }
}
