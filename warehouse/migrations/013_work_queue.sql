-- Each analysis stage takes its work from a small queue instead of anti-joining the history: the load stage
-- queues every new article once per stage, and a stage removes an article in the same transaction as its output.
-- The queue holds the backlog only, so finding the work costs what is new.
CREATE TABLE work_queue (
    stage         VARCHAR NOT NULL,      -- translate | claims | narratives
    article_id    VARCHAR NOT NULL,
    published_at  TIMESTAMPTZ NOT NULL,  -- stages take the oldest first
    PRIMARY KEY (stage, article_id)
);

-- What a warehouse made before the queue still has to do.
INSERT INTO work_queue
SELECT 'translate', article_id, published_at FROM raw_items ANTI JOIN translation_status USING (article_id);
INSERT INTO work_queue
SELECT 'claims', article_id, published_at FROM raw_items
WHERE article_id NOT IN (SELECT article_id FROM claim_extractions)
   OR article_id IN (
        SELECT m.article_id FROM mentions m ANTI JOIN mention_claims USING (mention_id)
        WHERE m.kind IN ('count', 'money', 'measure')
   );
INSERT INTO work_queue
SELECT 'narratives', article_id, published_at FROM raw_items ANTI JOIN article_narratives USING (article_id);
CREATE INDEX article_embeddings_article ON article_embeddings (article_id);
