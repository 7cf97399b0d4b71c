-- Which extraction rules the stored mentions were found with (`pipeline.claims.extract.EXTRACTION_RULES`). A
-- warehouse scanned under other rules (or before this table existed) scans its articles again on its next run, once,
-- so that what the rules find now reaches its history, and its claims are grouped again from the new mentions.
CREATE TABLE claim_extraction_rules (
    singleton  BOOLEAN PRIMARY KEY DEFAULT true CHECK (singleton),
    rules      VARCHAR NOT NULL
);
