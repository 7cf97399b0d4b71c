-- A claim keeps the other ends of the ranges its mentions state ("40 bis 60" in a claim of 40: 60), so the claim of
-- 60 is never linked to it as a mutation: two ends of one range are not a figure changing. The next run regroups every
-- mention once, which fills it.
ALTER TABLE claim_groups ADD COLUMN range_ends DOUBLE[];
DELETE FROM claim_grouping;
