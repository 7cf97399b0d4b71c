"""Two events of one kind in one group of reports: where the story and claims stages part them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import numpy as np

from pipeline import events
from pipeline.entities import name_key
from pipeline.places import city_named

START = datetime(2026, 10, 20, 6, tzinfo=UTC)


@dataclass(frozen=True)
class Report:
    vector: np.ndarray
    names: frozenset[str]
    published_at: datetime
    cities: frozenset[int] = frozenset()
    claims: frozenset[str] = frozenset()


def _report(event: int, hours: int, names: tuple[str, ...], alike: float) -> Report:
    """A report of event `event` (0 or 1), `hours` after START: reports of one event read alike, of the two events
    at cosine `alike`; the cities among `names` are its cities."""
    vector = np.array([alike**0.5, (1 - alike) ** 0.5 * (event == 0), (1 - alike) ** 0.5 * (event == 1)])
    cities = frozenset(city for name in names if (city := city_named(name)) is not None)
    return Report(
        vector.astype(np.float32), frozenset(name_key(name) for name in names), START + timedelta(hours=hours), cities
    )


def _fire(event: int, hours: int, *names: str) -> Report:
    """A report of fire `event`: the two fires read little alike (cosine 0.2)."""
    return _report(event, hours, names, alike=0.2)


def _parted(reports: list[Report], stays: set[int] = frozenset()) -> tuple[list[int], list[int]] | None:
    affinity = events.affinities(reports, name_weight=0.2, claim_bonus=0.2, day_decay=0.04)
    return events.parted(reports, affinity, stays)


def test_the_reports_of_a_second_event_that_name_other_things_part() -> None:
    """A paint-factory fire in Bremen, a plastics-plant fire in Lyon a day later: two events."""
    bremen = [_fire(0, hours, "Bremen", "Lackwerke") for hours in (0, 2, 5)]
    lyon = [_fire(1, hours, "Lyon", "Plastirhône") for hours in (26, 28, 30)]
    assert _parted(bremen + lyon) == ([0, 1, 2], [3, 4, 5])


def test_reports_that_read_apart_but_name_the_same_things_stay_together() -> None:
    """Told in other words, weeks apart, the inquiry into the Bremen fire still names Bremen."""
    reports = [_fire(0, hours, "Bremen", "Lackwerke") for hours in (0, 2, 5)]
    reports += [_fire(1, hours, "Bremen") for hours in (26, 28, 30)]
    assert _parted(reports) is None


def test_the_first_report_and_those_that_must_stay_stay() -> None:
    """The first report keeps its group (and its id); a report that must stay (one that names the day the story
    began) stays with it, and one report alone does not part (it may be a reaction)."""
    lyon_first = [_fire(1, 0, "Lyon", "Plastirhône")] + [_fire(0, hours, "Bremen", "Lackwerke") for hours in (2, 4, 6)]
    assert _parted(lyon_first) == ([0], [1, 2, 3])
    bremen = [_fire(0, hours, "Bremen", "Lackwerke") for hours in (0, 2, 5)]
    lyon = [_fire(1, hours, "Lyon", "Plastirhône") for hours in (26, 28, 30)]
    assert _parted(bremen + lyon, stays={4}) == ([0, 1, 2, 4], [3, 5])
    assert _parted(bremen + lyon, stays={4, 5}) is None


def test_a_report_that_names_the_other_event_in_passing_does_not_hold_them_together() -> None:
    """One report of the plastics-plant fire compares it with the paint-factory fire: the two fires still part, each
    named by two reports or more (no cities here, which would part them anyway). Two reports that name little of
    their own do not part from a group one of whose reports names one of their names."""
    paint = [_fire(0, hours, "Lackwerke", "Kowalczyk") for hours in (0, 2, 5)]
    plastics = [_fire(1, 26, "Plastirhône", "Dubreuil", "Lackwerke")]
    plastics += [_fire(1, hours, "Plastirhône", "Dubreuil") for hours in (28, 30)]
    assert _parted(paint + plastics) == ([0, 1, 2], [3, 4, 5])
    paint[0] = _fire(0, 0, "Lackwerke", "Kowalczyk", "Feuerwehr")
    vague = [_fire(1, 26, "Feuerwehr"), _fire(1, 28, "Polizei")]
    assert _parted(paint + vague) is None


def _layoffs(company: int, hours: int, *names: str) -> Report:
    """A report of company `company`'s job cuts: the two companies' reports read more alike than two fires'
    (cosine 0.35: job cuts, a plant, a union)."""
    return _report(company, hours, names, alike=0.35)


def test_two_events_whose_protagonists_differ_part_though_they_name_each_other() -> None:
    """Vogtmann's job cuts and, a day later, Tarnovia's, at a plant in the same town: two of Tarnovia's five reports
    name Vogtmann, too many for a mention in passing (`different_events` keeps them together), and the two read
    closer than SPLIT_SCORE; yet three quarters of each company's reports name it, and fewer than half of the other's
    do."""
    vogtmann = [_layoffs(0, hours, "Vogtmann", "Bremen") for hours in (0, 3, 6)] + [_layoffs(0, 9, "Vogtmann")]
    tarnovia = [_layoffs(1, 24, "Tarnovia", "Gliwice", "Vogtmann"), _layoffs(1, 26, "Tarnovia", "Vogtmann")]
    tarnovia += [_layoffs(1, hours, "Tarnovia", "Gliwice") for hours in (28, 30, 32)]
    reports = vogtmann + tarnovia
    kept, parting = list(range(4)), list(range(4, 9))
    between = events.affinities(reports, name_weight=0.2, claim_bonus=0.2, day_decay=0.04)[np.ix_(kept, parting)]
    assert events.SPLIT_SCORE <= between.mean() < events.PROTAGONIST_SPLIT_SCORE
    assert not events.different_events(reports, kept, parting)
    assert _parted(reports) == (kept, parting)


def test_a_later_phase_that_names_the_stories_protagonist_stays() -> None:
    """The arrest of Isarpay's chief, days after the regulator froze its accounts, names Isarpay in most reports."""
    freeze = [_layoffs(0, hours, "Isarpay", "Bafin") for hours in (0, 3, 6, 9)]
    arrest = [_layoffs(1, hours, "Isarpay", "Brenninger") for hours in (50, 52)] + [_layoffs(1, 54, "Brenninger")]
    assert _parted(freeze + arrest) is None
