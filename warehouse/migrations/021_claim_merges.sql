-- A claim of one article that a later day's second look merged into the claim it reports
-- (`claims.match._second_look`): its id leads to the claim that took its mentions, so a link to it keeps working.
CREATE TABLE claim_merges (
    claim_id     VARCHAR PRIMARY KEY,
    merged_into  VARCHAR NOT NULL
);
