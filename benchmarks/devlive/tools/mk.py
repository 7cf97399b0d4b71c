"""Item constructors used by the items_*.py source files.

Markup inside title/summary source text:
  ⟦surface¦alias⟧                      a counted quantity (alias from spec.A)
  ⟦surface¦k¦value¦unit¦subject⟧       a counted quantity given inline (k: c=count p=percent m=money x=measure)
  ⟪surface¦why⟫                        a non-count (duration|age|date|time|ordinal|year|race_time|margin|vague|score)
Summaries flagged html=True may contain HTML tags and HTML entities.
"""


def it(key, outlet, when, story, title, summary="", html=False):
    return dict(key=key, outlet=outlet, when=when, story=story, title=title,
                summary=summary, html=html, dup=None, dup_type=None)


def rp(key, outlet, when, of):
    """Re-post: same outlet, identical text, new guid and link."""
    return dict(key=key, outlet=outlet, when=when, story=None, title=None, summary=None,
                html=None, dup=of, dup_type="repost")


def sy(key, outlet, when, of, title, summary="", html=False):
    """Syndicated (credited, edited or translated) copy of a wire item."""
    return dict(key=key, outlet=outlet, when=when, story=None, title=title, summary=summary,
                html=html, dup=of, dup_type="syndication")
