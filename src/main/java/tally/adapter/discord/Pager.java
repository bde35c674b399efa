package tally.adapter.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.jspecify.annotations.Nullable;
import tally.adapter.discord.reply.EmbedPlan;

/**
 * Remembers multi-page replies (embeds, or plain text where Tally may not embed) so that Previous/Next can flip through
 * them. A reply Tally can compose again from its name alone (a recipe: the summary) carries that name and a digest of
 * its pages in its buttons' ids, {@code tally:page:<id>:<digest>:<recipe>:<page>}: when the remembered pages are gone
 * (an hour idle, a restart) the page is composed again from the current corpus, and the message says so when the
 * reply is no longer what was posted. So a pinned summary's pages stay reachable as long as the message is there.
 */
final class Pager {
    /** The recipe of /summary (and of the pinned summaries it keeps current). */
    static final String SUMMARY = "s";
    static final String EXPIRED = "This answer has expired. Ask again to see it.";
    static final String CHANGED = "The figures changed since this summary was posted: this is the current summary.";

    /** One remembered reply: its embed pages, or its plain-text pages. */
    private record Pages(@Nullable EmbedPlan plan, @Nullable List<String> text) {
        int size() {
            return plan != null ? plan.size() : text.size();
        }
    }

    private final Cache<String, Pages> replies;
    private final AtomicLong next = new AtomicLong();
    private final Map<String, Supplier<EmbedPlan>> recipes;

    /** @param recipes the replies a button can compose again after its pages are forgotten, by recipe name */
    Pager(Ticker ticker, Map<String, Supplier<EmbedPlan>> recipes) {
        this.replies = Caffeine.newBuilder().maximumSize(2_000).expireAfterAccess(Duration.ofHours(1)).ticker(ticker).build();
        this.recipes = Map.copyOf(recipes);
    }

    /** An id for the plan's buttons, or null when the plan fits on one page. */
    @Nullable String register(EmbedPlan plan) {
        return remember(new Pages(plan, null));
    }

    /**
     * As {@link #register(EmbedPlan)}, for a plan {@code recipe} composes: its buttons also work once the pages are
     * forgotten. Falls back to a plain id where the recipe would not fit Discord's 100 characters of a button id.
     */
    @Nullable String register(EmbedPlan plan, String recipe) {
        String id = register(plan);
        if (id == null || !recipes.containsKey(recipe)) {
            return id;
        }
        String withRecipe = id + ":" + digest(plan) + ":" + recipe;
        return fits(withRecipe, plan.size()) ? withRecipe : id;
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

    private static boolean fits(String pagerId, int pages) {
        return (Embeds.PAGE_BUTTON + pagerId + ":" + pages).length() <= Button.ID_MAX_LENGTH;
    }

    /** A short digest of everything the plan shows: a recomposed reply with another digest is not what was posted. */
    static String digest(EmbedPlan plan) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(plan.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    void onButton(ButtonInteractionEvent event) {
        String rest = event.getComponentId().substring(Embeds.PAGE_BUTTON.length());
        int cut = rest.lastIndexOf(':');
        int wanted;
        try {
            wanted = cut < 0 ? -1 : Integer.parseInt(rest.substring(cut + 1));
        } catch (NumberFormatException e) {
            wanted = -1;
            cut = -1;
        }
        String pagerId = cut < 0 ? "" : rest.substring(0, cut);
        String[] parts = pagerId.split(":", 3);
        Pages pages = cut < 0 ? null : replies.getIfPresent(parts[0]);
        String note = null;
        if (pages == null && parts.length == 3 && recipes.containsKey(parts[2])) {
            EmbedPlan plan = recipes.get(parts[2]).get();
            pages = new Pages(plan, null);
            replies.put(parts[0], pages);
            String now = digest(plan);
            if (!now.equals(parts[1])) {
                note = CHANGED;
                pagerId = parts[0] + ":" + now + ":" + parts[2];
            }
        }
        if (pages == null) {
            event.reply(EXPIRED).setEphemeral(true)
                    .setAllowedMentions(Embeds.NO_MENTIONS).queue(null, Failures.log("say that a paged answer expired"));
            return;
        }
        int index = Math.max(0, Math.min(pages.size() - 1, wanted));
        MessageEditData page = pages.plan() != null ? Embeds.edit(pages.plan(), index, pagerId)
                : Embeds.editText(pages.text(), index, pagerId);
        if (note != null) {
            page = MessageEditBuilder.from(page).setContent(note).build();
        }
        event.editMessage(ClaimControls.add(page, ClaimControls.keptOn(event.getMessage())))
                .queue(null, Failures.log("turn to page " + (index + 1) + " of an answer"));
    }
}
