-- Per run date and feed: what the fetch did and how many articles it brought in for the first time.
CREATE OR REPLACE VIEW fetch_summary AS
SELECT
    f.run_date,
    f.outlet,
    f.status,
    f.error_kind,
    f.error,
    f.http_status,
    f.bytes,
    f.n_entries,
    f.n_skipped,
    count(r.article_id) AS n_new,
    f.duration_ms,
    f.problems
FROM fetch_log f
LEFT JOIN raw_items r ON r.outlet = f.outlet AND r.run_date = f.run_date
GROUP BY ALL;
COMMENT ON VIEW fetch_summary IS 'One row per feed per run date: status (fetched | not_modified | failed | unsafe), error kind, every parser problem, entries skipped over the feed''s item cap, and the number of articles first seen in that run.';
