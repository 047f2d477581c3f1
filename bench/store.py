"""Benchmark the knowledge base: ingest throughput, query latency at 100k articles, size on disk.

    .venv/bin/python bench/store.py                     # full run, writes bench/RESULTS.md
    .venv/bin/python bench/store.py --articles 5000 --no-write   # a quick look

What it measures, on the PolNeAR news texts in ../shared/data/polnear (real articles):
1. Ingest throughput against extraction alone: the same `--sample` articles are extracted with
   `pipeline.extract_many` (nothing stored), then ingested with `Store.ingest` into a fresh
   store (read → extract → resolve → write). Goal: ingest ≥ 0.9× extract alone.
2. Query latency on a store of `--articles` (100k) articles: `people` (spotted people, the
   most-seen list, unfiltered), `timeline` (spotted person), `companions` (spotted with), `event`
   (spotted event) and `search` (spotted search), each called `--queries` times (with random
   arguments where they take one); p50 and p95 in milliseconds. Goal: p95 < 50 ms.
3. Store size per 1k articles, for the real ingested sample and for the 100k store.

How the 100k store is built: running spaCy over 100k articles would take hours on a 2-core
machine, so the sample's real extractions are replicated through the store's own write path
(`Store.add`, the same one ingest uses: identity resolution, facts, FTS). Each copy renames
every person: a name maps, per copy, to one of `--pool` invented identities (a given name from
the shipped list + an invented surname), and every mention of that person in the text is
rewritten (full name, or the first/last word alone) with all character offsets shifted to
match, so text, FTS, mentions and spans stay consistent. With ~8 people an article each
invented identity ends up in about 40 articles, as a working celebrity would. Each copy is
also dated (2015–2024) and assigned to one of `--events` invented events, ~50 articles each.

Without ../shared the benchmark says so and exits 0.
"""

from __future__ import annotations

import argparse
import bisect
import datetime
import os
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
import zlib
from dataclasses import replace
from pathlib import Path

from results import command_line, machine_line, provenance, save_block

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "data" / "polnear"

SURNAME_PARTS = (["Al", "Bren", "Cas", "Dor", "El", "Fen", "Gar", "Hal", "Is", "Jor", "Kel", "Lor", "Mar", "Nor",
                  "Or", "Pel", "Quin", "Ros", "Sal", "Tor", "Ul", "Vel", "Wex", "Yar", "Zan"],
                 ["a", "e", "i", "o", "u", "ae", "io", "ou"],
                 ["bright", "dane", "fell", "gard", "holt", "kirk", "lund", "mere", "nash", "quist", "rell", "sby",
                  "ton", "vane", "wick", "worth"])
EVENT_WORDS = (["Harbor", "Lantern", "Velvet", "Silver", "Golden", "Crimson", "Ivory", "Cobalt", "Amber", "Onyx",
                "Coral", "Juniper", "Saffron", "Indigo", "Marble", "Willow", "Aurora", "Meridian", "Solstice", "Beacon"],
               ["Music", "Film", "Fashion", "Comedy", "Theatre", "Dance", "Style", "Screen", "Sound", "Art"],
               ["Awards", "Gala", "Ball", "Festival", "Honors", "Prize", "Night", "Summit", "Premiere", "Benefit"])


# ---------------------------------------------------------------------------------------------
# Invented people and events


def invented_names(count: int) -> list[str]:
    """`count` distinct names: a given name from spotted's list and an invented surname."""
    from spotted.recognize import given_names

    firsts = sorted(n.capitalize() for n in given_names() if n.isalpha() and len(n) > 3)
    a, b, c = SURNAME_PARTS
    surnames = [x + y + z for x in a for y in b for z in c]
    rng = random.Random(7)
    rng.shuffle(firsts)
    rng.shuffle(surnames)
    return [f"{firsts[i % len(firsts)]} {surnames[(i * 7919) % len(surnames)]}" for i in range(count)]


def invented_event(k: int):
    from spotted.types import Event

    a, b, c = EVENT_WORDS
    year = 2015 + (k * 7) % 10
    date = datetime.date(year, 1, 1) + datetime.timedelta(days=(k * 37) % 365)
    return Event(name=f"{a[k % 20]} {b[(k // 20) % 10]} {c[(k // 200) % 10]}", city="Los Angeles", date=date.isoformat())


