"""Helpers for writing outlet data modules (held-out corpus source)."""


def _f(field):
    return {"t": "title", "s": "summary"}[field]


def C(field, surface, value, subject, claim=""):
    """A count of people/things."""
    return dict(field=_f(field), surface=surface, value=value, kind="count", unit="", subject=subject, claim=claim)


def P(field, surface, value, subject, claim=""):
    """A percentage (value 42 for 42%)."""
    return dict(field=_f(field), surface=surface, value=value, kind="percent", unit="%", subject=subject, claim=claim)


def MON(field, surface, value, unit, subject, claim=""):
    return dict(field=_f(field), surface=surface, value=value, kind="money", unit=unit, subject=subject, claim=claim)


def MEA(field, surface, value, unit, subject, claim=""):
    return dict(field=_f(field), surface=surface, value=value, kind="measure", unit=unit, subject=subject, claim=claim)


def N(field, surface, why):
    assert why in ("duration", "age", "date", "time", "ordinal", "year", "race_time", "margin"), why
    return dict(field=_f(field), surface=surface, why=why)
