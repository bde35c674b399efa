package tally.adapter.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import org.jspecify.annotations.Nullable;
import tally.adapter.discord.reply.EmbedPlan;

/** Remembers multi-page replies (embeds, or plain text where Tally may not embed) so that Previous/Next can flip through them. */
final class Pager {
    /** One remembered reply: its embed pages, or its plain-text pages. */
    private record Pages(@Nullable EmbedPlan plan, @Nullable List<String> text) {
        int size() {
            return plan != null ? plan.size() : text.size();
        }
    }

    private final Cache<String, Pages> replies;
    private final AtomicLong next = new AtomicLong();

    Pager(Ticker ticker) {
        this.replies = Caffeine.newBuilder().maximumSize(2_000).expireAfterAccess(Duration.ofHours(1)).ticker(ticker).build();
    }

    /** An id for the plan's buttons, or null when the plan fits on one page. */
    @Nullable String register(EmbedPlan plan) {
        return remember(new Pages(plan, null));
    }

    /** An id for the buttons of a plain-text reply, or null when it fits in one message. */
    @Nullable String registerText(List<String> pages) {
        return remember(new Pages(null, List.copyOf(pages)));
    }

    private @Nullable String remember(Pages pages) {
        if (pages.size() < 2) {
            return null;
        }
        String id = Long.toString(next.incrementAndGet(), 36) + "-" + Long.toString(System.identityHashCode(pages), 36);
        replies.put(id, pages);
        return id;
    }

    void onButton(ButtonInteractionEvent event) {
        String[] parts = event.getComponentId().substring(Embeds.PAGE_BUTTON.length()).split(":");
        Pages pages = parts.length == 2 ? replies.getIfPresent(parts[0]) : null;
        if (pages == null) {
            event.reply("This answer has expired. Ask again to see it.").setEphemeral(true)
                    .setAllowedMentions(Embeds.NO_MENTIONS).queue(null, Failures.log("say that a paged answer expired"));
            return;
        }
        int index = Math.max(0, Math.min(pages.size() - 1, Integer.parseInt(parts[1])));
        event.editMessage(ClaimControls.add(pages.plan() != null ? Embeds.edit(pages.plan(), index, parts[0])
                        : Embeds.editText(pages.text(), index, parts[0]), ClaimControls.keptOn(event.getMessage())))
                .queue(null, Failures.log("turn to page " + (index + 1) + " of an answer"));
    }
}
