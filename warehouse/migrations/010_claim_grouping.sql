-- How many mentions the stored claim grouping was computed from: a run with no new mention skips regrouping.
CREATE TABLE claim_grouping (
    singleton   BOOLEAN PRIMARY KEY DEFAULT true CHECK (singleton),
    n_mentions  BIGINT NOT NULL
);
