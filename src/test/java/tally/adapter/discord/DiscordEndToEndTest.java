package tally.adapter.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Ticker;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tally.adapter.discord.fake.FakeDiscord;
import tally.adapter.discord.fake.Payloads;
import tally.adapter.discord.fake.Recorded;

/** Tally's bot through the real JDA client, against a local stand-in for Discord. */
class DiscordEndToEndTest {
    private static final String GUILD = Long.toString(Payloads.GUILD_ID);
    private static final String CHANNEL = Long.toString(Payloads.CHANNEL_ID);

    private LogCapture log;
    private FakeDiscord discord;
    private TallyBot bot;

    private static final DiscordSettings SETTINGS =
            new DiscordSettings(List.of(GUILD), List.of(), 0, 100, List.of("Moderator"), 1, 0, 0);
    private static final long MESSAGE_CONTENT_INTENT = 1L << 15;

    @BeforeEach
    void start() throws Exception {
        log = LogCapture.attach();
        start(SETTINGS, true);
    }

    private void start(DiscordSettings settings, boolean botMayPin) throws Exception {
        discord = new FakeDiscord(botMayPin);
        bot = TallyBot.start(new FakeTally(), settings, BotEnvironment.from(discord.environment()), Ticker.systemTicker());
        BotHarness.awaitConnected(bot, log, discord);
        // Registration runs on READY; let it finish so that no test closes JDA in the middle of it.
        discord.await("command registration", r -> r.is("PUT", "applications/\\d+/guilds/" + GUILD + "/commands"));
    }

    /** Starts again with other settings or permissions; the usual checks still run on the new pair. */
    private void restart(DiscordSettings settings, boolean botMayPin) throws Exception {
        log.ignoringShutdown(bot::close);
        discord.close();
        log.retire(java.net.URI.create(discord.environment().get("DISCORD_REST_URL")).getAuthority());
        assertEquals(List.of(), discord.problems());
        start(settings, botMayPin);
    }

    @AfterEach
    void stop() throws Exception {
        try {
            log.ignoringShutdown(bot::close);
            discord.close();
            assertEquals(List.of(), discord.problems(), "the stand-in saw requests it does not know");
            assertEquals(List.of(), log.warnings(), "JDA or Tally logged warnings");
        } finally {
            log.close();
        }
    }

    @Test
    void reachesReadyAndRegistersItsCommandsInTheConfiguredServer() throws Exception {
        Recorded put = discord.await("guild command registration",
                r -> r.is("PUT", "applications/\\d+/guilds/" + GUILD + "/commands"));
        Set<String> names = new TreeSet<>();
        put.body().forEach(c -> names.add(c.path("name").asText()));
        assertEquals(new TreeSet<>(List.of("ask", "claim", "figures", "help", "source", "sources", "status", "summary", "timeline")), names);
        JsonNode summary = find(put.body(), "summary");
        assertEquals(Long.toString(1L << 13), summary.path("default_member_permissions").asText(), "Manage Messages only");
        assertEquals(Long.toString(1L << 13), find(put.body(), "claim").path("default_member_permissions").asText(),
                "/claim is for moderators too");
        assertEquals(1, discord.identifies());
        assertEquals(0, discord.identifiedIntents() & MESSAGE_CONTENT_INTENT, "no privileged intent unless channels are listed");
    }

    @Test
    void inAListeningChannelOnTopicQuestionsAreAnsweredWithoutAMention() throws Exception {
        restart(new DiscordSettings(List.of(GUILD), List.of(CHANNEL), 0, 100, List.of(), 1, 0, 0), true);
        assertEquals(MESSAGE_CONTENT_INTENT, discord.identifiedIntents() & MESSAGE_CONTENT_INTENT);
        ObjectNode author = Payloads.user(Payloads.MEMBER_ID, "member", false);
        ObjectNode chatter = Payloads.guildMessage(discord.nextId(), author, "nice weather today", Payloads.JSON.createArrayNode());
        discord.dispatch("MESSAGE_CREATE", chatter);
        ObjectNode question = Payloads.guildMessage(discord.nextId(), author, "how many soldiers were killed", Payloads.JSON.createArrayNode());
        discord.dispatch("MESSAGE_CREATE", question);
        Recorded reply = discord.await("the reply", r -> r.is("POST", "channels/" + CHANNEL + "/messages"));
        assertEquals(question.path("id").asText(), reply.body().path("message_reference").path("message_id").asText(),
                "answers the question, not the chatter");
        assertEquals(1, discord.requests().stream().filter(r -> r.is("POST", "channels/.*")).count());
    }

