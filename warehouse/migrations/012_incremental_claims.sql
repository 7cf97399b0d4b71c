-- Claims grow by what is new. A claim keeps the state later mentions are matched against (the sum of its context
-- vectors, its articles, the names around it, when it was first seen), so a daily run loads only the claims its
-- new mentions touch; and its provenance figures, refreshed for those claims only, so reading `claims` aggregates
-- nothing.
ALTER TABLE claim_groups ADD COLUMN article_ids VARCHAR[];
ALTER TABLE claim_groups ADD COLUMN names VARCHAR[];
ALTER TABLE claim_groups ADD COLUMN first_seen TIMESTAMPTZ;
ALTER TABLE claim_groups ADD COLUMN approximate BOOLEAN;
ALTER TABLE claim_groups ADD COLUMN vector_sum FLOAT[];
ALTER TABLE claim_groups ADD COLUMN first_seen_article_id VARCHAR;
ALTER TABLE claim_groups ADD COLUMN first_seen_outlet VARCHAR;
ALTER TABLE claim_groups ADD COLUMN first_seen_at TIMESTAMPTZ;
ALTER TABLE claim_groups ADD COLUMN first_seen_date_source VARCHAR;
ALTER TABLE claim_groups ADD COLUMN n_mentions BIGINT;
ALTER TABLE claim_groups ADD COLUMN n_articles BIGINT;
ALTER TABLE claim_groups ADD COLUMN n_outlets BIGINT;
ALTER TABLE claim_groups ADD COLUMN n_languages BIGINT;
ALTER TABLE claim_groups ADD COLUMN languages VARCHAR[];
ALTER TABLE claim_groups ADD COLUMN surface_forms VARCHAR[];
ALTER TABLE claim_groups ADD COLUMN last_seen_at TIMESTAMPTZ;

-- A grouping made before this state existed is regrouped once, from all mentions, by the next run.
DELETE FROM mention_claims;
DELETE FROM claim_groups;
DELETE FROM claim_grouping;
ALTER TABLE claim_grouping DROP COLUMN n_mentions;

CREATE INDEX claim_groups_value ON claim_groups (value);
CREATE INDEX claim_groups_first_seen ON claim_groups (first_seen);
CREATE INDEX mention_claims_claim ON mention_claims (claim_id);
CREATE INDEX mention_embeddings_mention ON mention_embeddings (mention_id);
