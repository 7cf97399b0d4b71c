-- A claim keeps whether a mention of it is told as an update of an earlier figure ("the toll rises to 41", "загиблих
-- уже 11"): evidence that it is that figure changing in the same story (a mutation), even when it moves further than a
-- retelling would. The next run regroups every mention once, which fills it.
ALTER TABLE claim_groups ADD COLUMN told_as_update BOOLEAN;
DELETE FROM claim_grouping;
