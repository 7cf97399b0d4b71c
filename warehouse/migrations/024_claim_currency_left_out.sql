-- A claim keeps whether an amount whose currency was left out began it ("pagar 12,5 millones a los viticultores"):
-- money of its value may join it, while "1.5 million households" stays a count. The next run regroups every mention
-- once, which fills it.
ALTER TABLE claim_groups ADD COLUMN currency_left_out BOOLEAN DEFAULT false;
DELETE FROM claim_grouping;
