"""Batched translation vs a naive per-sentence loop, same model, same 1,000 sentences, one run.

Run: .venv/bin/python benchmarks/translation_bench.py [--sentences 1000] [--device cpu]

No registry ships argos models, so the model is a real argos package with random weights at the size of a
typical argos model (Transformer 6+6 layers, d_model 512, FFN 2048, int8), built by
`tests/support/argos_package.py` and installed with argostranslate. Its output is nonsense; its cost is real.
Random weights never emit end-of-sentence, so decoding always runs to the length cap; the benchmark sets the cap
to 1.0× the input length (`length_factor=1.0`), about what a real model's translations measure, instead of the
pipeline's 3× safety cap. The naive loop is one CTranslate2 call per sentence, which is what `argostranslate.translate.translate` does
underneath: argos's high-level API needs a sentence-boundary model (MiniSBD/Stanza) that it downloads, which
this offline machine cannot do.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # tests/support holds the package builder shared with the test suite

from pipeline.text import split_sentences  # noqa: E402
from pipeline.translate import ArgosTranslator, install_from_file  # noqa: E402
from tests.support.argos_package import build_argos_package  # noqa: E402


def russian_sentences(n: int) -> list[str]:
    import feedparser

    from pipeline.ingest import clean_text

    sentences = []
    for slug in ("vecherny-kurier", "novosti-severa"):
        for entry in feedparser.parse(str(ROOT / "seeds" / "demo" / "feeds" / f"{slug}.xml")).entries:
            sentences += split_sentences(clean_text(entry.title)) + split_sentences(clean_text(entry.summary))
    return [sentences[i % len(sentences)] for i in range(n)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sentences", type=int, default=1_000)
    parser.add_argument("--device", default="cpu")
    args = parser.parse_args()
    sentences = russian_sentences(args.sentences)
    with tempfile.TemporaryDirectory() as tmp:
        archive = build_argos_package(
            Path(tmp), sentences, "ru", "en", layers=6, heads=8, d_model=512, ffn=2048, vocab_size=4000
        )
        models = Path(tmp) / "models"
        install_from_file(archive, models)
        translator = ArgosTranslator(models, device=args.device, length_factor=1.0)
        translator.translate(sentences[:4], "ru", "en")  # load the model once, outside the timings

        started = time.perf_counter()
        for sentence in sentences:
            translator.translate([sentence], "ru", "en")
        naive = time.perf_counter() - started

        calls = translator.model_calls
        started = time.perf_counter()
        translator.translate(sentences, "ru", "en")
        batched = time.perf_counter() - started
        batch_calls = translator.model_calls - calls

    print(
        f"device {args.device}, {args.sentences} sentences, model: random-weight argos package (6+6 layers, d512, int8), output capped at input length"
    )
    print(f"naive, one CTranslate2 call per sentence: {naive:7.1f}s  {args.sentences / naive:7.1f} sentences/s")
    print(
        f"batched ({batch_calls} calls of ≤32):           {batched:7.1f}s  {args.sentences / batched:7.1f} sentences/s"
    )
    print(f"speed-up: {naive / batched:.1f}x (target ≥ 3x)")


if __name__ == "__main__":
    main()
