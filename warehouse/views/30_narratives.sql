-- One row per narrative. label = the analyst's name when renamed, else the generated c-TF-IDF label.
CREATE OR REPLACE VIEW narratives AS
WITH members AS (
    SELECT narrative_id,
           count(*) AS n_articles,
           count(DISTINCT outlet) AS n_outlets,
           list(DISTINCT language ORDER BY language) AS languages,
           min(published_at) AS first_seen_at,
           max(published_at) AS last_seen_at,
           arg_min(outlet, (published_at, article_id)) AS first_outlet,
           arg_min(article_id, (published_at, article_id)) AS first_article_id
    FROM articles
    WHERE narrative_id IS NOT NULL AND narrative_id <> -1
    GROUP BY narrative_id
)
SELECT
    s.narrative_id,
    coalesce(r.name, s.generated_label) AS label,
    s.keywords,
    s.keywords_pivot,
    m.n_articles,
    m.n_outlets,
    m.languages,
    m.first_seen_at,
    m.last_seen_at,
    m.first_outlet,
    m.first_article_id,
    s.generated_label,
    r.name IS NOT NULL AS renamed,
    s.created_run,
    nt.theme_id,
    t.generated_label AS theme
FROM narrative_state s
JOIN members m USING (narrative_id)
LEFT JOIN narrative_names r USING (narrative_id)
LEFT JOIN narrative_themes nt USING (narrative_id)
LEFT JOIN theme_state t ON t.theme_id = nt.theme_id;
COMMENT ON VIEW narratives IS 'One row per narrative (cross-lingual story cluster with a stable id): label (analyst name or c-TF-IDF keywords), size, outlets, languages, first and last article; theme_id/theme: the theme the story belongs to (see themes).';

-- Topics over time: per narrative per UTC day. narrative_id -1 collects the outliers, reported not hidden.
CREATE OR REPLACE VIEW narrative_timeline AS
SELECT
    narrative_id,
    CAST(published_at AT TIME ZONE 'UTC' AS DATE) AS day,
    count(*) AS n_articles,
    count(DISTINCT outlet) AS n_outlets,
    list(DISTINCT language ORDER BY language) AS languages
FROM articles
WHERE narrative_id IS NOT NULL
GROUP BY ALL;
COMMENT ON VIEW narrative_timeline IS 'Articles, outlets and languages per narrative per day (UTC); narrative_id -1 is the outliers.';
