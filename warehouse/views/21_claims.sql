-- One row per claim with its provenance, as the claims stage last refreshed it (first seen by first_seen_key, see
-- claim_mentions).
CREATE OR REPLACE VIEW claims AS
SELECT
    claim_id,
    value,
    coalesce(subject_concept, subject) AS subject,
    year,
    first_seen_article_id,
    first_seen_outlet,
    first_seen_at,
    n_mentions,
    n_outlets,
    n_languages,
    variant_of,
    kind,
    unit,
    n_articles,
    languages,
    surface_forms,
    last_seen_at,
    first_seen_date_source,
    variant_evidence
FROM claim_groups;
COMMENT ON VIEW claims IS 'One row per claim (same value about the same thing, any language): first-seen article/outlet/time, how many mentions, outlets and languages, and variant_of for a later value of the same claim in the same story (a mutation), with variant_evidence saying why they were linked.';

-- Order in which outlets picked a claim up: one row per claim and outlet, at that outlet's first article.
CREATE OR REPLACE VIEW claim_spread AS
WITH per_outlet AS (
    SELECT *, row_number() OVER (PARTITION BY claim_id, outlet ORDER BY first_seen_key) AS nth
    FROM claim_mentions
)
SELECT
    claim_id,
    outlet,
    language,
    published_at AS first_published_at,
    row_number() OVER (PARTITION BY claim_id ORDER BY first_seen_key) AS spread_rank,
    article_id,
    title,
    url,
    surface_text,
    duplicate_of IS NOT NULL AS near_copy,
    duplicate_of
FROM per_outlet
WHERE nth = 1;
COMMENT ON VIEW claim_spread IS 'How a claim spread: each outlet at its first article carrying the claim, ranked by time (spread_rank 1 = origin); near_copy marks syndicated/re-posted copies of an earlier article.';
