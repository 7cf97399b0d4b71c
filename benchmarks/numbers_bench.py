"""Number extraction on labelled sentences in ten languages: values, kinds, units and approximations, with a baseline.

Run: .venv/bin/python benchmarks/numbers_bench.py [--corpus benchmarks/devnumbers] [--misses]

The corpus (`sentences.csv`, see benchmarks/devnumbers/README.md) labels every number of each sentence: its value,
its kind (count, money, measure, percent, duration, age, date, time, ordinal, score), its unit and whether it is
exact. Each sentence goes through `extract_mentions` as an article's summary. Years alone ("in 2024") are left out
of the labels compared: the extractor reads them as what dates a quantity, not as mentions. The corpus labels both
ends of a range and both sides of a score; a mention holds a range's ends as its value and `value_high`, and a score
as its first side only (a result is one fact), so a score's second side counts as missed. A clock time is labelled
as written ("20.15"), the extractor's value is in hours (20.25): the labels are converted.

Measures, each beside the baseline where one applies (every digit group read naively, as in provenance_bench):
- claim values: precision and recall of (sentence, value) for the kinds that make claims (count, money, measure),
  the figures the spread of a claim is built from (baseline: every digit group, years left out);
- all values: the same over every kind;
- of the labelled values found: the share with the right kind, the right unit (claim kinds) and the right exact flag;
- per language: claim-value precision and recall.
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter, defaultdict
from pathlib import Path

from provenance_bench import baseline_values, in_usual_unit, precision_recall, print_table, value_key

from pipeline.claims.extract import ClaimMention, extract_mentions
from pipeline.claims.kinds import CLAIM_KINDS

YEAR_OF_PUBLICATION = 2026


def read_labels(corpus: Path) -> tuple[dict[str, tuple[str, str]], list[dict[str, str]]]:
    """The sentences (id → language, text) and the labelled numbers, years alone left out."""
    with (corpus / "sentences.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    sentences = {row["id"]: (row["language"], row["text"]) for row in rows}
    labels = [in_usual_unit(_in_hours(row)) for row in rows if not _year_alone(row)]
    return sentences, labels


def _in_hours(row: dict[str, str]) -> dict[str, str]:
    """A clock time labelled as written ("20.15") as the extractor reads it: hours and a fraction (20.25)."""
    if row["kind"] != "time":
        return row
    hours, _, minutes = row["value"].partition(".")
    return {**row, "value": str(int(hours) + int(minutes.ljust(2, "0")) / 60 if minutes else float(hours))}


def _year_alone(row: dict[str, str]) -> bool:
    value = float(row["value"])
    return row["kind"] == "date" and value == int(value) and 1000 <= value <= 2100


def evaluate(corpus: Path, show_misses: bool = False) -> dict[str, object]:
    sentences, labels = read_labels(corpus)
    found = {
        sentence_id: _one_per_surface(extract_mentions(sentence_id, "", text, language, YEAR_OF_PUBLICATION))
        for sentence_id, (language, text) in sentences.items()
    }
    gold_all = Counter((row["id"], value_key(float(row["value"]))) for row in labels)
    gold_claims = Counter((row["id"], value_key(float(row["value"]))) for row in labels if row["kind"] in CLAIM_KINDS)
    found_all = Counter((m.article_id, value) for ms in found.values() for m in ms for value in _values(m))
    found_claims = Counter(
        (m.article_id, value) for ms in found.values() for m in ms if m.kind in CLAIM_KINDS for value in _values(m)
    )
    baseline = baseline_values({sentence_id: text for sentence_id, (_, text) in sentences.items()})
    results: dict[str, object] = {"sentences": len(sentences), "labelled numbers (years alone left out)": len(labels)}
    for scope, gold, mine in (("claim", gold_claims, found_claims), ("all", gold_all, found_all)):
        (precision, recall), (base_precision, base_recall) = (
            precision_recall(mine, gold),
            precision_recall(baseline, gold),
        )
        results[f"{scope}-value precision"] = (f"{precision:.3f}", f"{base_precision:.3f}")
        results[f"{scope}-value recall"] = (f"{recall:.3f}", f"{base_recall:.3f}")
    kind_right = unit_right = exact_right = matched = matched_claims = 0
    misses: list[str] = []
    for row in labels:
        value = value_key(float(row["value"]))
        same_value = [m for m in found[row["id"]] if value in _values(m)]
        if not same_value:
            misses.append(f"MISSED  {row['id']} {row['kind']:8} {row['surface']!r} in {sentences[row['id']][1]!r}")
            continue
        matched += 1
        mention = next((m for m in same_value if m.kind == row["kind"]), same_value[0])
        if mention.kind == row["kind"]:
            kind_right += 1
        else:
            misses.append(f"KIND    {row['id']} {row['kind']:8} read as {mention.kind}: {row['surface']!r}")
        exact_right += mention.exact == (row["exact"] == "true")
        if row["kind"] in CLAIM_KINDS:
            matched_claims += 1
            unit_right += (mention.unit or "") == row["unit"]
    for sentence_id, mentions in found.items():
        gold_values = {value_key(float(r["value"])) for r in labels if r["id"] == sentence_id}
        for m in mentions:
            if not set(_values(m)) <= gold_values:
                misses.append(f"EXTRA   {sentence_id} {m.kind:8} {m.surface_text!r} = {_values(m)}")
    results["kind right (of values found)"] = f"{kind_right / matched:.3f}"
    results["unit right (claim kinds found)"] = f"{unit_right / matched_claims:.3f}"
    results["exact flag right (of values found)"] = f"{exact_right / matched:.3f}"
    by_language: dict[str, tuple[Counter, Counter]] = defaultdict(lambda: (Counter(), Counter()))
    for key, count in gold_claims.items():
        by_language[sentences[key[0]][0]][1][key] = count
    for key, count in found_claims.items():
        by_language[sentences[key[0]][0]][0][key] = count
    for language, (found_here, gold_here) in sorted(by_language.items()):
        p, r = precision_recall(found_here, gold_here)
        results[f"  {language}: claim-value precision / recall"] = f"{p:.3f} / {r:.3f}"
    if show_misses:
        print("\n".join(sorted(misses)))
    return results


def _one_per_surface(mentions: list[ClaimMention]) -> list[ClaimMention]:
    """The mentions less the high ends of ranges: the extractor gives "40 bis 60" a mention of 60 of its own, so that
    claims of 60 find it, and the range's mention already holds both ends (`_values`)."""
    ends = {(m.start_offset, m.end_offset, m.value_high) for m in mentions if m.value_high is not None}
    return [m for m in mentions if (m.start_offset, m.end_offset, m.value) not in ends]


def _values(mention: ClaimMention) -> list[float]:
    """The mention's value, and the high end of its range."""
    ends = [mention.value] if mention.value_high is None else [mention.value, mention.value_high]
    return [value_key(value) for value in ends]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path(__file__).parent / "devnumbers")
    parser.add_argument("--misses", action="store_true", help="list every missed, extra and mis-kinded number")
    args = parser.parse_args()
    print_table(f"number extraction on {args.corpus}", evaluate(args.corpus, args.misses))


if __name__ == "__main__":
    main()
