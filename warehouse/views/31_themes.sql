-- Themes above stories (narratives): one row per theme with its size and span.
CREATE OR REPLACE VIEW themes AS
SELECT
    t.theme_id,
    t.generated_label AS label,
    t.keywords,
    t.keywords_pivot,
    t.n_stories,
    count(a.article_id) AS n_articles,
    count(DISTINCT a.outlet) AS n_outlets,
    list(DISTINCT article_language(a.detected_language, a.declared_language)
         ORDER BY article_language(a.detected_language, a.declared_language)) AS languages,
    min(a.published_at) AS first_seen_at,
    max(a.published_at) AS last_seen_at,
    t.created_run
FROM theme_state t
LEFT JOIN narrative_themes nt USING (theme_id)
LEFT JOIN article_narratives an ON an.narrative_id = nt.narrative_id
LEFT JOIN raw_items a ON a.article_id = an.article_id
GROUP BY ALL;
COMMENT ON VIEW themes IS 'One row per theme (stories of the same kind, e.g. chemical-plant fires): label (c-TF-IDF keywords over its recent texts, English preferred), stories, articles, outlets, languages, first and last article. Each narrative''s theme is in narratives.theme_id.';

-- Themes over time: per theme per ISO week (Monday, UTC).
CREATE OR REPLACE VIEW theme_weeks AS
SELECT
    nt.theme_id,
    CAST(date_trunc('week', a.published_at AT TIME ZONE 'UTC') AS DATE) AS week_start,
    count(*) AS n_articles,
    count(DISTINCT nt.narrative_id) AS n_stories,
    count(DISTINCT a.outlet) AS n_outlets,
    count(DISTINCT article_language(a.detected_language, a.declared_language)) AS n_languages
FROM narrative_themes nt
JOIN article_narratives an ON an.narrative_id = nt.narrative_id
JOIN raw_items a ON a.article_id = an.article_id
GROUP BY ALL;
COMMENT ON VIEW theme_weeks IS 'Articles, stories, outlets and languages per theme per ISO week (week_start is the Monday, UTC).';
