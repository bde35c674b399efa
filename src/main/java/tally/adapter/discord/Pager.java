package tally.adapter.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import tally.adapter.discord.reply.EmbedPlan;

/** Remembers multi-page replies for a while so that Previous/Next can flip through them. */
final class Pager {
    private final Cache<String, EmbedPlan> plans;
    private final AtomicLong next = new AtomicLong();

    Pager(Ticker ticker) {
        this.plans = Caffeine.newBuilder().maximumSize(2_000).expireAfterAccess(Duration.ofHours(1)).ticker(ticker).build();
    }

    /** An id for the plan's buttons, or null when the plan fits on one page. */
    @org.jspecify.annotations.Nullable String register(EmbedPlan plan) {
        if (plan.size() < 2) {
            return null;
        }
        String id = Long.toString(next.incrementAndGet(), 36) + "-" + Long.toString(System.identityHashCode(plan), 36);
        plans.put(id, plan);
        return id;
    }

    void onButton(ButtonInteractionEvent event) {
        String[] parts = event.getComponentId().substring(Embeds.PAGE_BUTTON.length()).split(":");
        EmbedPlan plan = parts.length == 2 ? plans.getIfPresent(parts[0]) : null;
        if (plan == null) {
            event.reply("This answer has expired. Ask again to see it.").setEphemeral(true)
                    .setAllowedMentions(Embeds.NO_MENTIONS).queue();
            return;
        }
        int index = Math.max(0, Math.min(plan.size() - 1, Integer.parseInt(parts[1])));
        event.editMessage(Embeds.edit(plan, index, parts[0])).queue();
    }
}
