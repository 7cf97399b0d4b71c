-- Feeds, fetch attempts and raw items: everything ingest writes.

CREATE TABLE runs (
    run_date        DATE PRIMARY KEY,      -- logical date of the daily job; reruns of a day replace its row
    started_at      TIMESTAMPTZ NOT NULL,
    finished_at     TIMESTAMPTZ,
    feeds_file      VARCHAR NOT NULL,
    n_feeds         INTEGER NOT NULL
);

CREATE TABLE feeds (
    outlet             VARCHAR PRIMARY KEY,
    url                VARCHAR NOT NULL,
    declared_language  VARCHAR,
    country            VARCHAR,
    tags               VARCHAR[],
    etag               VARCHAR,            -- conditional GET state, sent back as If-None-Match
    last_modified      VARCHAR,            -- sent back as If-Modified-Since
    last_status        VARCHAR,
    last_fetched_at    TIMESTAMPTZ
);

-- One row per feed per run date: a rerun of the same day replaces it (see views/fetch_summary.sql for counts).
CREATE TABLE fetch_log (
    run_date     DATE NOT NULL,
    outlet       VARCHAR NOT NULL,
    url          VARCHAR NOT NULL,
    started_at   TIMESTAMPTZ NOT NULL,
    duration_ms  DOUBLE NOT NULL,
    status       VARCHAR NOT NULL,         -- fetched | not_modified | failed | unsafe
    http_status  INTEGER,
    bytes        BIGINT NOT NULL,
    n_entries    INTEGER NOT NULL,
    error_kind   VARCHAR,                  -- machine-readable reason, also set for recovered problems
    error        VARCHAR,
    PRIMARY KEY (run_date, outlet)
);

CREATE TABLE raw_items (
    article_id          VARCHAR PRIMARY KEY,   -- sha256(outlet, guid) prefix: stable across runs
    outlet              VARCHAR NOT NULL,
    feed_url            VARCHAR NOT NULL,
    guid                VARCHAR NOT NULL,
    url                 VARCHAR,
    title               VARCHAR NOT NULL,
    summary             VARCHAR NOT NULL,
    published_at        TIMESTAMPTZ NOT NULL,
    published_source    VARCHAR NOT NULL,      -- entry | entry_updated | feed_updated | fetched
    fetched_at          TIMESTAMPTZ NOT NULL,
    run_date            DATE NOT NULL,         -- run that first saw the item
    content_hash        VARCHAR NOT NULL,
    minhash             BLOB NOT NULL,         -- MinHash signature for near-duplicate search
    detected_language   VARCHAR,
    language_prob       DOUBLE,
    declared_language   VARCHAR,
    duplicate_of        VARCHAR                -- earliest near-identical item (syndicated copy / re-post)
);
CREATE INDEX raw_items_url ON raw_items (url);
CREATE INDEX raw_items_hash ON raw_items (outlet, content_hash);
