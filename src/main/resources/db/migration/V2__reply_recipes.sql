-- Round 64: the recipes of the bot's paged replies that are too long for a button id (a long question, a follow-up
-- and the questions it was read after). A button carries the short key; the reply is composed again from the recipe
-- when the bot has forgotten its pages (an hour idle, a restart). The key is a digest of the recipe, so keeping the
-- same recipe twice keeps one row. Rows are small and never deleted: a button on an old message keeps working.
CREATE TABLE reply_recipe (
    recipe_key VARCHAR(32) PRIMARY KEY,
    recipe     TEXT        NOT NULL,
    kept_ms    BIGINT      NOT NULL
);
