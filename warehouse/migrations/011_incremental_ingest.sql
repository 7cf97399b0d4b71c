-- Ingest without reading history.
-- 1. Near-duplicate candidates by index: each article's MinHash signature (64 uint32) is cut into the LSH bands
--    datasketch chooses for Jaccard 0.7 (8 bands of 8 values); a band's bucket is
--    md5_number_lower('<band>:<the band's 32 bytes in upper-case hex>'), computed the same way for new articles by
--    pipeline/dedup.py (band_buckets). A new article looks up its own 8 buckets, not the stored signatures. Only
--    originals are indexed: a copy is found through its original, so a much-syndicated text does not pile up.
CREATE TABLE minhash_bands (
    bucket      UBIGINT NOT NULL,
    article_id  VARCHAR NOT NULL
);
INSERT INTO minhash_bands
SELECT md5_number_lower(band::VARCHAR || ':' || substring(hex(minhash), band * 64 + 1, 64)), article_id
FROM raw_items, range(8) AS bands(band)
WHERE duplicate_of IS NULL;
CREATE INDEX minhash_bands_bucket ON minhash_bands (bucket);

-- 2. A feed whose body is byte for byte the one loaded last time is not parsed again: a 304 for servers without
--    validators, and for recorded files.
ALTER TABLE feeds ADD COLUMN body_sha256 VARCHAR;
