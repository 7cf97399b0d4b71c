-- Numeric claims: mentions extracted per article, their context embeddings, and the grouping into claims.

CREATE TABLE claim_extractions (
    article_id   VARCHAR PRIMARY KEY,        -- articles already scanned for numbers (scanned once)
    n_mentions   INTEGER NOT NULL
);

CREATE TABLE mentions (
    mention_id           VARCHAR PRIMARY KEY,
    article_id           VARCHAR NOT NULL,
    field                VARCHAR NOT NULL,   -- title | summary
    start_offset         INTEGER NOT NULL,   -- character offsets of surface_text in that field
    end_offset           INTEGER NOT NULL,
    surface_text         VARCHAR NOT NULL,   -- as written, qualifier included: "почти 200 тысяч"
    value                DOUBLE NOT NULL,
    value_high           DOUBLE,             -- upper end of a range
    kind                 VARCHAR NOT NULL,   -- count | percent | money | measure
    unit                 VARCHAR,
    exact                BOOLEAN NOT NULL,
    qualifier            VARCHAR,            -- more_than | almost | about | up_to | at_least
    ambiguous_separator  BOOLEAN NOT NULL,   -- "182,000" in a decimal-comma language, resolved by rule
    subject              VARCHAR,            -- the counted word as written: "дезертиров"
    subject_concept      VARCHAR,            -- lexicon concept: "deserters"
    year                 INTEGER,
    sentence             VARCHAR NOT NULL,
    language             VARCHAR
);
CREATE INDEX mentions_article ON mentions (article_id);

CREATE TABLE mention_embeddings (
    mention_id  VARCHAR NOT NULL,
    model       VARCHAR NOT NULL,
    embedding   FLOAT[] NOT NULL,
    PRIMARY KEY (mention_id, model)
);

-- Rebuilt as a whole by each run from all mentions (deterministic, so reruns change nothing).
CREATE TABLE claim_groups (
    claim_id         VARCHAR PRIMARY KEY,
    value            DOUBLE NOT NULL,
    kind             VARCHAR NOT NULL,
    unit             VARCHAR,
    subject_concept  VARCHAR,
    subject          VARCHAR,
    year             INTEGER,
    variant_of       VARCHAR
);

CREATE TABLE mention_claims (
    mention_id  VARCHAR PRIMARY KEY,
    claim_id    VARCHAR NOT NULL
);
