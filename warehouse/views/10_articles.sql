-- One row per ingested article, the analyst's starting point.
CREATE OR REPLACE VIEW articles AS
SELECT
    article_id,
    outlet,
    url,
    guid,
    article_language(detected_language, declared_language) AS language,
    CASE WHEN detected_language IS NOT NULL THEN 'detected'
         WHEN declared_language IS NOT NULL THEN 'declared' END AS language_source,
    language_prob,
    declared_language,
    published_at,
    published_source,
    fetched_at,
    title,
    summary,
    duplicate_of,
    content_hash,
    feed_url,
    n.narrative_id,
    n.known_at AS narrative_known_at,
    te.text AS title_en,
    se.text AS summary_en,
    ts.status AS translation_status
FROM raw_items
LEFT JOIN article_narratives n USING (article_id)
LEFT JOIN translation_status ts USING (article_id)
LEFT JOIN translations te ON te.article_id = raw_items.article_id AND te.field = 'title' AND te.target_lang = pivot_language()
LEFT JOIN translations se ON se.article_id = raw_items.article_id AND se.field = 'summary' AND se.target_lang = pivot_language();
COMMENT ON VIEW articles IS 'One row per ingested article. language = detected (langdetect, seeded) or, when undetectable, the feed''s declared language; language_source says which. duplicate_of points at the earliest near-identical article; narrative_id is the story cluster (-1 outlier, NULL not yet clustered) and narrative_known_at when the data first supported that (weekly rollups count an article in its story from then); title_en/summary_en are English translations and translation_status says why one is missing (not_needed, no_model, failed, undetermined).';
