"""`narratives serve`: a local web explorer over the warehouse snapshot (search, claims, narratives, articles)."""

from pipeline.web.app import create_app

__all__ = ["create_app"]
