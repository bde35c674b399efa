package tally.adapter.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * The stand-in's world and its payloads, modelled on Discord's documented objects (https://discord.com/developers/docs:
 * Gateway Events, Guild, Channel, Message, Interaction, Permissions). One server: the channel "war-figures" with an
 * active thread, channels whose permission overwrites take one of Tally's permissions away, and a forum. Tally's role
 * is its managed bot role (tags.bot_id), as Discord creates it when the bot joins.
 */
public final class Payloads {
    public static final ObjectMapper JSON = new ObjectMapper();
    public static final long APP_ID = 1100000000000000001L;
    public static final long BOT_ID = APP_ID;
    public static final long GUILD_ID = 1200000000000000001L;
    public static final long CHANNEL_ID = 1300000000000000001L;
    /** Tally's role is denied Embed Links here (a role overwrite). */
    public static final long NO_EMBEDS_CHANNEL_ID = 1300000000000000002L;
    /** Nobody but moderators may post here (@everyone overwrite); Tally may still add reactions. */
    public static final long READ_ONLY_CHANNEL_ID = 1300000000000000003L;
    /** Tally itself (a member overwrite) may neither post nor react here. */
    public static final long MUTED_CHANNEL_ID = 1300000000000000004L;
    /** Tally's role is denied Read Message History here, so it cannot reply to a message. */
    public static final long NO_HISTORY_CHANNEL_ID = 1300000000000000005L;
    /** A forum channel: every post is a thread under it. */
    public static final long FORUM_ID = 1300000000000000006L;
    /** A public thread under {@link #CHANNEL_ID}, active when Tally connects. */
    public static final long THREAD_ID = 1300000000000000007L;
    public static final long MODERATOR_ROLE_ID = 1400000000000000002L;
    public static final long BOT_ROLE_ID = 1400000000000000003L;
    public static final long HELPER_ROLE_ID = 1400000000000000004L;
    public static final long MODERATOR_ID = 1500000000000000001L;
    /** Has the role "Helpers", which has no Manage Messages. */
    public static final long HELPER_ID = 1500000000000000003L;
    public static final long MEMBER_ID = 1500000000000000002L;
    public static final long ADD_REACTIONS = 1L << 6;
    public static final long VIEW_CHANNEL = 1L << 10;
    public static final long SEND_MESSAGES = 1L << 11;
    public static final long MANAGE_MESSAGES = 1L << 13;
    public static final long EMBED_LINKS = 1L << 14;
    public static final long READ_MESSAGE_HISTORY = 1L << 16;
    public static final long SEND_MESSAGES_IN_THREADS = 1L << 38;
    static final long PIN_MESSAGES = 1L << 51;
    /** View, send (also in threads), embed links, read history, add reactions, use application commands. */
    static final long EVERYONE_PERMISSIONS = VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS | READ_MESSAGE_HISTORY
            | ADD_REACTIONS | (1L << 31) | SEND_MESSAGES_IN_THREADS;
    static final String TIMESTAMP = "2026-01-15T10:00:00.000000+00:00";