    @Test
    void withoutPinMessagesTheModeratorIsToldWhatIsMissing() throws Exception {
        restart(SETTINGS, false);
        long id = discord.nextId();
        discord.dispatch("INTERACTION_CREATE", Payloads.slashCommand(id, Payloads.MODERATOR_ID, "summary", Payloads.booleanOption("pin", true)));
        Recorded callback = discord.await("the refusal", r -> r.is("POST", "interactions/" + id + "/.*"));
        assertEquals(64, callback.body().path("data").path("flags").asInt() & 64, "ephemeral");
        String said = callback.body().path("data").path("embeds").get(0).toString();
        assertTrue(said.contains("Pin Messages") && said.contains("Ask an admin"), said);
        assertTrue(discord.requests().stream().noneMatch(r -> r.is("POST", "channels/.*/messages")), "nothing posted");
    }

    @Test
    void askInteractionIsDeferredThenAnsweredWithFiguresCaveatAndNoMentions() throws Exception {
        long id = discord.nextId();
        discord.dispatch("INTERACTION_CREATE", Payloads.slashCommand(id, Payloads.MEMBER_ID, "ask",
                Payloads.stringOption("question", "How many were killed? @everyone")));
        Recorded callback = discord.await("the /ask callback", r -> r.is("POST", "interactions/" + id + "/token-" + id + "/callback"));
        assertEquals(5, callback.body().path("type").asInt(), "deferred before computing");
        Recorded edit = discord.await("the answer", r -> r.is("PATCH", "webhooks/\\d+/token-" + id + "/messages/@original"));
        String embed = edit.body().path("embeds").get(0).toString();
        assertTrue(embed.contains("about 300") && embed.contains("some 3,000") && embed.contains("two"), embed);
        assertTrue(embed.contains("South Korea's National Intelligence Service") && embed.contains("Yonhap"), embed);
        assertTrue(embed.contains("unverified"), embed);
        assertFalse(embed.contains("@everyone"), "the echoed question must not carry a live @everyone: " + embed);
        assertNoMentions(edit.body());
    }

    @Test
    void aMessageMentioningTallyGetsAReply() throws Exception {
        ObjectNode author = Payloads.user(Payloads.MEMBER_ID, "member", false);
        ObjectNode message = Payloads.guildMessage(discord.nextId(), author, "<@" + Payloads.BOT_ID + "> how many soldiers were captured?",
                Payloads.JSON.createArrayNode().add(Payloads.user(Payloads.BOT_ID, "Tally", true)));
        discord.dispatch("MESSAGE_CREATE", message);
        Recorded reply = discord.await("the chat reply", r -> r.is("POST", "channels/" + CHANNEL + "/messages"));
        assertEquals(message.path("id").asText(), reply.body().path("message_reference").path("message_id").asText());
        assertTrue(reply.body().path("embeds").get(0).toString().contains("two"));
        assertNoMentions(reply.body());
    }

    @Test
    void aChatQuestionOverTheAllowanceGetsAWaitingMarkNotAnImmediateAnswer() throws Exception {
        restart(new DiscordSettings(List.of(GUILD), List.of(), 60, 100, List.of(), 1, 0, 0, 1), true);
        ObjectNode author = Payloads.user(Payloads.MEMBER_ID, "member", false);
        ArrayNode mentions = Payloads.JSON.createArrayNode().add(Payloads.user(Payloads.BOT_ID, "Tally", true));
        discord.dispatch("MESSAGE_CREATE", Payloads.guildMessage(discord.nextId(), author, "<@" + Payloads.BOT_ID + "> how many killed?", mentions));
        discord.await("the first answer", r -> r.is("POST", "channels/" + CHANNEL + "/messages"));
        long second = discord.nextId();
        discord.dispatch("MESSAGE_CREATE", Payloads.guildMessage(second, author, "<@" + Payloads.BOT_ID + "> and captured?", mentions));
        discord.await("the reaction", r -> r.is("PUT", "channels/" + CHANNEL + "/messages/" + second + "/reactions/.*/@me"));
        assertEquals(1, discord.requests().stream().filter(r -> r.is("POST", "channels/.*/messages")).count(),
                "one answer only; the second waits for the member's allowance (DiscordCooldownTest)");
    }

    @Test
    void moderatorSummaryWithPinIsPostedPinnedAndSupersedesThePreviousOne() throws Exception {
        discord.pinOthers(3);
        String first = summary(Payloads.MODERATOR_ID);
        discord.await("the first confirmation", r -> r.path().matches("webhooks/.*@original") && r.body().path("content").asText().contains("pinned"));
        assertTrue(discord.pinnedIds().contains(first));
        String second = summary(Payloads.MODERATOR_ID);
        Recorded superseded = discord.await("the old summary marked", r -> r.is("PATCH", "channels/" + CHANNEL + "/messages/" + first));
        assertTrue(superseded.body().path("content").asText().startsWith("Superseded"));
        assertNoMentions(superseded.body());
        discord.await("the old summary unpinned", r -> r.is("DELETE", "channels/" + CHANNEL + "/messages/pins/" + first));
        assertEquals(4, discord.pinnedIds().size(), "the members' pins stay, one summary");
        assertEquals(second, discord.pinnedIds().get(3));
    }

