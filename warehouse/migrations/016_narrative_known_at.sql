-- When each story assignment was first supported by the data (see pipeline/narratives/stories.py): weekly rollups
-- count an article in its story only if that was known by the end of its week, so an outlier that joins a story
-- later does not change what past weeks reported. Existing assignments are taken as known when published.
ALTER TABLE article_narratives ADD COLUMN known_at TIMESTAMPTZ;
UPDATE article_narratives n SET known_at = r.published_at FROM raw_items r WHERE r.article_id = n.article_id;