    private Payloads() {
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    public static ObjectNode user(long id, String name, boolean bot) {
        return object().put("id", Long.toString(id)).put("username", name).put("discriminator", "0")
                .put("global_name", name).putNull("avatar").put("bot", bot).put("public_flags", 0);
    }

    static ObjectNode selfUser() {
        return user(BOT_ID, "Tally", true).put("verified", true).put("mfa_enabled", false).put("flags", 0);
    }

    static ObjectNode ready(String sessionId, String resumeUrl) {
        ObjectNode ready = object().put("v", 10).put("session_id", sessionId).put("resume_gateway_url", resumeUrl);
        ready.set("user", selfUser());
        ready.putArray("guilds").addObject().put("id", Long.toString(GUILD_ID)).put("unavailable", true);
        ready.putArray("private_channels");
        ready.putArray("shard").add(0).add(1);
        ready.putObject("application").put("id", Long.toString(APP_ID)).put("flags", 0);
        return ready;
    }

    static ObjectNode guildCreate(boolean botMayPin) {
        ObjectNode guild = object().put("id", Long.toString(GUILD_ID)).put("name", "War watchers")
                .putNull("icon").put("owner_id", Long.toString(MODERATOR_ID)).put("member_count", 4)
                .put("large", false).put("unavailable", false).put("joined_at", TIMESTAMP)
                .put("preferred_locale", "en-US").put("verification_level", 0).put("mfa_level", 0)
                .put("default_message_notifications", 0).put("explicit_content_filter", 0).put("nsfw_level", 0)
                .put("premium_tier", 0).put("system_channel_flags", 0).put("afk_timeout", 300);
        guild.putArray("features");
        ArrayNode roles = guild.putArray("roles");
        roles.add(role(GUILD_ID, "@everyone", EVERYONE_PERMISSIONS, 0));
        roles.add(role(MODERATOR_ROLE_ID, "Moderator", EVERYONE_PERMISSIONS | MANAGE_MESSAGES, 2));
        roles.add(role(HELPER_ROLE_ID, "Helpers", EVERYONE_PERMISSIONS, 1));
        ObjectNode botRole = role(BOT_ROLE_ID, "Tally", EVERYONE_PERMISSIONS | (botMayPin ? PIN_MESSAGES : 0), 1).put("managed", true);
        // Discord marks the role it creates for a bot with the bot's id.
        botRole.putObject("tags").put("bot_id", Long.toString(BOT_ID));
        roles.add(botRole);
        ArrayNode channels = guild.putArray("channels");
        channels.add(textChannel(CHANNEL_ID, "war-figures", 0));
        channels.add(textChannel(NO_EMBEDS_CHANNEL_ID, "no-embeds", 1, overwrite(BOT_ROLE_ID, 0, 0, EMBED_LINKS)));
        channels.add(textChannel(READ_ONLY_CHANNEL_ID, "announcements", 2, overwrite(GUILD_ID, 0, 0, SEND_MESSAGES),
                overwrite(MODERATOR_ROLE_ID, 0, SEND_MESSAGES, 0)));
        channels.add(textChannel(MUTED_CHANNEL_ID, "muted", 3, overwrite(BOT_ID, 1, 0, SEND_MESSAGES | ADD_REACTIONS)));
        channels.add(textChannel(NO_HISTORY_CHANNEL_ID, "no-history", 4, overwrite(BOT_ROLE_ID, 0, 0, READ_MESSAGE_HISTORY)));
        channels.add(forum(FORUM_ID, "questions", 5));
        guild.putArray("threads").add(thread(THREAD_ID, CHANNEL_ID, "casualty figures", MEMBER_ID));
        ArrayNode members = guild.putArray("members");
        members.add(member(user(BOT_ID, "Tally", true), BOT_ROLE_ID));
        members.add(member(user(MODERATOR_ID, "mod", false), MODERATOR_ROLE_ID));
        members.add(member(user(MEMBER_ID, "member", false), 0));
        members.add(member(user(HELPER_ID, "helper", false), HELPER_ROLE_ID));
        for (String empty : new String[] {"emojis", "stickers", "voice_states", "presences",
                "guild_scheduled_events", "stage_instances", "soundboard_sounds"}) {
            guild.putArray(empty);
        }
        return guild;
    }

    static ObjectNode role(long id, String name, long permissions, int position) {
        ObjectNode role = object().put("id", Long.toString(id)).put("name", name).put("color", 0).put("hoist", false)
                .putNull("icon").putNull("unicode_emoji").put("position", position)
                .put("permissions", Long.toString(permissions)).put("managed", false).put("mentionable", false)
                .put("flags", 0);
        role.putObject("colors").put("primary_color", 0).putNull("secondary_color").putNull("tertiary_color");
        return role;
    }

    static ObjectNode textChannel(long id, String name, int position, ObjectNode... overwrites) {
        ObjectNode channel = object().put("id", Long.toString(id)).put("type", 0).put("guild_id", Long.toString(GUILD_ID))
                .put("name", name).put("position", position).putNull("parent_id").put("topic", "Figures")
                .put("nsfw", false).put("rate_limit_per_user", 0).putNull("last_message_id");
        ArrayNode array = channel.putArray("permission_overwrites");
        for (ObjectNode overwrite : overwrites) {
            array.add(overwrite);
        }
        return channel;
    }

    /** A permission overwrite: type 0 for a role, 1 for a member; allow and deny as bit sets in strings. */
    public static ObjectNode overwrite(long id, int type, long allow, long deny) {
        return object().put("id", Long.toString(id)).put("type", type).put("allow", Long.toString(allow))
                .put("deny", Long.toString(deny));
    }

    static ObjectNode forum(long id, String name, int position) {
        ObjectNode forum = object().put("id", Long.toString(id)).put("type", 15).put("guild_id", Long.toString(GUILD_ID))
                .put("name", name).put("position", position).putNull("parent_id").put("topic", "Ask here")
                .put("nsfw", false).put("rate_limit_per_user", 0).putNull("last_message_id").put("flags", 0)
                .put("default_thread_rate_limit_per_user", 0).putNull("default_reaction_emoji")
                .putNull("default_sort_order").put("default_forum_layout", 0).put("default_auto_archive_duration", 1440);
        forum.putArray("available_tags");
        forum.putArray("permission_overwrites");
        return forum;
    }

    /** A public thread (type 11): a thread of a text channel, or a post of a forum. */
    public static ObjectNode thread(long id, long parentId, String name, long ownerId) {
        ObjectNode thread = object().put("id", Long.toString(id)).put("type", 11).put("guild_id", Long.toString(GUILD_ID))
                .put("parent_id", Long.toString(parentId)).put("owner_id", Long.toString(ownerId)).put("name", name)
                .putNull("last_message_id").put("message_count", 1).put("member_count", 1).put("rate_limit_per_user", 0)
                .put("flags", 0).put("total_message_sent", 1);
        thread.putObject("thread_metadata").put("archived", false).put("auto_archive_duration", 1440)
                .put("archive_timestamp", TIMESTAMP).put("locked", false).put("create_timestamp", TIMESTAMP);
        thread.putArray("applied_tags");
        return thread;
    }

    static ObjectNode member(ObjectNode user, long roleId) {
        ObjectNode member = object().put("joined_at", TIMESTAMP).put("deaf", false).put("mute", false)
                .put("pending", false).put("flags", 0).putNull("nick").putNull("avatar");
        member.set("user", user);
        ArrayNode roles = member.putArray("roles");
        if (roleId != 0) {
            roles.add(Long.toString(roleId));
        }
        return member;
    }

    /** A member as an interaction carries it: with the permissions they have in the channel. */
    static ObjectNode interactionMember(long userId) {
        boolean moderator = userId == MODERATOR_ID;
        long role = moderator ? MODERATOR_ROLE_ID : userId == HELPER_ID ? HELPER_ROLE_ID : 0;
        ObjectNode member = member(user(userId, moderator ? "mod" : userId == HELPER_ID ? "helper" : "member", false), role);
        member.put("permissions", Long.toString(EVERYONE_PERMISSIONS | (moderator ? MANAGE_MESSAGES : 0)));
        return member;
    }

    public static ObjectNode slashCommand(long interactionId, long userId, String name, ObjectNode... options) {
        ObjectNode interaction = interactionBase(interactionId, userId, 2);
        ObjectNode data = interaction.putObject("data").put("id", Long.toString(interactionId + 7)).put("name", name).put("type", 1);
        ArrayNode array = data.putArray("options");
        for (ObjectNode option : options) {
            array.add(option);
        }
        return interaction;
    }

    /** A user typing into an autocomplete option: type 4, the option being typed marked focused. */
    public static ObjectNode autocomplete(long interactionId, long userId, String command, String option, String typed) {
        ObjectNode interaction = slashCommand(interactionId, userId, command, stringOption(option, typed).put("focused", true));
        return interaction.put("type", 4);
    }

    /** A click on a button of a message the bot sent. */
    public static ObjectNode buttonClick(long interactionId, long userId, String customId, ObjectNode message) {
        ObjectNode interaction = interactionBase(interactionId, userId, 3);
        interaction.putObject("data").put("custom_id", customId).put("component_type", 2);
        interaction.set("message", message);
        return interaction;
    }

    /**
     * A slash command with a subcommand ({@code /article add}): the subcommand is the one option (type 1) and holds
     * the options.
     */
    public static ObjectNode subcommand(long interactionId, long userId, String name, String sub, ObjectNode... options) {
        ObjectNode interaction = slashCommand(interactionId, userId, name);
        ObjectNode subcommand = object().put("name", sub).put("type", 1);
        ArrayNode array = subcommand.putArray("options");
        for (ObjectNode option : options) {
            array.add(option);
        }
        ((ArrayNode) interaction.path("data").path("options")).add(subcommand);
        return interaction;
    }

    /** A choice in a string select menu (component type 3) of a message the bot sent. */
    public static ObjectNode selectChoice(long interactionId, long userId, String customId, ObjectNode message, String... values) {
        ObjectNode interaction = interactionBase(interactionId, userId, 3);
        ObjectNode data = interaction.putObject("data").put("custom_id", customId).put("component_type", 3);
        ArrayNode chosen = data.putArray("values");
        for (String v : values) {
            chosen.add(v);
        }
        interaction.set("message", message);
        return interaction;
    }

    /**
     * An attachment option (type 11) and the attachment itself in {@code data.resolved}, as Discord sends an uploaded
     * file; {@code url} is where the stand-in's CDN (a local web server in tests) serves its bytes.
     */
    public static ObjectNode withAttachment(ObjectNode interaction, String option, long attachmentId, String fileName,
                                            String url, int size, String contentType) {
        ObjectNode data = (ObjectNode) interaction.path("data");
        ObjectNode target = data;
        JsonNode options = data.path("options");
        if (options.size() == 1 && options.get(0).path("type").asInt() == 1) {
            target = (ObjectNode) options.get(0);
        }
        ((ArrayNode) target.withArray("options")).add(object().put("name", option).put("type", 11)
                .put("value", Long.toString(attachmentId)));
        data.putObject("resolved").putObject("attachments").putObject(Long.toString(attachmentId))
                .put("id", Long.toString(attachmentId)).put("filename", fileName).put("size", size).put("url", url)
                .put("proxy_url", url).put("content_type", contentType).put("ephemeral", true);
        return interaction;
    }

    /**
     * A form (modal) sent back: type 5, each text input inside its label (component type 18 holding a text input,
     * type 4), as Discord sends forms built with labels.
     */
    public static ObjectNode modalSubmit(long interactionId, long userId, String customId, java.util.Map<String, String> inputs) {
        ObjectNode interaction = interactionBase(interactionId, userId, 5);
        ObjectNode data = interaction.putObject("data").put("custom_id", customId);
        ArrayNode components = data.putArray("components");
        int id = 1;
        for (java.util.Map.Entry<String, String> input : inputs.entrySet()) {
            ObjectNode label = components.addObject().put("type", 18).put("id", id++);
            label.putObject("component").put("type", 4).put("id", id++).put("custom_id", input.getKey())
                    .put("value", input.getValue());
        }
        return interaction;
    }

    public static ObjectNode integerOption(String name, long value) {
        return object().put("name", name).put("type", 4).put("value", value);
    }

    /** A subcommand with its options, as the one option of a slash command. */
    public static ObjectNode subcommand(String name, ObjectNode... options) {
        ObjectNode sub = object().put("name", name).put("type", 1);
        ArrayNode array = sub.putArray("options");
        for (ObjectNode o : options) {
            array.add(o);
        }
        return sub;
    }

    public static ObjectNode stringOption(String name, String value) {
        return object().put("name", name).put("type", 3).put("value", value);
    }

    public static ObjectNode booleanOption(String name, boolean value) {
        return object().put("name", name).put("type", 5).put("value", value);
    }

    private static ObjectNode interactionBase(long interactionId, long userId, int type) {
        ObjectNode interaction = object().put("id", Long.toString(interactionId))
                .put("application_id", Long.toString(APP_ID)).put("type", type)
                .put("guild_id", Long.toString(GUILD_ID)).put("channel_id", Long.toString(CHANNEL_ID))
                .put("token", "token-" + interactionId).put("version", 1).put("locale", "en-US")
                .put("guild_locale", "en-US").put("app_permissions", Long.toString(EVERYONE_PERMISSIONS | PIN_MESSAGES))
                .put("context", 0);
        interaction.putObject("guild").put("id", Long.toString(GUILD_ID)).put("locale", "en-US").putArray("features");
        interaction.putObject("channel").put("id", Long.toString(CHANNEL_ID)).put("type", 0)
                .put("guild_id", Long.toString(GUILD_ID)).put("name", "war-figures").put("position", 0)
                .putNull("parent_id").put("nsfw", false).put("rate_limit_per_user", 0)
                .put("permissions", Long.toString(EVERYONE_PERMISSIONS | PIN_MESSAGES)).putArray("permission_overwrites");
        interaction.set("member", interactionMember(userId));
        interaction.putArray("entitlements");
        interaction.putObject("authorizing_integration_owners").put("0", Long.toString(GUILD_ID));
        return interaction;
    }

    /** A member's message as MESSAGE_CREATE carries it in a server: with the partial member object. */
    public static ObjectNode guildMessage(long id, ObjectNode author, String content, JsonNode mentions) {
        ObjectNode message = message(id, author, content, mentions);
        message.putObject("member").put("joined_at", TIMESTAMP).put("deaf", false).put("mute", false).put("flags", 0)
                .putArray("roles");
        return message;
    }

    /** A message as the message endpoints return it. */
    public static ObjectNode message(long id, ObjectNode author, String content, JsonNode mentions) {
        ObjectNode message = object().put("id", Long.toString(id)).put("channel_id", Long.toString(CHANNEL_ID))
                .put("guild_id", Long.toString(GUILD_ID)).put("content", content).put("timestamp", Instant.now().toString())
                .putNull("edited_timestamp").put("tts", false).put("mention_everyone", false).put("pinned", false)
                .put("type", 0).put("flags", 0);
        message.set("author", author);
        message.set("mentions", mentions);
        message.putArray("mention_roles");
        message.putArray("attachments");
        message.putArray("embeds");
        message.putArray("components");
        return message;
    }

    /** Moves a message into another channel or thread. */
    public static ObjectNode in(long channelId, ObjectNode message) {
        return message.put("channel_id", Long.toString(channelId));
    }

    /** Marks the roles a message mentions, as Discord lists them beside the content's {@code <@&id>} tokens. */
    public static ObjectNode mentioningRoles(ObjectNode message, long... roleIds) {
        ArrayNode roles = message.putArray("mention_roles");
        for (long id : roleIds) {
            roles.add(Long.toString(id));
        }
        return message;
    }

    /**
     * Makes a message a reply (type 19): the reference, and the referenced message inlined. A reply that pings (Discord's
     * default) also lists the replied-to author among the mentions, although its text names nobody.
     */
    public static ObjectNode replyingTo(ObjectNode message, JsonNode referenced, boolean ping) {
        message.put("type", 19);
        message.putObject("message_reference").put("type", 0).put("message_id", referenced.path("id").asText())
                .put("channel_id", referenced.path("channel_id").asText()).put("guild_id", Long.toString(GUILD_ID));
        message.set("referenced_message", referenced);
        if (ping) {
            ((ArrayNode) message.get("mentions")).add(referenced.path("author").deepCopy());
        }
        return message;
    }

    static ObjectNode gatewayBot(String url) {
        ObjectNode body = object().put("url", url).put("shards", 1);
        body.putObject("session_start_limit").put("total", 1000).put("remaining", 999).put("reset_after", 0)
                .put("max_concurrency", 1);
        return body;
    }
}
