package tally.adapter.discord;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Round 63: a /figures lookup's options survive the trip through its buttons' recipe. */
class PagerRecipesTest {

    @Test
    void aFiguresRecipeCarriesItsOptionsAndNullsForThoseNotGiven() {
        String recipe = ReplyRecipes.figures("killed", "Seoul", "2024-12");
        assertEquals("fkilled|Seoul|2024-12", recipe);
        assertArrayEquals(new String[] {"killed", "Seoul", "2024-12"}, ReplyRecipes.figuresOptions(recipe.substring(1)));
        assertArrayEquals(new String[] {null, "the Pentagon", null},
                ReplyRecipes.figuresOptions(ReplyRecipes.figures(null, "the Pentagon", null).substring(1)));
        assertNull(ReplyRecipes.figuresOptions("killed|a|b|c"), "a name with a bar is no recipe: the page expires instead");
    }

    /**
     * Round 64: /help fits one page (so it has no Previous/Next to expire, in embeds or as plain text); should it grow,
     * its buttons carry the recipe {@link ReplyRecipes#HELP}.
     */
    @Test
    void theHelpFitsOnePage() {
        tally.adapter.discord.reply.EmbedPlan help = new tally.adapter.discord.reply.Replies(new FakeTally(), 10,
                com.github.benmanes.caffeine.cache.Ticker.systemTicker()).help();
        assertEquals(1, help.size());
        assertEquals(1, PlainText.pages(help).size());
    }
}
