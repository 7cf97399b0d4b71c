-- What a fetch did not store and why: entries over the feed's item cap (counted, never silently dropped), and every
-- problem the parser recorded ("kind: message"), not only the most important one in error_kind.
ALTER TABLE fetch_log ADD COLUMN n_skipped INTEGER DEFAULT 0;
ALTER TABLE fetch_log ADD COLUMN problems VARCHAR[] DEFAULT [];
