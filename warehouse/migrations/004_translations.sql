-- Translation to the pivot language: per-article status (never silently dropped), per-field text, and a cache
-- keyed by (text hash, model, model version) so re-posts and reruns cost no model time.

CREATE TABLE translation_status (
    article_id   VARCHAR PRIMARY KEY,
    source_lang  VARCHAR,
    target_lang  VARCHAR NOT NULL,
    status       VARCHAR NOT NULL,   -- translated | not_needed | no_model | failed | undetermined
    detail       VARCHAR              -- why: the missing model pair, the error
);

CREATE TABLE translations (
    article_id     VARCHAR NOT NULL,
    field          VARCHAR NOT NULL,  -- title | summary
    source_lang    VARCHAR NOT NULL,
    target_lang    VARCHAR NOT NULL,
    text           VARCHAR NOT NULL,
    model          VARCHAR NOT NULL,  -- argos:ru-en, or argos:uk-en+argos:en-de when pivoted
    model_version  VARCHAR NOT NULL,
    translated_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (article_id, field, target_lang)
);

CREATE TABLE translation_cache (
    text_hash      VARCHAR NOT NULL,
    model          VARCHAR NOT NULL,
    model_version  VARCHAR NOT NULL,
    target_lang    VARCHAR NOT NULL,
    text           VARCHAR NOT NULL,
    PRIMARY KEY (text_hash, model, model_version, target_lang)
);
