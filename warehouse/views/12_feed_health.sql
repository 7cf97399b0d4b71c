-- The latest fetch of every feed: what an operator checks first.
CREATE OR REPLACE VIEW feed_health AS
SELECT
    f.outlet,
    f.url,
    f.declared_language,
    l.run_date AS last_run,
    l.status AS last_status,
    l.error_kind,
    l.error,
    l.http_status,
    (SELECT count(*) FROM fetch_log h WHERE h.outlet = f.outlet AND h.status IN ('failed', 'unsafe')) AS failed_runs,
    (SELECT count(*) FROM raw_items r WHERE r.outlet = f.outlet) AS n_articles
FROM feeds f
LEFT JOIN fetch_log l ON l.outlet = f.outlet AND l.run_date = (SELECT max(run_date) FROM fetch_log WHERE outlet = f.outlet);
COMMENT ON VIEW feed_health IS 'One row per feed: status and error of its latest fetch, how many runs failed, how many articles it brought.';
