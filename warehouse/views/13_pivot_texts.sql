-- Every article's text in the pivot language: as written when it is in that language, else its translation.
-- Articles with neither are absent.
CREATE OR REPLACE VIEW pivot_texts AS
SELECT
    r.article_id,
    CASE WHEN article_language(r.detected_language, r.declared_language) = pivot_language() THEN r.title
         ELSE te.text END AS title,
    CASE WHEN article_language(r.detected_language, r.declared_language) = pivot_language() THEN r.summary
         ELSE coalesce(se.text, '') END AS summary
FROM raw_items r
LEFT JOIN translations te ON te.article_id = r.article_id AND te.field = 'title' AND te.target_lang = pivot_language()
LEFT JOIN translations se ON se.article_id = r.article_id AND se.field = 'summary' AND se.target_lang = pivot_language()
WHERE article_language(r.detected_language, r.declared_language) = pivot_language() OR te.text IS NOT NULL;
COMMENT ON VIEW pivot_texts IS 'Title and summary of each article in the pivot language (English): as written, or translated. Untranslated articles in other languages are absent.';
