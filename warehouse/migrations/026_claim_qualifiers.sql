-- A claim keeps the qualifiers its mentions state ("more than 200,000": more_than), so an approximation is linked only
-- to an earlier figure it can blur (212,000, not 140,000). The next run regroups every mention once, which fills it.
ALTER TABLE claim_groups ADD COLUMN qualifiers VARCHAR[];
DELETE FROM claim_grouping;