# ---------------------------------------------------------------------------------------------
# Renaming an extraction, offsets and all


def swap_words(mention: str, old: str, new: str) -> str | None:
    """The mention with the old name's words replaced by the new name's, or None if it is not made of them."""
    old_words, new_words, words = old.split(), new.split(), mention.split()
    if mention == old:
        return new
    if not words or not all(w in old_words for w in words):
        return None
    out = []
    for word in words:
        i = old_words.index(word)
        out.append(new_words[0] if i == 0 and len(old_words) > 1 else new_words[-1])
    return " ".join(out)


def renamed(extraction, names: dict[str, str], suffix: str):
    """A copy of `extraction` with people renamed in its text and records, offsets shifted."""
    from spotted.types import Colocation, Interaction, Mention, Person, Quote, Sighting

    edits = []
    for person in extraction.people:
        if person.name in names:
            for m in person.mentions:
                new = swap_words(m.text, person.name, names[person.name])
                if new is not None:
                    edits.append((m.start, m.end, new))
    kept, last_end = [], -1
    for start, end, new in sorted(edits):
        if start >= last_end:
            kept.append((start, end, new))
            last_end = end
    source, cursor, parts = extraction.text, 0, []
    ends, shifts, total = [], [0], 0
    for start, end, new in kept:
        parts += [source[cursor:start], new]
        cursor = end
        total += len(new) - (end - start)
        ends.append(end)
        shifts.append(total)
    parts.append(source[cursor:])

    def at(x: int) -> int:
        i = bisect.bisect_right(ends, x)
        if i < len(kept) and kept[i][0] < x:  # inside a rewritten name
            start, _, new = kept[i]
            return start + shifts[i] + min(x - start, len(new))
        return x + shifts[i]

    def name(value: str | None) -> str | None:
        return names.get(value, value) if value else value

    text = "".join(parts)
    return replace(
        extraction,
        text=text + suffix,
        people=[Person(name(p.name), [Mention(text[at(m.start) : at(m.end)], at(m.start), at(m.end)) for m in p.mentions], p.present, p.why)
                for p in extraction.people],
        groups=[replace(g, mentions=[Mention(m.text, at(m.start), at(m.end)) for m in g.mentions]) for g in extraction.groups],
        sightings=[Sighting(name(s.person), s.where, s.doing, at(s.start), at(s.end)) for s in extraction.sightings],
        interactions=[Interaction(name(i.a), name(i.b), i.kind, at(i.start), at(i.end)) for i in extraction.interactions],
        colocated=[Colocation(name(c.a), name(c.b), c.where, at(c.start), at(c.end)) for c in extraction.colocated],
        quotes=[Quote(q.text, name(q.speaker), name(q.addressee), at(q.start), at(q.end)) for q in extraction.quotes],
        aliases=[(a, name(n)) for a, n in extraction.aliases],
    )


def copies(sample, total: int, pool: list[str], events: int):
    """`total` (article, extraction) pairs: the sample renamed, re-dated and re-evented, copy after copy."""
    from spotted.types import SourceArticle

    produced = 0
    copy = 0
    while produced < total:
        for i, (article, extraction) in enumerate(sample):
            if produced >= total:
                return
            taken: set[str] = set()
            names = {}
            for person in extraction.people:
                slot = zlib.crc32(f"{person.name}|{copy}".encode()) % len(pool)
                while pool[slot] in taken:  # two people of one article never share an identity
                    slot = (slot + 1) % len(pool)
                taken.add(pool[slot])
                names[person.name] = pool[slot]
            event = invented_event((copy * len(sample) + i) % events)
            copied = renamed(extraction, names, f"\n\n(bench copy {copy})")
            copied = replace(copied, event=event, url=f"https://bench.invalid/{copy}/{i}", published=event.date,
                             title=f"{extraction.title or article.source} ({copy})")
            yield SourceArticle(raw=copied.text, title=copied.title, url=copied.url, published=event.date,
                                source=f"copy {copy} of {article.source}"), copied
            produced += 1
        copy += 1


