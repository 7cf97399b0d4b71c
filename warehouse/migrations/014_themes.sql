-- Themes above stories: each narrative (story) belongs to one theme, given when the story is made and kept, so theme
-- ids are stable like narrative ids. A theme keeps the running sum of its stories' centroids (each story counts once).
CREATE TABLE theme_state (
    theme_id     INTEGER PRIMARY KEY,
    model        VARCHAR NOT NULL,
    vector_sum   FLOAT[] NOT NULL,
    n_stories    INTEGER NOT NULL,
    keywords     VARCHAR[] NOT NULL,      -- c-TF-IDF terms over the theme's recent texts, original languages
    keywords_pivot VARCHAR[] NOT NULL,    -- the same over English texts (as written or translated)
    generated_label VARCHAR NOT NULL,
    created_run  DATE NOT NULL
);

CREATE TABLE narrative_themes (
    narrative_id  INTEGER PRIMARY KEY,
    theme_id      INTEGER NOT NULL,
    run_date      DATE NOT NULL              -- run that gave the story its theme
);
