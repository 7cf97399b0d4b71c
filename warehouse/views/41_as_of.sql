-- What was known at a point in time: the digest of a past week counts only articles published before the week's
-- end, so it says the same thing when it is regenerated later.

-- Weeks that are over in the data: the newest article was published on or after the Monday that ends them.
CREATE OR REPLACE VIEW complete_weeks AS
SELECT *
FROM week_totals
WHERE week_start + 7 <= (SELECT CAST(max(published_at) AT TIME ZONE 'UTC' AS DATE) FROM articles);
COMMENT ON VIEW complete_weeks IS 'The rows of week_totals for ISO weeks that are over in the data: an article was published after the week ended (the newest week is partial until then). Compare complete weeks, not a partial one with a full one.';

-- The claims view as of `until`: only mentions published before it count (claims first seen later are absent).
-- first_seen_* never change (the first mention is always before `until`); every count and list is recomputed.
CREATE OR REPLACE MACRO claims_until(until) AS TABLE
WITH counts AS (
    SELECT claim_id,
           count(*) AS n_mentions,
           count(DISTINCT article_id) AS n_articles,
           count(DISTINCT outlet) AS n_outlets,
           count(DISTINCT language) AS n_languages,
           list(DISTINCT language ORDER BY language) AS languages,
           list(DISTINCT surface_text ORDER BY surface_text) AS surface_forms,
           max(published_at) AS last_seen_at
    FROM claim_mentions
    WHERE published_at < until
    GROUP BY claim_id
)
SELECT c.* REPLACE (
           u.n_mentions AS n_mentions, u.n_articles AS n_articles, u.n_outlets AS n_outlets,
           u.n_languages AS n_languages, u.languages AS languages, u.surface_forms AS surface_forms,
           u.last_seen_at AS last_seen_at
       )
FROM claims c JOIN counts u USING (claim_id);
