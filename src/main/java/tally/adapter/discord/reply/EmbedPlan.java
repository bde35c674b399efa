package tally.adapter.discord.reply;

import java.util.List;

/**
 * A whole reply as pages; more than one page means Next/Previous buttons. {@code problem} marks an error or refusal,
 * which Discord shows only to the person who asked (ephemeral).
 */
public record EmbedPlan(List<ReplyPage> pages, boolean problem) {
    public EmbedPlan {
        pages = List.copyOf(pages);
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("a reply has at least one page");
        }
    }

    public static EmbedPlan of(List<ReplyPage> pages) {
        return new EmbedPlan(pages, false);
    }

    /** An error or refusal: one page that says what went wrong and what to do. */
    public static EmbedPlan problem(String title, String whatToDo) {
        return new EmbedPlan(List.of(new ReplyPage(title, whatToDo, List.of(), "")), true);
    }

    public ReplyPage page(int index) {
        return pages.get(Math.floorMod(index, pages.size()));
    }

    public int size() {
        return pages.size();
    }
}
