package tally.adapter.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tally.app.Tally;
import tally.app.moderation.Moderator;

/**
 * Recipes too long for a button id ({@link ReplyRecipes}: a question of more than about 65 characters, a follow-up and
 * the questions it was read after), kept under a short key that the button carries instead. Where Tally has a
 * moderation database they are kept there (table {@code reply_recipe}), so the buttons work after a restart; without
 * one, in memory (the newest {@value #IN_MEMORY}), so they outlive the pager's hour but not a restart. The key is a
 * digest of the recipe: the same question asked again keeps no second row, and a key nobody kept finds nothing.
 */
final class KeptRecipes {
    /** Where the recipes are kept. */
    interface Shelf {
        void put(String key, String recipe);

        Optional<String> get(String key);
    }

    /** How many recipes the in-memory shelf keeps. */
    static final int IN_MEMORY = 20_000;
    private static final Logger LOG = LoggerFactory.getLogger(KeptRecipes.class);
    private static final int KEY_LENGTH = 16;

    private final Shelf shelf;

    KeptRecipes(Shelf shelf) {
        this.shelf = shelf;
    }

    /** In the moderation database when Tally has one, else in memory. */
    static Shelf shelfOf(Tally tally) {
        return tally.moderator().<Shelf>map(KeptRecipes::database).orElseGet(KeptRecipes::memory);
    }

    static Shelf memory() {
        Cache<String, String> kept = Caffeine.newBuilder().maximumSize(IN_MEMORY).build();
        return new Shelf() {
            @Override
            public void put(String key, String recipe) {
                kept.asMap().putIfAbsent(key, recipe);
            }

            @Override
            public Optional<String> get(String key) {
                return Optional.ofNullable(kept.getIfPresent(key));
            }
        };
    }

    private static Shelf database(Moderator moderator) {
        return new Shelf() {
            @Override
            public void put(String key, String recipe) {
                moderator.keepRecipe(key, recipe);
            }

            @Override
            public Optional<String> get(String key) {
                return moderator.recipe(key);
            }
        };
    }

    /** Keeps the recipe; its key, or null when it could not be kept (the reply's buttons then last an hour). */
    @Nullable String keep(String recipe) {
        String key = key(recipe);
        try {
            shelf.put(key, recipe);
            return key;
        } catch (RuntimeException e) {
            LOG.warn("could not keep a paged reply's recipe, so its buttons stop working after an hour: {}", e.toString());
            return null;
        }
    }

    /** The recipe kept under {@code key}; empty for a key nobody kept, a forged one, or a store that fails. */
    Optional<String> find(String key) {
        if (!key.matches("[0-9a-f]{" + KEY_LENGTH + "}")) {
            return Optional.empty();
        }
        try {
            return shelf.get(key);
        } catch (RuntimeException e) {
            LOG.warn("could not read a paged reply's recipe: {}", e.toString());
            return Optional.empty();
        }
    }

    static String key(String recipe) {
        return Digests.sha256Hex(recipe, KEY_LENGTH / 2);
    }
}
