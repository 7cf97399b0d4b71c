-- Every numeric mention with its claim and the article it appeared in.
-- first_seen_key orders mentions for provenance (see 00_macros.sql).
CREATE OR REPLACE VIEW claim_mentions AS
SELECT
    m.article_id,
    mc.claim_id,
    m.value,
    m.value_high,
    m.exact,
    m.qualifier,
    m.subject,
    m.subject_concept,
    m.year,
    m.surface_text,
    m.language,
    a.outlet,
    a.published_at,
    a.published_source,
    a.url,
    a.title,
    a.duplicate_of,
    m.kind,
    m.unit,
    m.field,
    m.start_offset,
    m.end_offset,
    m.ambiguous_separator,
    m.mention_id,
    first_seen_key(a.published_at, a.published_source, a.fetched_at, a.article_id, m.field, m.start_offset)
        AS first_seen_key
FROM mentions m
JOIN mention_claims mc USING (mention_id)
JOIN articles a USING (article_id);
COMMENT ON VIEW claim_mentions IS 'One row per numeric mention: value (normalised), exact/qualifier, subject as written and its concept, year, surface text, and the article (outlet, language, published_at) it appeared in.';
