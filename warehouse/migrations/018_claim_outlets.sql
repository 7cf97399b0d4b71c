-- Each claim keeps the outlets that stated it, so a daily run adds its new mentions to a claim's provenance
-- (pipeline/store/claims.py `_add_to_provenance`) instead of re-reading every mention of a claim stated every day.
ALTER TABLE claim_groups ADD COLUMN outlets VARCHAR[];
UPDATE claim_groups SET outlets = o.outlets
FROM (
    SELECT mc.claim_id, list_sort(list(DISTINCT r.outlet)) AS outlets
    FROM mention_claims mc JOIN mentions m USING (mention_id) JOIN raw_items r USING (article_id)
    GROUP BY mc.claim_id
) o
WHERE claim_groups.claim_id = o.claim_id;
