-- Weekly rollups for the digest and for analysts. week_start is the Monday of the ISO week (UTC).

CREATE OR REPLACE VIEW narrative_weeks AS
SELECT
    narrative_id,
    CAST(date_trunc('week', published_at AT TIME ZONE 'UTC') AS DATE) AS week_start,
    count(*) AS n_articles,
    count(DISTINCT outlet) AS n_outlets,
    list(DISTINCT language ORDER BY language) AS languages
FROM articles
WHERE narrative_id IS NOT NULL
GROUP BY ALL;
COMMENT ON VIEW narrative_weeks IS 'Articles, outlets and languages per narrative per ISO week (week_start = Monday, UTC); -1 = outliers.';

CREATE OR REPLACE VIEW claim_weeks AS
SELECT
    claim_id,
    CAST(date_trunc('week', published_at AT TIME ZONE 'UTC') AS DATE) AS week_start,
    count(*) AS n_mentions,
    count(DISTINCT article_id) AS n_articles,
    count(DISTINCT outlet) AS n_outlets,
    list(DISTINCT language ORDER BY language) AS languages
FROM claim_mentions
GROUP BY ALL;
COMMENT ON VIEW claim_weeks IS 'Mentions, articles, outlets and languages per claim per ISO week (week_start = Monday, UTC).';

CREATE OR REPLACE VIEW language_weeks AS
SELECT
    CAST(date_trunc('week', published_at AT TIME ZONE 'UTC') AS DATE) AS week_start,
    language,
    count(*) AS n_articles,
    count(DISTINCT outlet) AS n_outlets,
    count(*) FILTER (narrative_id = -1) AS n_outliers
FROM articles
GROUP BY ALL;
COMMENT ON VIEW language_weeks IS 'Articles and outlets per language per ISO week; n_outliers = articles no narrative took.';
