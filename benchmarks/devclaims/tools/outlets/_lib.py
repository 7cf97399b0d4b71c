"""Small helpers shared by the outlet source files (stdlib only).

Every outlet file defines OUTLET (feed metadata) and ITEMS (list of dicts made
with item()/repost()).  Annotations:

  C(field, surface, value, kind, unit, subject, claim_id="")  -> counts.csv row
  N(field, surface, why)                                        -> noncounts.csv row

field is "t" (title) or "s" (summary).  value is an int or a decimal string
("1.79").  Rows of one field must be listed in the order the surfaces occur
when a surface occurs more than once (the checker assigns occurrences left to
right).
"""

NBSP = "\u00a0"  # no-break space
NNBSP = "\u202f"  # narrow no-break space

_FIELDS = {"t": "title", "s": "summary"}


def C(field, surface, value, kind, unit, subject, claim=""):
    return {
        "field": _FIELDS[field],
        "surface": surface,
        "value": value,
        "kind": kind,
        "unit": unit,
        "subject": subject,
        "claim_id": claim,
    }


def N(field, surface, why):
    return {"field": _FIELDS[field], "surface": surface, "why": why}


def item(guid, link, pub, story, theme, title, summary, counts=(), noncounts=(), html=False, dup=None, updated=None):
    return {
        "guid": guid,
        "link": link,
        "pub": pub,
        "updated": updated or pub,
        "story": story,
        "theme": theme,
        "title": title,
        "summary": summary,
        "html": html,
        "counts": list(counts),
        "noncounts": list(noncounts),
        "dup": dup,
    }


def repost(orig, guid, link, pub):
    """An identical re-post of orig by the same outlet (new guid and link)."""
    d = dict(orig)
    d.update(
        guid=guid,
        link=link,
        pub=pub,
        updated=pub,
        counts=[dict(c) for c in orig["counts"]],
        noncounts=[dict(n) for n in orig["noncounts"]],
        dup=(orig["guid"], "repost"),
    )
    return d
