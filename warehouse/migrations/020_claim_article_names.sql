-- A claim keeps the names its articles hold (each name once per article, `entities.names`): a mention from an
-- article whose names conflict with the claim's is less likely the same figure (the second chemical-plant fire of
-- the week, in another city, that also injured four). The next run regroups every mention once, which fills it.
ALTER TABLE claim_groups ADD COLUMN article_names VARCHAR[];
DELETE FROM claim_grouping;
