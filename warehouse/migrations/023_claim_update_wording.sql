-- A claim keeps how a mention of it tells it as an update of an earlier figure ("rises to 41", "загиблих уже 11"):
-- evidence that it is that figure changing in the same story (a mutation), even when it moves further than a retelling
-- would, and the words its `variant_evidence` quotes. The next run regroups every mention once, which fills it.
ALTER TABLE claim_groups ADD COLUMN update_wording VARCHAR;
DELETE FROM claim_grouping;
