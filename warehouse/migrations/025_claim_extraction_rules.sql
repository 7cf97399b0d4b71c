-- Which extraction rules (`pipeline.claims.extract.EXTRACTION_RULES`) found the stored mentions: per article, and
-- the version that every article has been scanned with. A warehouse scanned under other rules (or before they were
-- recorded: NULL) scans its articles again, oldest id first, with what each run's budget leaves, so that what the
-- rules find now reaches its history; once none is left, its claims are grouped again if any mention changed.
ALTER TABLE claim_extractions ADD COLUMN rules VARCHAR;

CREATE TABLE claim_extraction_rules (
    singleton  BOOLEAN PRIMARY KEY DEFAULT true CHECK (singleton),
    rules      VARCHAR,                    -- every scanned article's; NULL while a re-scan is under way
    changed    BIGINT NOT NULL DEFAULT 0   -- mentions the re-scan under way has changed so far
);
