"""Where feed bytes come from: live HTTP (polite, capped, conditional) or recorded files.

Every source returns a `base.FetchResult` and never raises for a bad feed: each failure becomes a status and an
`error_kind`, so one broken outlet cannot stop a run. Hostile servers and hostile paths are expected.

* `base`: the result and error types, the shared limits, the deadline every fetch runs under;
* `routing`: `RoutingSource`, which picks `http` or `files` by URL scheme;
* `files`: recorded feeds on disk, regular files only, capped and deadline-bound;
* `http`: live feeds, conditional GET, manual redirects, bounded gzip/deflate decoding;
* `addresses`: which IP addresses may be contacted at all (SSRF policy);
* `pinning`: the connection layer that dials only checked addresses and holds every socket operation to the deadline.
"""
