package tally.adapter.discord;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
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
import net.dv8tion.jda.api.utils.cache.CacheFlag;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.jspecify.annotations.Nullable;
import tally.adapter.discord.reply.Replies;
import tally.app.Tally;
import tally.app.article.ArticleCurator;

/** The composition root of the Discord adapter: builds the commands and listeners and starts the shard manager. */
public final class TallyBot implements AutoCloseable {
    private final ShardManager shards;
    private final GatewayGuard guard;
    private final @Nullable AutoCloseable ownScheduler;

    private TallyBot(ShardManager shards, GatewayGuard guard, @Nullable AutoCloseable ownScheduler) {
        this.shards = shards;
        this.guard = guard;
        this.ownScheduler = ownScheduler;
    }

    /** Connects this process's shards, with the system clock for what moderators are shown. */
    public static TallyBot start(Tally tally, DiscordSettings settings, BotEnvironment env, Ticker ticker) {
        return start(tally, settings, env, ticker, Clock.systemUTC());
    }

    /**
     * Connects this process's shards; returns once the first shard has logged in. Held questions wait on a thread of
     * the bot's own, which counts time as the system ticker does.
     */
    public static TallyBot start(Tally tally, DiscordSettings settings, BotEnvironment env, Ticker ticker, Clock clock) {
        Scheduler.Owned scheduler = Scheduler.onOwnThread();
        try {
            return start(tally, settings, env, ticker, scheduler, clock, scheduler);
        } catch (RuntimeException e) {
            scheduler.close();
            throw e;
        }
    }

    /** With a scheduler that counts time as {@code ticker} does (a test drives both). */
    static TallyBot start(Tally tally, DiscordSettings settings, BotEnvironment env, Ticker ticker, Scheduler scheduler,
            Clock clock, @Nullable AutoCloseable ownScheduler) {
        return start(tally, null, settings, env, ticker, scheduler, clock, ownScheduler);
    }

    /**
     * Connects this process's shards with {@code /article} for moderators when {@code articles} is given (the corpus
     * folder can be written), else without it.
     */
    public static TallyBot start(Tally tally, @Nullable ArticleCurator articles, DiscordSettings settings,
            BotEnvironment env, Ticker ticker, Clock clock) {
        Scheduler.Owned scheduler = Scheduler.onOwnThread();
        try {
            return start(tally, articles, settings, env, ticker, scheduler, clock, scheduler);
        } catch (RuntimeException e) {
            scheduler.close();
            throw e;
        }
    }

    static TallyBot start(Tally tally, @Nullable ArticleCurator articles, DiscordSettings settings, BotEnvironment env,
            Ticker ticker, Scheduler scheduler, Clock clock, @Nullable AutoCloseable ownScheduler) {
        return start(tally, articles, settings, env, ticker, scheduler, clock, ownScheduler, null);
    }

    /** @param shelf where long recipes of paged replies are kept (a test's, to outlive its restarts); null: Tally's */
    static TallyBot start(Tally tally, @Nullable ArticleCurator articles, DiscordSettings settings, BotEnvironment env,
            Ticker ticker, Scheduler scheduler, Clock clock, @Nullable AutoCloseable ownScheduler,
            KeptRecipes.@Nullable Shelf shelf) {
        // Second lock besides the builders: no message JDA sends may ping, even one built elsewhere.
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        MessageRequest.setDefaultMentionRepliedUser(false);
        Replies replies = new Replies(tally, settings.answerCacheSize(), ticker);
        BotContext context = new BotContext(tally, replies,
                new Cooldowns(Duration.ofSeconds(settings.cooldownSeconds()), settings.burst(), ticker),
                new Pager(ticker, new ReplyRecipes(replies, tally, settings, clock), new KeptRecipes(
                        shelf == null ? KeptRecipes.shelfOf(tally) : shelf)),
                settings, new ChannelAccess(), scheduler, clock,
                new AnswerControls(tally, settings.answerCacheSize(), ticker), new Conversations(ticker));
        PinnedSummaries pins = tally.moderator().map(m -> new PinnedSummaries(context, m)).orElse(null);
        List<SlashCommand> commands = new java.util.ArrayList<>(List.of(new AskCommand(context), new FiguresCommand(context),
                new SummaryCommand(context, pins), new SourcesCommand(context), new SourceCommand(context), new HelpCommand(context),
                new StatusCommand(context), new TimelineCommand(context), new ClaimSlashCommand(context)));
        if (articles != null) {
            commands.add(new ArticleCommand(context, articles, ticker));
        }
        CommandRouter router = new CommandRouter(commands, settings.commandGuildIds(), context.pager());
        GatewayGuard guard = new GatewayGuard(settings.needsMessageContent());

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
                // Role tags tell which role is Tally's own (the managed role Discord made for it): members mention it.
                .enableCache(CacheFlag.ROLE_TAGS)
                .setShardsTotal(settings.shardTotal())
                .setShards(settings.shardFrom(), settings.shardTo())
                .setEventPool(events, true)
                .setEnableShutdownHook(false)
                .addEventListeners(guard, router, new ChatListener(context), new ModerationListener(context));
        if (env.restUrl() != null) {
            builder.setRestConfig(new RestConfig().setBaseUrl(env.restUrl()));
        }
        if (env.gatewayUrl() != null) {
            // Discord-compatible servers need not speak zlib-stream; plain JSON works everywhere.
            builder.setSessionController(new GatewayOverride(env.gatewayUrl())).setCompression(Compression.NONE);
        }
        ShardManager manager = builder.build();
        if (pins != null) {
            pins.attach(manager);
        }
        // Changes other processes wrote to a shared moderation database: corrections and pinned summaries follow.
        tally.moderator().ifPresent(m -> reloadEvery(scheduler, m.reloadEvery(), m::reload));
        return new TallyBot(manager, guard, ownScheduler);
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

    /**
     * Completes with one line saying what the operator must switch on or fix when Discord closes the gateway for good
     * (a refused intent, a rejected token, wrong shard settings).
     */
    public CompletableFuture<String> fatal() {
        return guard.fatal();
    }

    /**
     * Serves until the process is told to stop (SIGTERM: docker stop, systemd, Ctrl-C), then closes the gateway
     * cleanly; or until Discord closes the gateway for good. Returns empty after a stop, or the fatal line, with the
     * bot already closed, so that the caller can exit non-zero at once.
     */
    public Optional<String> serveUntilStopped() {
        CompletableFuture<Void> stopped = new CompletableFuture<>();
        Thread hook = new Thread(() -> {
            close();
            stopped.complete(null);
        }, "tally-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        CompletableFuture.anyOf(stopped, fatal()).join();
        if (stopped.isDone()) {
            return Optional.empty();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException stopping) {
            // the JVM is already shutting down; the hook closes the bot
        }
        close();
        return Optional.of(fatal().join());
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
        if (ownScheduler != null) {
            try {
                ownScheduler.close();
            } catch (Exception e) {
                // a scheduler's close does not fail; nothing is lost if it did
            }
        }
    }

    private static void reloadEvery(Scheduler scheduler, Duration interval, Runnable reload) {
        scheduler.schedule(interval, () -> {
            try {
                reload.run();
            } finally {
                try {
                    reloadEvery(scheduler, interval, reload);
                } catch (java.util.concurrent.RejectedExecutionException stopped) {
                    // the bot is closing
                }
            }
        });
    }
}
