-- Claims are grouped by the event their articles report: a claim keeps the sum of its articles' vectors (each
-- article once) beside the sum of its mentions' sentence vectors. The next run regroups every mention once (the
-- matching rules changed with this column), which fills it.
ALTER TABLE claim_groups ADD COLUMN article_vector_sum FLOAT[];
