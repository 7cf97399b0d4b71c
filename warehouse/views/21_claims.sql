-- One row per claim with its provenance. Ties in publication time are broken by first_seen_key (see claim_mentions).
CREATE OR REPLACE VIEW claims AS
WITH firsts AS (
    SELECT claim_id, arg_min(article_id, first_seen_key) AS first_seen_article_id,
           arg_min(outlet, first_seen_key) AS first_seen_outlet,
           min(published_at) AS first_seen_at,
           arg_min(published_source, first_seen_key) AS first_seen_date_source,
           count(*) AS n_mentions,
           count(DISTINCT article_id) AS n_articles,
           count(DISTINCT outlet) AS n_outlets,
           count(DISTINCT language) AS n_languages,
           list(DISTINCT language ORDER BY language) AS languages,
           list(DISTINCT surface_text ORDER BY surface_text) AS surface_forms,
           max(published_at) AS last_seen_at
    FROM claim_mentions
    GROUP BY claim_id
)
SELECT
    g.claim_id,
    g.value,
    coalesce(g.subject_concept, g.subject) AS subject,
    g.year,
    f.first_seen_article_id,
    f.first_seen_outlet,
    f.first_seen_at,
    f.n_mentions,
    f.n_outlets,
    f.n_languages,
    g.variant_of,
    g.kind,
    g.unit,
    f.n_articles,
    f.languages,
    f.surface_forms,
    f.last_seen_at,
    f.first_seen_date_source,
    g.variant_evidence
FROM claim_groups g
JOIN firsts f USING (claim_id);
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
