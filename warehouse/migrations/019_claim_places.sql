-- A claim keeps the cities its articles name (GeoNames ids, `pipeline.places`): a mention from an article about a
-- city far from them is less likely the same figure ("three dead" in a strike on Kharkiv and in one on Odesa). The
-- next run regroups every mention once (the matching rules changed with this column), which fills it.
ALTER TABLE claim_groups ADD COLUMN places BIGINT[];