# ---------------------------------------------------------------------------------------------
# Measuring


def db_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def checkpointed(store) -> None:
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def timed(calls) -> dict[str, float]:
    spent = []
    for call in calls:
        began = time.perf_counter()
        call()
        spent.append((time.perf_counter() - began) * 1000)
    spent.sort()
    return {"p50": statistics.median(spent), "p95": spent[max(0, int(len(spent) * 0.95) - 1)], "max": spent[-1], "n": len(spent)}


def query_latency(store, queries: int, seed: int = 11) -> dict[str, dict[str, float]]:
    rng = random.Random(seed)
    unique = [row[0] for row in store.conn.execute(
        "SELECT min(name) FROM people WHERE origin = 'auto' AND key LIKE '% %' GROUP BY key HAVING count(*) = 1")]
    people = rng.sample(unique, min(queries, len(unique)))
    events = [f"{row[0]} {row[1]}" for row in store.conn.execute("SELECT name, year FROM events")]
    events = rng.sample(events, min(queries, len(events)))
    ids = [row[0] for row in store.conn.execute("SELECT id FROM articles")]
    words = []
    while len(words) < queries:
        text = store.conn.execute("SELECT text FROM articles WHERE id = ?", (rng.choice(ids),)).fetchone()[0]
        candidates = [w for w in re.findall(r"[A-Za-z]{5,}", text)]
        if candidates:
            words.append(rng.choice(candidates) if len(words) % 4 else rng.choice(people))
    return {
        "people": timed(lambda: store.people() for _ in range(queries)),
        "person": timed(lambda n=n: store.timeline(n) for n in people),
        "with": timed(lambda n=n: store.companions(n) for n in people),
        "event": timed(lambda e=e: store.event(e) for e in events),
        "search": timed(lambda w=w: store.search(w) for w in words),
    }


def load() -> str:
    """The 1-minute load average against the core count: how busy the machine was (it is shared)."""
    return f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"


