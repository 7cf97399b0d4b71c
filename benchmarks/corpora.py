"""The labelled corpora the benchmarks and tests run, each with the day it is run on (the day after its last item):
one table, so that a corpus and its day are written once. Each corpus folder holds `feeds.yaml`, the feeds and
`labels/` (benchmarks/heldout/README.md describes them). The `dev*` corpora are for tuning; the `heldout*` ones are
never tuned on."""

from __future__ import annotations

from datetime import date
from pathlib import Path

HERE = Path(__file__).parent
CORPORA: dict[str, tuple[Path, date]] = {
    "devset": (HERE / "devset", date(2025, 6, 30)),
    "devclaims": (HERE / "devclaims", date(2025, 10, 25)),
    "devstories": (HERE / "devstories", date(2026, 2, 24)),
    "devwire": (HERE / "devwire", date(2026, 2, 25)),
    "devlive": (HERE / "devlive", date(2026, 4, 26)),
    "devcrowd": (HERE / "devcrowd", date(2026, 6, 22)),
    "devbeat": (HERE / "devbeat", date(2026, 3, 25)),
    "devtrail": (HERE / "devtrail", date(2026, 4, 28)),
    "devrelay": (HERE / "devrelay", date(2026, 7, 1)),
    "devphase": (HERE / "devphase", date(2026, 5, 27)),
    "devtwins": (HERE / "devtwins", date(2026, 10, 31)),
    "heldout": (HERE / "heldout", date(2025, 3, 22)),
    "heldout2": (HERE / "heldout2", date(2026, 5, 24)),
    "heldout3": (HERE / "heldout3", date(2026, 9, 21)),
    "heldout4": (HERE / "heldout4", date(2021, 2, 27)),
    "heldout5": (HERE / "heldout5", date(2025, 4, 6)),
}
