"""Build spaCy DocBins for the person recognizer from ../shared/data.

Reads (never copies into the repo):
  ../shared/data/conll2003/iob2/{train,valid,test}.txt   (CoNLL-2003, IOB2)
  ../shared/data/wnut17/wnut17train.conll                (WNUT-17, IOB2)

Writes training/build/corpus/{train,dev,test}.spacy (git-ignored build output).

Labels: CoNLL PER -> PERSON, ORG -> ORG, LOC -> LOC, MISC -> MISC.
WNUT person -> PERSON, corporation/group -> ORG, location -> LOC,
creative-work/product -> MISC.  With --person-only every non-person entity
becomes O.

CoNLL documents (split at -DOCSTART-) are kept whole, with sentence starts
set, because the recognizer is run and scored on whole news documents.
WNUT posts are grouped into pseudo-documents of --wnut-group posts.

Usage:  python training/convert.py [--data ../shared/data] [--out training/build/corpus]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

CONLL_MAP = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
WNUT_MAP = {
    "person": "PERSON",
    "corporation": "ORG",
    "group": "ORG",
    "location": "LOC",
    "creative-work": "MISC",
    "product": "MISC",
}


def _map_tag(tag: str, mapping: dict[str, str], person_only: bool) -> str:
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, typ = tag.split("-", 1)
    label = mapping.get(typ)
    if label is None or (person_only and label != "PERSON"):
        return "O"
    return f"{prefix}-{label}"


def _fix_iob2(tags: list[str]) -> list[str]:
    """Make a well-formed IOB2 sequence (I- after O or another type -> B-)."""
    out = []
    prev = "O"
    for t in tags:
        if t.startswith("I-") and (prev == "O" or prev[2:] != t[2:]):
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


def read_conll_docs(path: Path) -> list[list[tuple[list[str], list[str]]]]:
    """Return documents, each a list of sentences (words, raw tags)."""
    docs: list[list[tuple[list[str], list[str]]]] = []
    cur: list[tuple[list[str], list[str]]] = []
    words: list[str] = []
    tags: list[str] = []

    def end_sent():
        nonlocal words, tags
        if words:
            cur.append((words, tags))
        words, tags = [], []

    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line:
            end_sent()
            continue
        parts = line.split()
        if parts[0] == "-DOCSTART-":
            end_sent()
            if cur:
                docs.append(cur)
            cur = []
            continue
        words.append(parts[0])
        tags.append(parts[-1])
    end_sent()
    if cur:
        docs.append(cur)
    return docs


def read_wnut_sents(path: Path) -> list[tuple[list[str], list[str]]]:
    sents = []
    words: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if words:
                sents.append((words, tags))
            words, tags = [], []
            continue
        parts = line.split("\t")
        if len(parts) < 2 or not parts[0].strip():
            continue
        words.append(parts[0].strip())
        tags.append(parts[1].strip() or "O")
    if words:
        sents.append((words, tags))
    return sents


def make_doc(vocab, sents, mapping, person_only: bool) -> Doc:
    words: list[str] = []
    tags: list[str] = []
    starts: list[bool] = []
    for sw, st in sents:
        words.extend(sw)
        tags.extend(_fix_iob2([_map_tag(t, mapping, person_only) for t in st]))
        starts.extend([True] + [False] * (len(sw) - 1))
    doc = Doc(vocab, words=words, spaces=[True] * len(words), sent_starts=starts, ents=tags)
    return doc


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(Path(__file__).resolve().parent.parent.parent / "shared" / "data"))
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent / "build" / "corpus"))
    ap.add_argument("--no-wnut", action="store_true", help="train on CoNLL only")
    ap.add_argument("--wnut-group", type=int, default=10, help="WNUT posts per pseudo-document")
    ap.add_argument("--person-only", action="store_true", help="keep only PERSON entities")
    ap.add_argument(
        "--with-dev", action="store_true",
        help="also train on CoNLL valid (testa); for the final model, once the step count is known",
    )
    args = ap.parse_args(argv)

    data = Path(args.data)
    conll = data / "conll2003" / "iob2"
    wnut = data / "wnut17"
    if not conll.is_dir():
        print(f"convert: {conll} not found (need ../shared/data); nothing built")
        return 1
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("en")

    def conll_bin(name: str) -> DocBin:
        db = DocBin(store_user_data=False)
        for d in read_conll_docs(conll / name):
            db.add(make_doc(nlp.vocab, d, CONLL_MAP, args.person_only))
        return db

    train = conll_bin("train.txt")
    if args.with_dev:
        train.merge(conll_bin("valid.txt"))
    n_conll = len(train)
    n_wnut = 0
    if not args.no_wnut and (wnut / "wnut17train.conll").is_file():
        sents = read_wnut_sents(wnut / "wnut17train.conll")
        for i in range(0, len(sents), args.wnut_group):
            train.add(make_doc(nlp.vocab, sents[i : i + args.wnut_group], WNUT_MAP, args.person_only))
            n_wnut += 1
    train.to_disk(out / "train.spacy")
    dev = conll_bin("valid.txt")
    dev.to_disk(out / "dev.spacy")
    test = conll_bin("test.txt")
    test.to_disk(out / "test.spacy")
    print(
        f"convert: train {n_conll} CoNLL docs + {n_wnut} WNUT groups, dev {len(dev)} docs, "
        f"test {len(test)} docs -> {out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
