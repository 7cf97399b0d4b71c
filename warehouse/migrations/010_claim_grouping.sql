-- What the stored claim grouping was computed from: how many mentions, and with which embedder and matching rules.
-- A run that would group the same mentions the same way skips regrouping.
CREATE TABLE claim_grouping (
    singleton     BOOLEAN PRIMARY KEY DEFAULT true CHECK (singleton),
    n_mentions    BIGINT NOT NULL,
    grouped_with  VARCHAR NOT NULL   -- "<embedder name> <matching rules version>"
);