    @Test
    void aSummaryPinnedBeforeARestartIsStillSuperseded() throws Exception {
        String first = summary(Payloads.MODERATOR_ID);
        discord.await("the first confirmation", r -> r.path().matches("webhooks/.*@original") && r.body().path("content").asText().contains("pinned"));
        log.ignoringShutdown(bot::close);
        bot = TallyBot.start(new FakeTally(), SETTINGS, BotEnvironment.from(discord.environment()), Ticker.systemTicker());
        BotHarness.awaitConnected(bot, log, discord);
        summary(Payloads.MODERATOR_ID);
        discord.await("the old summary unpinned", r -> r.is("DELETE", "channels/" + CHANNEL + "/messages/pins/" + first));
        assertEquals(1, discord.pinnedIds().size());
    }

    @Test
    void aRoleNamedInTheConfigMakesAModeratorWithoutManageMessages() throws Exception {
        restart(new DiscordSettings(List.of(GUILD), List.of(), 0, 100, List.of("helpers"), 1, 0, 0), true);
        summary(Payloads.HELPER_ID);
        restart(SETTINGS, true);
        long id = discord.nextId();
        discord.dispatch("INTERACTION_CREATE", Payloads.slashCommand(id, Payloads.HELPER_ID, "summary"));
        Recorded refusal = discord.await("the refusal", r -> r.is("POST", "interactions/" + id + "/.*"));
        assertTrue(refusal.body().path("data").path("embeds").get(0).toString().contains("Moderators only"));
    }

    @Test
    void summaryByAMemberIsRefusedOnlyToThem() throws Exception {
        long id = discord.nextId();
        discord.dispatch("INTERACTION_CREATE", Payloads.slashCommand(id, Payloads.MEMBER_ID, "summary", Payloads.booleanOption("pin", true)));
        Recorded callback = discord.await("the refusal", r -> r.is("POST", "interactions/" + id + "/.*"));
        assertEquals(4, callback.body().path("type").asInt());
        assertEquals(64, callback.body().path("data").path("flags").asInt() & 64, "ephemeral");
        assertTrue(callback.body().path("data").path("embeds").get(0).toString().contains("Moderators only"));
        assertTrue(discord.requests().stream().noneMatch(r -> r.is("POST", "channels/.*/messages")), "nothing posted");
    }

    @Test
    void aChannelWith250PinsIsReportedPlainlyAndNothingIsPosted() throws Exception {
        discord.pinOthers(250);
        long id = discord.nextId();
        discord.dispatch("INTERACTION_CREATE", Payloads.slashCommand(id, Payloads.MODERATOR_ID, "summary", Payloads.booleanOption("pin", true)));
        Recorded said = discord.await("the explanation", r -> r.is("PATCH", "webhooks/\\d+/token-" + id + "/messages/@original"));
        assertTrue(said.body().path("content").asText().contains("250 pinned messages"), said.body().toString());
        assertTrue(discord.requests().stream().noneMatch(r -> r.is("POST", "channels/.*/messages")), "nothing posted");
        assertEquals(5, discord.requests().stream().filter(r -> r.is("GET", "channels/.*/messages/pins")).count(), "five pages of 50");
    }

    @Test
    void aPinRefusedByDiscordIsReportedPlainly() throws Exception {
        discord.refusePins();
        long id = discord.nextId();
        discord.dispatch("INTERACTION_CREATE", Payloads.slashCommand(id, Payloads.MODERATOR_ID, "summary", Payloads.booleanOption("pin", true)));
        Recorded said = discord.await("the explanation", r -> r.is("PATCH", "webhooks/\\d+/token-" + id + "/messages/@original"));
        assertTrue(said.body().path("content").asText().startsWith("Posted, but not pinned: this channel already holds 250"), said.body().toString());
        assertEquals(1, log.expect("Could not pin the summary in #war-figures", "30003"), "the operator's log says why");
    }

