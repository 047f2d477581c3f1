"""Speed of `spotted.extract_many` beside bare spaCy `nlp.pipe`, same model, same texts, one run.

Texts: the bundled example and fixture articles, plus the dev sets and PolNeAR articles from
../shared/data when it is there (say which in the output). Each system runs `--repeat` times over
all texts; the fastest run is reported (the least disturbed by other work on the machine).
Writes the `<!-- speed:start -->` block of bench/RESULTS.md.

    .venv/bin/python bench/speed.py [--repeat 3] [--polnear 200]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT / "bench"))

from results import command_line, machine_line, provenance, save_block  # noqa: E402

from spotted.clean import clean  # noqa: E402
from spotted.pipeline import extract_many  # noqa: E402
from spotted.read import ReadFailure, read_paths  # noqa: E402
from spotted.recognize import load_nlp, model_name  # noqa: E402


def corpus(polnear: int) -> tuple[list, list[str]]:
    """The articles to time and a description of where they came from."""
    sources = [ROOT / "examples" / "vmas-2011-backstage.txt", ROOT / "tests" / "fixtures" / "articles"]
    described = ["the example and test-fixture articles"]
    if SHARED.is_dir():
        sources += [SHARED / "dev-gossip" / "articles", SHARED / "dev-articles" / "articles"]
        described.append("dev-gossip and dev-articles")
        polnear_files = sorted((SHARED / "polnear").rglob("*.txt"))[:polnear]
        if polnear_files:
            sources += polnear_files
            described.append(f"{len(polnear_files)} PolNeAR articles")
    else:
        print(f"{SHARED} is absent: timing only the articles in the repository")
    articles = [item for item in read_paths(sources) if not isinstance(item, ReadFailure)]
    return articles, described


def best_of(repeat: int, run) -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        timings.append(time.perf_counter() - started)
    return min(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--polnear", type=int, default=200, help="how many PolNeAR articles to add when ../shared is there")
    parser.add_argument("--no-write", action="store_true", help="print only, leave RESULTS.md alone")
    args = parser.parse_args()

    articles, described = corpus(args.polnear)
    texts = [clean(article.raw).text for article in articles]
    words = sum(len(text.split()) for text in texts)
    name = model_name()
    bare = spacy.load(name)
    load_nlp()  # load spotted's pipeline before timing, as bare spaCy's was

    bare_seconds = best_of(args.repeat, lambda: list(bare.pipe(texts, batch_size=32)))
    spotted_seconds = best_of(args.repeat, lambda: list(extract_many(articles, batch_size=32)))

    rows = [("bare spaCy `nlp.pipe`", bare_seconds), ("spotted `extract_many`", spotted_seconds)]
    lines = [
        "### Speed: spotted extract vs bare spaCy",
        "",
        f"{len(articles)} articles, {words:,} words ({', '.join(described)}); model `{name}`; best of {args.repeat} runs, batch size 32, one process.",
        "",
        "| system | seconds | articles/s | words/s |",
        "|---|---|---|---|",
    ]
    for label, seconds in rows:
        lines.append(f"| {label} | {seconds:.2f} | {len(articles) / seconds:.1f} | {words / seconds:,.0f} |")
    lines += [
        "",
        f"spotted runs at **{bare_seconds / spotted_seconds:.2f}×** the speed of bare spaCy "
        f"(its rules cost {100 * (spotted_seconds - bare_seconds) / spotted_seconds:.0f}% of its time).",
        "",
        *provenance(command_line("speed.py"), machine_line(name)),
    ]
    print("\n".join(lines))
    if not args.no_write:
        save_block("speed", "\n".join(lines))


if __name__ == "__main__":
    main()
