-- Why a claim was linked as a mutation of an earlier one, in words an analyst can check.
ALTER TABLE claim_groups ADD COLUMN variant_evidence VARCHAR;
