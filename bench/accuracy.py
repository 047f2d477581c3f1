"""Accuracy of spotted against the naive baseline, on the dev sets and the founding article.

Runs `bench/baseline.py` and spotted's pipeline on ../shared/data/dev-gossip,
../shared/data/dev-articles and the founding example in examples/, scores both with `spotted.evaluate`
(the rules of shared/data/dev-articles/README.md), prints the figures side by side and writes them,
with the command, machine and date, into the `accuracy` block of bench/RESULTS.md (other
benchmarks keep their own blocks).

    .venv/bin/python bench/accuracy.py                # both systems, writes bench/RESULTS.md
    .venv/bin/python bench/accuracy.py --no-write --conll

Without ../shared/data it says so in one line and exits 0. `conll_rows()` scores person
recognizers on CoNLL-2003 test (PER) through bench/conll.py; `--conll` prints them too.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import baseline
from conll import read_docs, score, time_systems
from results import command_line, machine_line, provenance, save_block
from spacy.language import Language

from spotted.evaluate import Report, System, evaluate, load_cases, spotted_system
from spotted.recognize import model_name

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"
DATA_SETS = {  # name -> gold file or folder
    "dev-gossip": SHARED_DATA / "dev-gossip" / "gold",
    "dev-articles": SHARED_DATA / "dev-articles" / "gold",
    "founding": ROOT / "examples" / "vmas-2011-backstage.gold.json",
}
COLUMNS = ("people P", "people R", "people F1", "presence F1", "interactions F1", "quotes F1",
           "speaker acc", "addressee acc")


@dataclass
class Row:
    """One system's scores on one data set, and how long it took."""

    data_set: str
    system: str
    report: Report
    seconds: float

    def figures(self) -> list[float | None]:
        t = self.report.total
        return [t.people.precision, t.people.recall, t.people.f1, t.presence.f1, t.interactions.f1,
                t.quotes.f1, t.speaker.value, t.addressee.value]


def systems(model: str | None) -> dict[str, System]:
    """The two systems compared, both on the same spaCy pipeline."""
    nlp = baseline.load_nlp(model)
    return {"baseline": lambda articles: baseline.extract_many(articles, nlp), "spotted": spotted_system(model)}


def run(data_sets: dict[str, Path], found: dict[str, System]) -> list[Row]:
    rows = []
    for name, path in data_sets.items():
        cases, failures = load_cases(path)
        for failure in failures:
            print(f"skipped {failure.source}: {failure.reason}", file=sys.stderr)
        for label, system in found.items():
            started = time.perf_counter()
            report = evaluate(cases, system)
            rows.append(Row(name, label, report, time.perf_counter() - started))
    return rows


def cell(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def markdown_table(rows: list[Row]) -> str:
    lines = ["| data set | system | " + " | ".join(COLUMNS) + " | articles | seconds |",
             "|---|---|" + "---|" * (len(COLUMNS) + 2)]
    for row in rows:
        figures = " | ".join(cell(v) for v in row.figures())
        lines.append(f"| {row.data_set} | {row.system} | {figures} | {len(row.report.articles)} | {row.seconds:.1f} |")
    return "\n".join(lines)


def gold_sizes(rows: list[Row]) -> str:
    """Gold units per data set (n of people, presence, interactions, quotes)."""
    seen = {}
    for row in rows:
        t = row.report.total
        seen.setdefault(row.data_set, f"{row.data_set}: {t.people.n} people, {t.presence.n} present, "
                                      f"{t.interactions.n} interactions, {t.quotes.n} quotes")
    return "; ".join(seen.values())


def results_block(rows: list[Row], command: str, model: str | None) -> str:
    lines = [
        "### Accuracy on the dev sets: spotted vs naive baseline",
        "",
        "Scored by `spotted.evaluate` (rules of shared/data/dev-articles/README.md, micro-averaged over",
        "articles; knowledge-only items counted apart). Baseline: spaCy PERSON entities, each string",
        "one present person, same-sentence pairs, nearest-name speaker (bench/baseline.py).",
        "",
        markdown_table(rows),
        "",
        f"Gold units: {gold_sizes(rows)}.",
    ]
    lines += ["", *provenance(command, machine_line(model_name(model)))]
    return "\n".join(lines)


NerSystem = tuple[str, Language, str]  # (label, spaCy pipeline, the label it gives people)


def conll_rows(ner_systems: list[NerSystem], data: Path = SHARED_DATA, repeat: int = 1) -> list[tuple[str, dict]]:
    """CoNLL-2003 test PER precision, recall, F1 and words/s of each (label, nlp, person_label).

    Gold tokens and sentences, whole documents split at -DOCSTART-, exact-span match of `person_label` entities
    against gold PER (bench/conll.py's protocol). Each result dict has p, r, f, wps, words, gold.
    """
    docs = read_docs(data / "conll2003" / "iob2" / "test.txt")
    rows = []
    for label, nlp, person_label in ner_systems:
        (words_per_second,) = time_systems([(nlp, None)], docs, repeat)
        rows.append((label, {**score(nlp, docs, person_label), "wps": words_per_second}))
    return rows


def conll_table(model: str | None) -> str:
    """The hook's default table: bare en_core_web_sm, ner only (the tagger and parser do not
    change its entities)."""
    nlp = baseline.load_nlp(model)
    with nlp.select_pipes(enable=["tok2vec", "ner"]):
        rows = conll_rows([(f"bare {nlp.meta['lang']}_{nlp.meta['name']} (tok2vec+ner)", nlp, "PERSON")])
    lines = ["| system | PER P | PER R | PER F1 | words/s |", "|---|---|---|---|---|"]
    lines += [f"| {label} | {r['p']:.3f} | {r['r']:.3f} | {r['f']:.3f} | {r['wps']:,.0f} |" for label, r in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default=None, help="spaCy pipeline for both systems (default: spotted's)")
    parser.add_argument("--no-write", action="store_true", help="print only; leave bench/RESULTS.md alone")
    parser.add_argument("--conll", action="store_true", help="also print the CoNLL-2003 PER table")
    args = parser.parse_args(argv)
    if not SHARED_DATA.is_dir():
        print(f"bench/accuracy.py: {SHARED_DATA} is absent; no dev sets to score")
        return 0
    rows = run(DATA_SETS, systems(args.model))
    text = results_block(rows, command_line("accuracy.py", argv), args.model)
    print(text)
    if args.conll:
        print("\n" + conll_table(args.model))
    if not args.no_write:
        save_block("accuracy", text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
