package tally.adapter.discord;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tally.adapter.discord.reply.EmbedPlan;
import tally.app.answer.Answer;
import tally.app.moderation.ChangeText;
import tally.app.moderation.Moderator;
import tally.app.moderation.PinnedSummary;
import tally.model.Claim;

/**
 * Keeps the summaries Tally pinned current. When the figures change (a correction, an undo, a new corpus version),
 * each pinned summary in a server this process serves is edited in place, without pinging anyone, with the new
 * figures and a first line saying what changed and when. A summary whose figures did not change is left alone; one
 * whose message is gone (deleted, or its channel) is forgotten. Changes coming in a burst are handled once, a moment
 * after the last.
 */
final class PinnedSummaries {
    private static final Logger LOG = LoggerFactory.getLogger(PinnedSummaries.class);
    private static final java.time.Duration SETTLE = java.time.Duration.ofMillis(1_500);

    private final BotContext context;
    private final Moderator moderator;
    private final Set<String> causes = new LinkedHashSet<>();
    private volatile @Nullable ShardManager shards;
    private long generation;

    PinnedSummaries(BotContext context, Moderator moderator) {
        this.context = context;
        this.moderator = moderator;
        moderator.onFiguresChanged(this::changed);
    }

    void attach(ShardManager manager) {
        shards = manager;
    }

    /** A summary was just posted and pinned: remember it with the figures it shows. */
    void pinned(GuildMessageChannel channel, Message message) {
        moderator.pinned(new PinnedSummary(channel.getGuild().getId(), channel.getId(), message.getId(),
                moderator.now(), moderator.now(), context.tally().corpusVersion(), shown(context.tally().summary())));
    }

    /** A summary was superseded by a newer one: stop keeping it. */
    void superseded(long messageId) {
        moderator.forgetPin(Long.toUnsignedString(messageId));
    }

    private synchronized void changed(String cause) {
        causes.add(cause);
        long mine = ++generation;
        context.scheduler().schedule(SETTLE, () -> {
            synchronized (this) {
                if (mine != generation) {
                    return; // a later change came in: its run covers this one
                }
            }
            refreshNow();
        });
    }

    /** Edits every pinned summary whose figures changed. */
    void refreshNow() {
        String cause;
        synchronized (this) {
            cause = String.join("; ", causes);
            causes.clear();
        }
        ShardManager manager = shards;
        if (manager == null) {
            return;
        }
        try {
            Answer summary = context.tally().summary();
            Map<String, String> now = shown(summary);
            for (PinnedSummary pin : moderator.pins()) {
                if (manager.getGuildById(pin.guildId()) == null) {
                    continue; // another process (shard) serves that server
                }
                if (!pin.shown().equals(now)) {
                    edit(manager, pin, now, line(pin.shown(), now, cause));
                }
            }
        } catch (RuntimeException e) {
            LOG.error("could not bring the pinned summaries up to date", e);
        }
    }

    private void edit(ShardManager manager, PinnedSummary pin, Map<String, String> now, String line) {
        GuildMessageChannel channel = manager.getChannelById(GuildMessageChannel.class, pin.channelId());
        if (channel == null) {
            LOG.info("pinned summary {}: its channel is gone, forgetting it", pin.messageId());
            moderator.forgetPin(pin.messageId());
            return;
        }
        EmbedPlan plan = context.replies().summary();
        List<ActionRow> rows = new ArrayList<>();
        String pagerId = context.pager().register(plan, ReplyRecipes.SUMMARY);
        if (pagerId != null) {
            rows.addAll(Embeds.buttons(pagerId, 0, plan.size()));
        }
        rows.addAll(context.controls().summary());
        String version = context.tally().corpusVersion();
        channel.editMessageById(pin.messageId(), new MessageEditBuilder().setContent(line)
                .setEmbeds(Embeds.embed(plan.page(0), false)).setComponents(rows)
                .setAllowedMentions(Embeds.NO_MENTIONS).mentionRepliedUser(false).build()).queue(
                        done -> moderator.pinned(pin.updated(moderator.now(), version, now)),
                        error -> failed(pin, error));
    }

    private void failed(PinnedSummary pin, Throwable error) {
        if (error instanceof ErrorResponseException e && (e.getErrorResponse() == ErrorResponse.UNKNOWN_MESSAGE
                || e.getErrorResponse() == ErrorResponse.UNKNOWN_CHANNEL)) {
            LOG.info("pinned summary {} is gone, forgetting it", pin.messageId());
            moderator.forgetPin(pin.messageId());
        } else {
            LOG.warn("could not update pinned summary {} ({}); will try again at the next change", pin.messageId(),
                    error.getMessage());
        }
    }

    /** "Updated 2026-11-30 10:40 UTC after moderators ...: 2 new figures, 1 changed, 1 no longer listed." */
    String line(Map<String, String> before, Map<String, String> after, String cause) {
        int added = 0;
        int changed = 0;
        for (Map.Entry<String, String> e : after.entrySet()) {
            String old = before.get(e.getKey());
            if (old == null) {
                added++;
            } else if (!old.equals(e.getValue())) {
                changed++;
            }
        }
        long gone = before.keySet().stream().filter(id -> !after.containsKey(id)).count();
        List<String> parts = new ArrayList<>();
        if (added > 0) {
            parts.add(added + (added == 1 ? " new figure" : " new figures"));
        }
        if (changed > 0) {
            parts.add(changed + (changed == 1 ? " figure changed" : " figures changed"));
        }
        if (gone > 0) {
            parts.add(gone + (gone == 1 ? " figure no longer listed" : " figures no longer listed"));
        }
        return "Updated " + ChangeText.when(moderator.now()) + (cause.isEmpty() ? "" : " after " + cause) + ": "
                + (parts.isEmpty() ? "figures reordered" : String.join(", ", parts)) + ".";
    }

    /** Each claim the summary shows, by id, with a digest of how it is shown. */
    static Map<String, String> shown(Answer summary) {
        Map<String, String> shown = new LinkedHashMap<>();
        for (Claim c : ClaimControls.claims(summary)) {
            if (c.moderation().id() != null) {
                shown.put(c.moderation().id(), digest(c));
            }
        }
        return shown;
    }

    static String digest(Claim c) {
        String text = String.join("|", c.metric().id(), c.figure().text(), c.claimant().id(),
                c.relayedBy() == null ? "" : c.relayedBy().id(), String.valueOf(c.claimDate().iso()), c.scope().id(),
                c.moderation().corrected().toString());
        return Digests.sha256Hex(text, 6);
    }
}
