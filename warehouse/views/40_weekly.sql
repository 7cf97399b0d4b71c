-- Weekly rollups for the digest and for analysts. week_start is the Monday of the ISO week (UTC).

-- Weekly rollups count each article in the story it was in when its week ended (narrative_as_reported), so a past
-- week's row never changes as later weeks arrive.
CREATE OR REPLACE VIEW narrative_weeks AS
SELECT
    narrative_as_reported(narrative_id, narrative_known_at, published_at) AS narrative_id,
    CAST(date_trunc('week', published_at AT TIME ZONE 'UTC') AS DATE) AS week_start,
    count(*) AS n_articles,
    count(DISTINCT outlet) AS n_outlets,
    list(DISTINCT language ORDER BY language) AS languages
FROM articles
WHERE narrative_id IS NOT NULL
GROUP BY ALL;
COMMENT ON VIEW narrative_weeks IS 'Articles, outlets and languages per narrative per ISO week (week_start = Monday, UTC), as known when the week ended (an article that joined its story later counts as an outlier of its week); -1 = outliers.';

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
    count(*) FILTER (narrative_as_reported(narrative_id, narrative_known_at, published_at) = -1) AS n_outliers
FROM articles
GROUP BY ALL;
COMMENT ON VIEW language_weeks IS 'Articles and outlets per language per ISO week; n_outliers = articles no narrative took.';

CREATE OR REPLACE VIEW week_totals AS
SELECT
    CAST(date_trunc('week', published_at AT TIME ZONE 'UTC') AS DATE) AS week_start,
    count(*) AS n_articles,
    count(DISTINCT outlet) AS n_outlets,
    count(DISTINCT language) AS n_languages,
    count(*) FILTER (narrative_as_reported(narrative_id, narrative_known_at, published_at) = -1) AS n_outliers
FROM articles
GROUP BY ALL;
COMMENT ON VIEW week_totals IS 'Articles, outlets, languages and outliers per ISO week (week_start = Monday, UTC).';

CREATE OR REPLACE VIEW narrative_growth AS
SELECT
    w.week_start,
    n.narrative_id,
    n.label,
    n.keywords,
    n.first_seen_at,
    n.first_outlet,
    (SELECT sum(t.n_articles) FROM narrative_weeks t
     WHERE t.narrative_id = w.narrative_id AND t.week_start <= w.week_start)::BIGINT AS total_articles,
    w.n_articles,
    w.n_outlets,
    w.languages,
    coalesce(p.n_articles, 0) AS previous_articles,
    NOT EXISTS (
        SELECT 1 FROM narrative_weeks e WHERE e.narrative_id = w.narrative_id AND e.week_start < w.week_start
    ) AS is_new
FROM narrative_weeks w
JOIN narratives n USING (narrative_id)
LEFT JOIN narrative_weeks p ON p.narrative_id = w.narrative_id AND p.week_start = w.week_start - INTERVAL 7 DAY;
COMMENT ON VIEW narrative_growth IS 'Each narrative in each ISO week it was active: articles that week, the week before, and up to the end of that week (total_articles, so a week''s row never changes as later weeks arrive), and whether that week is the first it was reported in (is_new).';

CREATE OR REPLACE VIEW claim_week_spread AS
SELECT
    w.week_start,
    c.*,
    w.n_outlets AS week_outlets,
    w.n_mentions AS week_mentions,
    w.languages AS week_languages,
    EXISTS (
        SELECT 1 FROM claim_mentions m
        WHERE m.claim_id = w.claim_id AND m.subject_concept IS NOT NULL
          AND m.published_at AT TIME ZONE 'UTC' < w.week_start + INTERVAL 7 DAY
    ) AS named_subject
FROM claim_weeks w
JOIN claims c USING (claim_id);
COMMENT ON VIEW claim_week_spread IS 'Each claim in each ISO week it was mentioned: outlets, mentions and languages that week; named_subject = by the week''s end (UTC), one of its mentions named a known concept (deserters, drones …), not a guess, so a later mention that names one does not add the claim to past weeks (the subject shown is the claim''s current one).';
