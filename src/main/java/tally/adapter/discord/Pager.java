package tally.adapter.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.jspecify.annotations.Nullable;
import tally.adapter.discord.reply.EmbedPlan;

/**
 * Remembers multi-page replies (embeds, or plain text where Tally may not embed) so that Previous/Next can flip through
 * them. A reply's buttons also carry its recipe ({@link ReplyRecipes}) and a digest of its pages,
 * {@code tally:page:<id>:<digest>:<recipe>:<page>}: when the remembered pages are gone (an hour idle, a restart) the
 * page is composed again from the current corpus, and the message says so when the reply is no longer what was posted.
 * A recipe too long for Discord's 100 characters of a button id is kept by {@link KeptRecipes} and the button carries
 * {@value #KEPT} and its key (round 64; before, such a reply's buttons said "This answer has expired" after the hour).
 */
final class Pager {
    /** Marks a recipe the button carries by its key ({@link KeptRecipes}). */
    static final String KEPT = "k";
    static final String EXPIRED = "This answer has expired. Ask again to see it.";

    /** One remembered reply: its embed pages, or its plain-text pages. */
    private record Pages(@Nullable EmbedPlan plan, @Nullable List<String> text) {
        int size() {
            return plan != null ? plan.size() : text.size();
        }
    }

    /** What a page button's id says: the pages' id, and (for a reply with a recipe) its digest and recipe. */
    private record ButtonId(String id, @Nullable String digest, @Nullable String carried, int page) {
        static @Nullable ButtonId read(String componentId) {
            String rest = componentId.substring(Embeds.PAGE_BUTTON.length());
            int cut = rest.lastIndexOf(':');
            if (cut < 1 || !rest.substring(cut + 1).matches("-?\\d{1,4}")) {
                return null;
            }
            String[] parts = rest.substring(0, cut).split(":", 3);
            int page = Integer.parseInt(rest.substring(cut + 1));
            return parts.length == 3 ? new ButtonId(parts[0], parts[1], parts[2], page)
                    : new ButtonId(parts[0], null, null, page);
        }

        String pagerId(String digestNow) {
            return carried == null ? id : id + ":" + digestNow + ":" + carried;
        }
    }

    private final Cache<String, Pages> replies;
    private final AtomicLong next = new AtomicLong();
    private final ReplyRecipes recipes;
    private final KeptRecipes kept;

    Pager(Ticker ticker, ReplyRecipes recipes, KeptRecipes kept) {
        this.replies = Caffeine.newBuilder().maximumSize(2_000).expireAfterAccess(Duration.ofHours(1)).ticker(ticker).build();
        this.recipes = recipes;
        this.kept = kept;
    }

    /** An id for the plan's buttons, or null when the plan fits on one page; they stop working after the hour. */
    private @Nullable String register(EmbedPlan plan) {
        return remember(new Pages(plan, null));
    }

    /**
     * As {@link #register(EmbedPlan)}, for a plan {@code recipe} composes: its buttons also work once the pages are
     * forgotten. The recipe rides in the id, or its key where it would not fit; a plain id only if it cannot be kept.
     */
    @Nullable String register(EmbedPlan plan, @Nullable String recipe) {
        return withRecipe(register(plan), plan, recipe);
    }

    /** An id for the buttons of a plain-text reply, or null when it fits in one message. */
    private @Nullable String registerText(List<String> pages) {
        return remember(new Pages(null, List.copyOf(pages)));
    }

    /** As {@link #registerText(List)}, for the text of {@code plan}, which {@code recipe} composes again. */
    @Nullable String registerText(List<String> pages, EmbedPlan plan, @Nullable String recipe) {
        return withRecipe(registerText(pages), plan, recipe);
    }

    private @Nullable String withRecipe(@Nullable String id, EmbedPlan plan, @Nullable String recipe) {
        if (id == null || recipe == null || !ReplyRecipes.known(recipe)) {
            return id;
        }
        String withDigest = id + ":" + digest(plan) + ":";
        if (fits(withDigest + recipe)) {
            return withDigest + recipe;
        }
        String key = kept.keep(recipe);
        return key == null ? id : withDigest + KEPT + key;
    }

    private @Nullable String remember(Pages pages) {
        if (pages.size() < 2) {
            return null;
        }
        String id = Long.toString(next.incrementAndGet(), 36) + "-" + Long.toString(System.identityHashCode(pages), 36);
        replies.put(id, pages);
        return id;
    }

    /** Whether the buttons of a reply of at most 999 pages fit Discord's 100 characters of a button id. */
    private static boolean fits(String pagerId) {
        return (Embeds.PAGE_BUTTON + pagerId + ":999").length() <= Button.ID_MAX_LENGTH;
    }

    /** A short digest of everything the plan shows: a recomposed reply with another digest is not what was posted. */
    static String digest(EmbedPlan plan) {
        return Digests.sha256Hex(plan.toString(), 5);
    }

    void onButton(ButtonInteractionEvent event) {
        ButtonId button = ButtonId.read(event.getComponentId());
        Pages pages = button == null ? null : replies.getIfPresent(button.id());
        String pagerId = button == null ? null : button.id();
        String note = null;
        if (pages == null && button != null && button.carried() != null) {
            String recipe = button.carried().startsWith(KEPT) ? kept.find(button.carried().substring(1)).orElse("")
                    : button.carried();
            EmbedPlan plan = recipe.isEmpty() ? null : recipes.compose(recipe, event);
            if (plan != null && !plan.problem()) {
                pages = event.getMessage().getEmbeds().isEmpty() ? new Pages(null, PlainText.pages(plan))
                        : new Pages(plan, null);
                replies.put(button.id(), pages);
                String now = digest(plan);
                note = now.equals(button.digest()) ? null : ReplyRecipes.note(recipe);
                pagerId = button.pagerId(now);
            }
        } else if (pages != null) {
            pagerId = button.pagerId(button.digest());
        }
        if (pages == null) {
            event.reply(EXPIRED).setEphemeral(true)
                    .setAllowedMentions(Embeds.NO_MENTIONS).queue(null, Failures.log("say that a paged answer expired"));
            return;
        }
        int index = Math.max(0, Math.min(pages.size() - 1, button.page()));
        event.editMessage(ClaimControls.add(page(pages, index, pagerId, note), ClaimControls.keptOn(event.getMessage())))
                .queue(null, Failures.log("turn to page " + (index + 1) + " of an answer"));
    }

    /** Page {@code index}, with the note above it (in place of nothing on an embed; before the text of a text page). */
    private static MessageEditData page(Pages pages, int index, String pagerId, @Nullable String note) {
        if (pages.plan() != null) {
            MessageEditData page = Embeds.edit(pages.plan(), index, pagerId);
            return note == null ? page : MessageEditBuilder.from(page).setContent(note).build();
        }
        List<String> text = pages.text();
        if (note != null && note.length() + 2 + text.get(index).length() <= Message.MAX_CONTENT_LENGTH) {
            text = new java.util.ArrayList<>(text);
            text.set(index, note + "\n\n" + text.get(index));
        }
        return Embeds.editText(text, index, pagerId);
    }
}
