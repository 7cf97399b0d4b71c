-- Narratives: cached article embeddings, article → narrative assignments, and narrative state kept as vector sums.

CREATE TABLE article_embeddings (
    article_id  VARCHAR NOT NULL,
    model       VARCHAR NOT NULL,
    embedding   FLOAT[] NOT NULL,
    PRIMARY KEY (article_id, model)
);

CREATE TABLE article_narratives (
    article_id    VARCHAR PRIMARY KEY,
    narrative_id  INTEGER NOT NULL,          -- -1: outlier (kept, reported, re-examined while recent)
    run_date      DATE NOT NULL              -- run that last (re)assigned it
);

CREATE TABLE narrative_state (
    narrative_id     INTEGER PRIMARY KEY,
    model            VARCHAR NOT NULL,
    vector_sum       FLOAT[] NOT NULL,       -- centroid = vector_sum / |vector_sum|; updated incrementally
    n_members        INTEGER NOT NULL,
    keywords         VARCHAR[] NOT NULL,     -- c-TF-IDF terms, original languages
    generated_label  VARCHAR NOT NULL,
    created_run      DATE NOT NULL
);

-- Analyst renames live apart from generated labels, so a relabel never overwrites them.
CREATE TABLE narrative_names (
    narrative_id  INTEGER PRIMARY KEY,
    name          VARCHAR NOT NULL,
    renamed_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
