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
import java.util.function.Function;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.jspecify.annotations.Nullable;
import tally.adapter.discord.reply.EmbedPlan;

/**
 * Remembers multi-page replies (embeds, or plain text where Tally may not embed) so that Previous/Next can flip through
 * them. A reply Tally can compose again from a short recipe carries that recipe and a digest of its pages in its
 * buttons' ids, {@code tally:page:<id>:<digest>:<recipe>:<page>}: when the remembered pages are gone (an hour idle, a
 * restart) the page is composed again from the current corpus, and the message says so when the reply is no longer
 * what was posted. A recipe is a name of one letter and its argument: the summary ({@code s}, round 62, so a pinned
 * summary's pages stay reachable as long as the message is there), and since round 63 an /ask answer ({@code a} and
 * the question, when it is no follow-up and fits), a /figures lookup ({@code f} and its options), /sources ({@code o}),
 * and one article's claims ({@code r} and its file): members scrolling back past the hour were told "expired".
 */
final class Pager {
    /** The recipe of /summary (and of the pinned summaries it keeps current). */
    static final String SUMMARY = "s";
    /** The recipe of an /ask answer: this letter and the question. */
    static final String ASK = "a";
    /** The recipe of a /figures lookup: this letter and its options ({@link #figuresRecipe}). */
    static final String FIGURES = "f";
    /** The recipe of /sources. */
    static final String SOURCES = "o";
    /** The recipe of /source: this letter and the article's file. */
    static final String SOURCE = "r";
    static final String EXPIRED = "This answer has expired. Ask again to see it.";
    static final String CHANGED = "The figures changed since this summary was posted: this is the current summary.";
    static final String CHANGED_ANSWER = "The figures changed since this reply was posted: this is the current reply.";

    /** One remembered reply: its embed pages, or its plain-text pages. */
    private record Pages(@Nullable EmbedPlan plan, @Nullable List<String> text) {
        int size() {
            return plan != null ? plan.size() : text.size();
        }
    }

    private final Cache<String, Pages> replies;
    private final AtomicLong next = new AtomicLong();
    private final Map<String, Function<String, EmbedPlan>> recipes;

    /**
     * @param recipes the replies a button can compose again after its pages are forgotten, by recipe name (one
     *                letter), each from the recipe's argument (what follows the letter)
     */
    Pager(Ticker ticker, Map<String, Function<String, EmbedPlan>> recipes) {
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
        if (id == null || recipe.isEmpty() || !recipes.containsKey(recipe.substring(0, 1))) {
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

    /** The replies a button can compose again, by recipe name, from the replies the bot gives. */
    static Map<String, Function<String, EmbedPlan>> recipes(tally.adapter.discord.reply.Replies replies) {
        return Map.of(SUMMARY, argument -> replies.summary(), ASK, replies::ask, SOURCES, argument -> replies.sources(),
                SOURCE, replies::source, FIGURES, argument -> {
                    String[] options = figuresOptions(argument);
                    if (options == null) {
                        return EmbedPlan.problem("Unknown reply", EXPIRED);
                    }
                    tally.model.Metric metric = options[0] == null ? null : tally.model.Metric.byId(options[0]).orElse(null);
                    java.time.LocalDate since = options[2] == null ? null : tally.adapter.discord.reply.Dates.since(options[2]);
                    return replies.figures(metric, options[1], since);
                });
    }

    /** The recipe of a /figures lookup: its options, each after a '|', empty when not given. */
    static String figuresRecipe(@Nullable String metric, @Nullable String claimant, @Nullable String since) {
        return FIGURES + (metric == null ? "" : metric) + "|" + (claimant == null ? "" : claimant) + "|"
                + (since == null ? "" : since);
    }

    /** The options of a /figures recipe's argument, nulls for those not given; null when it is no such argument. */
    static String @Nullable [] figuresOptions(String argument) {
        String[] parts = argument.split("\\|", -1);
        if (parts.length != 3) {
            return null;
        }
        for (int i = 0; i < 3; i++) {
            parts[i] = parts[i].isEmpty() ? null : parts[i];
        }
        return parts;
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
        if (pages == null && parts.length == 3 && !parts[2].isEmpty() && recipes.containsKey(parts[2].substring(0, 1))) {
            EmbedPlan plan = recipes.get(parts[2].substring(0, 1)).apply(parts[2].substring(1));
            pages = plan.problem() ? null : new Pages(plan, null);
            if (pages != null) {
                replies.put(parts[0], pages);
            }
            String now = digest(plan);
            if (pages != null && !now.equals(parts[1])) {
                note = parts[2].startsWith(SUMMARY) ? CHANGED : CHANGED_ANSWER;
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
