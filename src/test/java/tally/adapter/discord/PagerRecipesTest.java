package tally.adapter.discord;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Round 63: a /figures lookup's options survive the trip through its buttons' recipe. */
class PagerRecipesTest {

    @Test
    void aFiguresRecipeCarriesItsOptionsAndNullsForThoseNotGiven() {
        String recipe = Pager.figuresRecipe("killed", "Seoul", "2024-12");
        assertEquals("fkilled|Seoul|2024-12", recipe);
        assertArrayEquals(new String[] {"killed", "Seoul", "2024-12"}, Pager.figuresOptions(recipe.substring(1)));
        assertArrayEquals(new String[] {null, "the Pentagon", null},
                Pager.figuresOptions(Pager.figuresRecipe(null, "the Pentagon", null).substring(1)));
        assertNull(Pager.figuresOptions("killed|a|b|c"), "a name with a bar is no recipe: the page expires instead");
    }
}