    @Test
    void aDroppedGatewayIsResumedAndTheNextQuestionAnswered() throws Exception {
        discord.dropGateway();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while ((discord.resumes() == 0 || !discord.gatewayConnected()) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(1, discord.resumes(), "JDA resumes the session instead of identifying again");
        assertEquals(1, discord.identifies());
        BotHarness.awaitConnected(bot, log, discord);
        long id = discord.nextId();
        discord.dispatch("INTERACTION_CREATE", Payloads.slashCommand(id, Payloads.MEMBER_ID, "ask",
                Payloads.stringOption("question", "how many captured")));
        Recorded edit = discord.await("the answer after resuming", r -> r.is("PATCH", "webhooks/\\d+/token-" + id + "/messages/@original"));
        assertTrue(edit.body().path("embeds").get(0).toString().contains("two"));
    }

    @Test
    void claimantAutocompleteOffersTheCorpusClaimants() throws Exception {
        long id = discord.nextId();
        discord.dispatch("INTERACTION_CREATE", Payloads.autocomplete(id, Payloads.MEMBER_ID, "figures", "claimant", "zel"));
        Recorded callback = discord.await("the choices", r -> r.is("POST", "interactions/" + id + "/.*"));
        assertEquals(8, callback.body().path("type").asInt());
        JsonNode choices = callback.body().path("data").path("choices");
        assertEquals(1, choices.size(), choices.toString());
        assertEquals("zelensky", choices.get(0).path("value").asText());
    }

    @Test
    void aBadSinceDateIsRefusedOnlyToTheAskerWithTheExpectedForm() throws Exception {
        long id = discord.nextId();
        discord.dispatch("INTERACTION_CREATE", Payloads.slashCommand(id, Payloads.MEMBER_ID, "figures",
                Payloads.stringOption("since", "last winter")));
        Recorded callback = discord.await("the refusal", r -> r.is("POST", "interactions/" + id + "/.*"));
        assertEquals(64, callback.body().path("data").path("flags").asInt() & 64, "ephemeral");
        assertTrue(callback.body().path("data").path("embeds").get(0).toString().contains("2024-12"));
        assertNoMentions(callback.body().path("data"));
    }

    @Test
    void aLongAnswerPagesWithNextAndPreviousButtons() throws Exception {
        long id = discord.nextId();
        discord.dispatch("INTERACTION_CREATE", Payloads.slashCommand(id, Payloads.MEMBER_ID, "ask",
                Payloads.stringOption("question", "how many troops were sent")));
        Recorded first = discord.await("page 1", r -> r.is("PATCH", "webhooks/\\d+/token-" + id + "/messages/@original"));
        JsonNode buttons = first.body().path("components").get(0).path("components");
        assertEquals("Previous", buttons.get(0).path("label").asText());
        assertTrue(buttons.get(0).path("disabled").asBoolean(), "no page before the first");
        assertTrue(first.body().path("embeds").get(0).path("footer").path("text").asText().contains("Page 1 of"));
        String next = buttons.get(1).path("custom_id").asText();

        long click = discord.nextId();
        ObjectNode message = discord.messageFrom(first);
        discord.dispatch("INTERACTION_CREATE", Payloads.buttonClick(click, Payloads.MEMBER_ID, next, message));
        Recorded update = discord.await("page 2", r -> r.is("POST", "interactions/" + click + "/.*"));
        assertEquals(7, update.body().path("type").asInt(), "the message is edited in place");
        JsonNode page2 = update.body().path("data").path("embeds").get(0);
        assertTrue(page2.path("footer").path("text").asText().contains("Page 2 of"), page2.toString());
        assertTrue(page2.path("footer").path("text").asText().contains("unverified"));
        assertNoMentions(update.body().path("data"));
    }

    /** Runs /summary pin:true as the user; returns the id of the message it posted. */
    private String summary(long userId) throws InterruptedException {
        long id = discord.nextId();
        long before = posts().size();
        discord.dispatch("INTERACTION_CREATE", Payloads.slashCommand(id, userId, "summary", Payloads.booleanOption("pin", true)));
        discord.await("the summary post", r -> posts().size() > before);
        String posted = discord.messageFrom(posts().get((int) before)).path("id").asText();
        discord.await("its pin", r -> r.is("PUT", "channels/" + CHANNEL + "/messages/pins/" + posted));
        // the flow ends with the confirmation to the moderator; a test that restarts earlier cuts it off
        discord.await("the confirmation", r -> r.is("PATCH", "webhooks/\\d+/token-" + id + "/messages/@original")
                && r.body().path("content").asText().contains("Posted and pinned"));
        return posted;
    }

    private List<Recorded> posts() {
        return discord.requests().stream().filter(r -> r.is("POST", "channels/" + CHANNEL + "/messages")).toList();
    }

    private static void assertNoMentions(JsonNode body) {
        JsonNode allowed = body.path("allowed_mentions");
        assertTrue(allowed.path("parse").isArray() && allowed.path("parse").isEmpty(), "allowed_mentions.parse must be []: " + body);
        assertFalse(allowed.path("replied_user").asBoolean(false), "no reply ping");
    }

    private static JsonNode find(JsonNode commands, String name) {
        for (JsonNode command : commands) {
            if (command.path("name").asText().equals(name)) {
                return command;
            }
        }
        throw new AssertionError("no command " + name);
    }
}
