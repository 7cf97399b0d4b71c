-- Concepts every view and stage query shares, defined once. (pivot_language() is created from Python's
-- PIVOT_LANGUAGE before this file runs.)

-- How trustworthy a publication time is: the entry's own date, its updated date, the feed's date, the fetch time.
CREATE OR REPLACE MACRO date_trust(published_source) AS
    CASE published_source WHEN 'entry' THEN 0 WHEN 'entry_updated' THEN 1 WHEN 'feed_updated' THEN 2 ELSE 3 END;

-- The provenance order of numeric mentions: publication time, then how trustworthy that time is, then fetch
-- time, then ids, then title before summary and position in the field (deterministic ties).
CREATE OR REPLACE MACRO first_seen_key(published_at, published_source, fetched_at, article_id, field, start_offset) AS
    (published_at, date_trust(published_source), fetched_at, article_id, field = 'summary', start_offset);

-- Two lists as one, each item once, sorted; a NULL list is empty (a claim's outlets, languages and forms grow so).
CREATE OR REPLACE MACRO sorted_union(a, b) AS
    list_sort(list_distinct(list_concat(coalesce(a, []), coalesce(b, []))));

-- An article's language: detected when possible, else the feed's declared one.
CREATE OR REPLACE MACRO article_language(detected_language, declared_language) AS
    coalesce(detected_language, declared_language);

-- The story an article counted in when its ISO week (UTC) was reported: a story it joined only after that week
-- ended (an outlier that a later article gathered in) counts from then on, so past weeks keep their numbers.
CREATE OR REPLACE MACRO narrative_as_reported(narrative_id, known_at, published_at) AS
    CASE WHEN narrative_id > 0
              AND known_at AT TIME ZONE 'UTC' >= date_trunc('week', published_at AT TIME ZONE 'UTC') + INTERVAL 7 DAY
         THEN -1 ELSE narrative_id END;
