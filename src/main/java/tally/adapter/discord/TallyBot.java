package tally.adapter.discord;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import tally.adapter.discord.reply.Replies;
import tally.app.Tally;

/** The composition root of the Discord adapter: builds the commands and listeners and starts the shard manager. */
public final class TallyBot implements AutoCloseable {
    private final ShardManager shards;

    private TallyBot(ShardManager shards) {
        this.shards = shards;
    }

    /** Connects this process's shards; returns once the first shard has logged in. */
    public static TallyBot start(Tally tally, DiscordSettings settings, BotEnvironment env, Ticker ticker) {
        // Second lock besides the builders: no message JDA sends may ping, even one built elsewhere.
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        MessageRequest.setDefaultMentionRepliedUser(false);
        BotContext context = new BotContext(tally, new Replies(tally, settings.answerCacheSize(), ticker),
                new Cooldowns(Duration.ofSeconds(settings.cooldownSeconds()), ticker), new Pager(ticker), settings);
        List<SlashCommand> commands = List.of(new AskCommand(context), new FiguresCommand(context),
                new SummaryCommand(context), new SourcesCommand(context), new SourceCommand(context), new HelpCommand(context),
                new TimelineCommand(context));
        CommandRouter router = new CommandRouter(commands, settings.commandGuildIds(), context.pager());

        EnumSet<GatewayIntent> intents = EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES);
        if (settings.needsMessageContent()) {
            intents.add(GatewayIntent.MESSAGE_CONTENT);
        }
        // Answers can take a moment; JDA's own threads must stay free for heartbeats.
        ExecutorService events = Executors.newFixedThreadPool(4, r -> {
            Thread thread = new Thread(r, "tally-events");
            thread.setDaemon(true);
            return thread;
        });
        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(env.token(), intents)
                .setShardsTotal(settings.shardTotal())
                .setShards(settings.shardFrom(), settings.shardTo())
                .setEventPool(events, true)
                .setEnableShutdownHook(false)
                .addEventListeners(router, new ChatListener(context));
        if (env.restUrl() != null) {
            builder.setRestConfig(new RestConfig().setBaseUrl(env.restUrl()));
        }
        if (env.gatewayUrl() != null) {
            // Discord-compatible servers need not speak zlib-stream; plain JSON works everywhere.
            builder.setSessionController(new GatewayOverride(env.gatewayUrl())).setCompression(Compression.NONE);
        }
        return new TallyBot(builder.build());
    }

    public ShardManager shards() {
        return shards;
    }

    /** Waits until every shard of this process has connected and loaded its servers. */
    public void awaitReady() throws InterruptedException {
        for (JDA jda : shards.getShards()) {
            jda.awaitReady();
        }
    }

    /** Closes the gateway connections cleanly (Discord then shows the bot offline at once) and waits for it. */
    @Override
    public void close() {
        List<JDA> running = List.copyOf(shards.getShards());
        shards.shutdown();
        for (JDA jda : running) {
            try {
                if (!jda.awaitShutdown(10, TimeUnit.SECONDS)) {
                    jda.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                jda.shutdownNow();
            }
        }
    }
}
