"""Build a real, installable argostranslate package with random weights (no registry ships argos models).

The package is a genuine `.argosmodel`: a zip of `<name>/metadata.json`, `<name>/model/` (a CTranslate2 Transformer
with random weights, int8), and `<name>/sentencepiece.model` trained on the given lines. It installs with
argostranslate's own `install_from_path` and translates through CTranslate2; its output is nonsense, which is fine
for testing and timing the mechanics.
"""

from __future__ import annotations

import io
import json
import re
import tempfile
import zipfile
from pathlib import Path

import numpy as np

SPECIAL_TOKENS = ["<blank>", "<unk>", "<s>", "</s>"]
INDEXED = re.compile(r"(layer|embeddings|linear)_(\d+)")


def build_argos_package(
    target: Path,
    lines: list[str],
    from_code: str,
    to_code: str,
    *,
    layers: int = 1,
    heads: int = 2,
    d_model: int = 32,
    ffn: int = 64,
    vocab_size: int = 400,
    version: str = "0.1",
    seed: int = 0,
) -> Path:
    """Write `<target>/translate-<from>_<to>-<version>.argosmodel` and return its path."""
    import ctranslate2
    import sentencepiece as spm

    name = f"translate-{from_code}_{to_code}-{version.replace('.', '_')}"
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / name
        (root / "model").mkdir(parents=True)
        model = io.BytesIO()
        spm.SentencePieceTrainer.train(
            sentence_iterator=iter(lines),
            model_writer=model,
            vocab_size=vocab_size,
            model_type="unigram",
            character_coverage=1.0,
            hard_vocab_limit=False,
            bos_id=-1,
            eos_id=-1,
            unk_id=0,
            minloglevel=2,
        )
        (root / "sentencepiece.model").write_bytes(model.getvalue())
        processor = spm.SentencePieceProcessor(model_proto=model.getvalue())
        pieces = [processor.id_to_piece(i) for i in range(processor.get_piece_size())]
        vocabulary = SPECIAL_TOKENS + [piece for piece in pieces if piece not in SPECIAL_TOKENS]

        spec = ctranslate2.specs.TransformerSpec.from_config((layers, layers), heads)
        rng = np.random.default_rng(seed)
        for variable, value in spec.variables().items():
            if value is None:
                _set(
                    spec,
                    variable,
                    rng.normal(scale=0.1, size=_shape(variable, len(vocabulary), d_model, ffn)).astype(np.float32),
                )
        spec.register_source_vocabulary(vocabulary)
        spec.register_target_vocabulary(vocabulary)
        spec.validate()
        spec.optimize("int8")
        spec.save(str(root / "model"))
        (root / "metadata.json").write_text(
            json.dumps(
                {
                    "package_version": version,
                    "argos_version": "1.11",
                    "from_code": from_code,
                    "from_name": from_code,
                    "to_code": to_code,
                    "to_name": to_code,
                    "links": [],
                }
            )
        )
        target.mkdir(parents=True, exist_ok=True)
        archive = target / f"{name}.argosmodel"
        with zipfile.ZipFile(archive, "w") as zipped:
            for path in sorted(root.rglob("*")):
                zipped.write(path, path.relative_to(root.parent))
    return archive


def _shape(variable: str, vocab: int, d: int, ffn: int) -> tuple[int, ...]:
    if variable.endswith(("gamma", "beta")):
        return (d,)
    if "embeddings" in variable or "projection" in variable:
        return (vocab, d)
    if "/ffn/linear_0" in variable:
        return (ffn, d)
    if "/ffn/linear_1" in variable:
        return (d, ffn)
    if "self_attention/linear_0" in variable:
        return (3 * d, d)
    if "/attention/linear_1" in variable and "self_attention" not in variable:
        return (2 * d, d)
    return (d, d)


def _set(spec, variable: str, value: np.ndarray) -> None:
    """Assign by the slash path that `spec.variables()` reports (`decoder/layer_0/ffn/linear_0/weight`)."""
    *path, attribute = variable.split("/")
    node = spec
    for part in path:
        if (indexed := INDEXED.fullmatch(part)) and isinstance(getattr(node, indexed.group(1), None), list):
            node = getattr(node, indexed.group(1))[int(indexed.group(2))]
        else:
            node = getattr(node, part)
    setattr(node, attribute, value)