def machine() -> str:
    import sqlite3

    return f"{machine_line()}; SQLite {sqlite3.sqlite_version}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample", type=int, default=120, help="real articles extracted and ingested (default 120)")
    parser.add_argument("--articles", type=int, default=100_000, help="size of the store queries run on (default 100000)")
    parser.add_argument("--pool", type=int, default=20_000, help="invented identities people are renamed to")
    parser.add_argument("--events", type=int, default=2_000, help="invented events articles are assigned to")
    parser.add_argument("--queries", type=int, default=200, help="calls per query type")
    parser.add_argument("--workdir", type=Path, help="where the stores go (default: a temporary folder, removed after)")
    parser.add_argument("--no-write", action="store_true", help="print only; leave bench/RESULTS.md alone")
    args = parser.parse_args(argv)

    texts = sorted((POLNEAR / "train" / "text").glob("*.txt"))
    if not texts:
        print(f"bench/store.py: no PolNeAR texts at {POLNEAR} (../shared is absent); nothing measured.")
        return 0
    files = texts[: args.sample]

    from spotted.pipeline import extract_many
    from spotted.read import read_paths
    from spotted.recognize import load_nlp
    from spotted.store import Store

    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="spotted-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        loads = {"start": load()}
        load_nlp(None)  # both runs below start with the model loaded
        list(extract_many(read_paths(files[:2])))

        # Extraction alone runs before and after ingest, and the two are averaged, so neither
        # side gains from running second (warm caches) on a machine shared with other work.
        began = time.perf_counter()
        sample = list(extract_many(read_paths(files)))
        extract_runs = [time.perf_counter() - began]
        small = workdir / "sample.db"
        with Store(small) as store:
            report = store.ingest(files)
            checkpointed(store)
        ingest_s = report.seconds
        began = time.perf_counter()
        for _ in extract_many(read_paths(files)):
            pass
        extract_runs.append(time.perf_counter() - began)
        extract_s = statistics.mean(extract_runs)
        print(f"extract alone: {len(sample)} articles in {extract_runs[0]:.1f}s and {extract_runs[1]:.1f}s; "
              f"ingest: {report.stored} articles in {ingest_s:.1f}s", flush=True)
        sample_kb = db_size(small) / report.stored * 1000 / 1024

        big = workdir / "big.db"
        pool = invented_names(args.pool)
        began = time.perf_counter()
        with Store(big) as store:
            batch = []
            for pair in copies(sample, args.articles, pool, args.events):
                batch.append(pair)
                if len(batch) == 500:
                    store.add(batch)
                    batch = []
                    print(f"\rbuilding: {store.conn.execute('SELECT max(id) FROM articles').fetchone()[0]} articles", end="", file=sys.stderr)
            if batch:
                store.add(batch)
            build_s = time.perf_counter() - began
            checkpointed(store)
            counts = store.counts()
            print(f"\nbuilt {counts['articles']} articles in {build_s:.0f}s", file=sys.stderr)
            loads["queries"] = load()
            latency = query_latency(store, args.queries)
        big_bytes = db_size(big)
        big_kb = big_bytes / counts["articles"] * 1000 / 1024
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)

    extract_rate, ingest_rate = len(sample) / extract_s, report.stored / ingest_s
    lines = [
        "### Knowledge base: ingest throughput, query latency, size",
        "",
        f"Ingest vs extraction alone, same {len(sample)} PolNeAR train articles (first by file name), model loaded first:",
        "",
        "| run | articles | seconds | articles/s |",
        "|---|---|---|---|",
        f"| `extract_many` alone (nothing stored; mean of a run before and one after ingest: "
        f"{extract_runs[0]:.1f} s, {extract_runs[1]:.1f} s) | {len(sample)} | {extract_s:.1f} | {extract_rate:.2f} |",
        f"| `Store.ingest` (read, extract, resolve, write) | {report.stored} | {ingest_s:.1f} | {ingest_rate:.2f} |",
        "",
        f"Ingest runs at **{ingest_rate / extract_rate:.2f}×** extraction alone (goal ≥ 0.9×).",
        "",
        f"Query latency on a store of {counts['articles']:,} articles ({counts['people']:,} people, "
        f"{counts['appearances']:,} appearances, {counts['quotes']:,} quotes, {counts['events']:,} events), "
        f"{args.queries} calls each through `spotted.store.Store` (records built, nothing printed):",
        "",
        "| query | CLI | p50 ms | p95 ms | max ms |",
        "|---|---|---|---|---|",
    ]
    commands = {"people": "spotted people", "person": "spotted person NAME", "with": "spotted with NAME", "event": "spotted event NAME", "search": "spotted search WORD"}
    for name, figures in latency.items():
        lines.append(f"| {name} | `{commands[name]}` | {figures['p50']:.1f} | {figures['p95']:.1f} | {figures['max']:.1f} |")
    lines += [
        "",
        "Store size per 1,000 articles (SQLite file after a WAL checkpoint, text and FTS index included): "
        f"{sample_kb / 1024:.1f} MB for the real ingested sample, {big_kb / 1024:.1f} MB for the "
        f"{counts['articles']:,}-article store ({big_bytes / 2**30:.2f} GB in all).",
        "",
        f"How the big store was built ({build_s:.0f} s through `Store.add`, {counts['articles'] / build_s:.0f} articles/s): "
        f"spaCy on {counts['articles']:,} articles would take hours on this machine, so the {len(sample)} real "
        "extractions above were replicated through the store's own write path (identity resolution, facts, FTS). "
        f"Each copy renames every person to one of {args.pool:,} invented identities (a given name from the shipped "
        "list + an invented surname; a name maps per copy by hash), rewriting every mention in the text — full name, "
        "or its first or last word — with all offsets shifted; each copy is dated 2015–2024 and assigned to one of "
        f"{args.events:,} invented events. People is the 50 most seen, unfiltered (`spotted people`); person/with "
        "queries take random people, event queries random events "
        "(name + year), search a random word of a random article (3 in 4) or a person's full name (1 in 4); "
        "search ranks (bm25) the 1,000 most recently stored matches of articles and of quotes, not all of them.",
        "",
        *provenance(command_line("store.py", argv),
                    f"{machine()}; load average {loads['start']} at the start, {loads['queries']} when the queries ran"),
    ]
    text = "\n".join(lines)
    print(text)
    if not args.no_write:
        save_block("store", text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
