"""`spotted ingest`: real articles through the real extractor into the store, safe to repeat and to kill."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from spotted.cli import app, register_commands
from spotted.store import Store, counters

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "vmas-2011-backstage.txt"
FIXTURES = ROOT / "tests" / "fixtures" / "articles"
SPOTTED = [sys.executable, "-c", "from spotted.cli import main; main()"]  # the `spotted` command, whatever installed it

FIRST = ["Nadia", "Theo", "Marisol", "Dexter", "Priya", "Benji", "Hollis", "Margery"]
LAST = ["Fairweather", "Marchetti", "Vance", "Okafor", "Castellanos", "Alcott", "Tran", "Quill"]


def write_articles(folder: Path, count: int) -> None:
    """`count` short sighting stories, each naming two invented people, one file each."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        a = f"{FIRST[i % 8]} {LAST[(i // 8) % 8]}"
        b = f"{FIRST[(i + 3) % 8]} {LAST[(i + 5) % 8]}"
        (folder / f"story-{i:03d}.txt").write_text(
            f"Title: Night out number {i}\nURL: https://example.com/night/{i}\nDate: 2024-05-{1 + i % 28:02d}\n---\n"
            f"{a} was spotted leaving the Velvet Room with {b} on Friday night.\n\n"
            f'"We had the best time," {a} told reporters before the pair hugged goodbye.\n',
            encoding="utf-8",
        )


def counts(db: Path) -> dict[str, int]:
    with Store(db, create=False) as store:
        return store.counts()


def test_ingesting_the_same_articles_twice_stores_them_once(tmp_path):
    db = tmp_path / "spotted.db"
    with Store(db) as store:
        first = store.ingest([EXAMPLE, FIXTURES])
        before = store.counts()
        second = store.ingest([EXAMPLE, FIXTURES])
        assert store.counts() == before
    assert first.stored == first.read > 1
    assert (second.stored, second.skipped) == (0, first.read)


def test_an_article_whose_url_is_already_stored_is_skipped(tmp_path):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("URL: https://example.com/x\n---\nNadia Fairweather hugged Theo Marchetti.\n", encoding="utf-8")
    second.write_text("URL: https://example.com/x\n---\nNadia Fairweather hugged Theo Marchetti. (Updated)\n", encoding="utf-8")
    with Store(tmp_path / "spotted.db") as store:
        store.ingest([first])
        report = store.ingest([second])
    assert (report.stored, report.skipped) == (0, 1)


def test_a_broken_file_among_good_ones_is_reported_and_the_good_ones_stored(tmp_path):
    inputs = tmp_path / "inputs"
    write_articles(inputs, 2)
    (inputs / "broken.txt").write_bytes(b"\x00\x01\x02 not text")
    (inputs / "feed.jsonl").write_text(
        json.dumps({"text": "Marisol Vance waved from the balcony.", "url": "https://example.com/feed/1"}) + "\n{not json\n",
        encoding="utf-8",
    )
    with Store(tmp_path / "spotted.db") as store:
        report = store.ingest([inputs])
        assert store.counts()["articles"] == 3
    assert report.stored == 3
    assert sorted(Path(f.source).name for f in report.failed) == ["broken.txt", "feed.jsonl:2"]


def test_the_ingest_command_exits_non_zero_when_an_input_failed(tmp_path):
    register_commands()
    write_articles(tmp_path / "inputs", 1)
    result = CliRunner().invoke(
        app, ["ingest", str(tmp_path / "inputs"), str(tmp_path / "missing.txt"), "--db", str(tmp_path / "s.db"), "--json"]
    )
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["stored"] == 1
    assert report["failed"] == [{"source": str(tmp_path / "missing.txt"), "reason": "no such file or folder"}]


def test_killing_ingest_midway_loses_nothing_and_duplicates_nothing(tmp_path):
    inputs, killed, clean = tmp_path / "inputs", tmp_path / "killed.db", tmp_path / "clean.db"
    write_articles(inputs, 48)
    command = [*SPOTTED, "ingest", str(inputs), "--batch-size", "2", "--db"]
    run = subprocess.Popen(command + [str(killed)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    stored = 0
    while stored < 2 and time.monotonic() < deadline and run.poll() is None:
        time.sleep(0.01)
        if killed.exists():
            try:
                with sqlite3.connect(f"file:{killed}?mode=ro", uri=True) as peek:
                    stored = peek.execute("SELECT count(*) FROM articles").fetchone()[0]
            except sqlite3.OperationalError:
                pass  # the schema is still being created
    os.kill(run.pid, signal.SIGKILL)
    run.wait()
    assert 0 < counts(killed)["articles"] < 48, "the kill should land mid-run"
    subprocess.run(command + [str(killed)], check=True, capture_output=True)
    subprocess.run(command + [str(clean)], check=True, capture_output=True)
    assert counts(killed) == counts(clean)
    with sqlite3.connect(killed) as db:
        assert db.execute("SELECT count(DISTINCT url) FROM articles").fetchone()[0] == 48


CURATED = [FIXTURES / "afterparty.txt", FIXTURES / "redcarpet.txt", ROOT / "tests" / "fixtures" / "store" / "gallery-opening.txt"]


@pytest.fixture
def curated_store(tmp_path):
    """Three fixture articles, two of them naming Marisol Vance; one of those split off, and an alias added."""
    store = Store(tmp_path / "spotted.db")
    store.ingest(CURATED)
    gallery = next(e.article_id for e in store.timeline("Marisol Vance").entries if "gallery" in (e.title or ""))
    store.split("Marisol Vance", gallery)
    store.alias_add("The Velvet Queen", "Celeste Baptiste")
    yield store
    store.close()


def marisols(store: Store) -> list[int]:
    return sorted(p.articles for p in store.people(limit=None) if p.name == "Marisol Vance")


def test_a_split_is_kept_when_the_articles_are_extracted_again(curated_store):
    assert marisols(curated_store) == [1, 1]
    curated_store.ingest(CURATED, force=True)
    assert marisols(curated_store) == [1, 1]


def test_a_user_alias_is_kept_when_the_articles_are_extracted_again(curated_store):
    curated_store.ingest(CURATED, force=True)
    assert curated_store.find_person("The Velvet Queen").name == "Celeste Baptiste"
    assert curated_store.find_person("The Velvet Queen").articles == 2


def test_the_most_seen_list_is_unchanged_when_the_articles_are_extracted_again(curated_store):
    def seen() -> list[tuple]:
        return sorted((p.name, p.articles, p.present, p.sightings, p.quotes, p.first_date, p.last_date)
                      for p in curated_store.people(limit=None))

    before = seen()
    curated_store.ingest(CURATED, force=True)
    assert seen() == before
    assert counters.stale(curated_store.conn) == []
