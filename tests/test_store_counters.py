"""Per-person counters: the most-seen list and every summary read them, so every write keeps them
equal to a count over the facts — new articles, articles stored again, merges, splits, aliases."""

from __future__ import annotations

import sqlite3

import pytest
from test_store_support import HARBOR, LANTERN, made, small_archive

from spotted.store import Store, counters, schema


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "spotted.db") as opened:
        opened.add(small_archive())
        yield opened


def seen(store: Store) -> list[tuple]:
    """The most-seen list as it reads: who, in what order, with every count and date."""
    return [(p.name, p.articles, p.present, p.sightings, p.quotes, p.first_date, p.last_date) for p in store.people(limit=None)]


def test_counters_equal_a_count_over_the_facts_after_articles_are_added(store):
    assert counters.stale(store.conn) == []
    nadia = store.people()[0]
    assert (nadia.name, nadia.articles, nadia.present, nadia.sightings, nadia.quotes) == ("Nadia Fairweather", 3, 3, 2, 2)
    assert (nadia.first_date, nadia.last_date) == ("2024-02-04", "2024-04-20")


def test_the_most_seen_list_counts_what_a_filter_keeping_every_article_counts(store):
    everything = [(p.id, p.articles, p.present) for p in store.people(since="0000-01-01", limit=None)]
    assert [(p.id, p.articles, p.present) for p in store.people(limit=None)] == everything


def test_adding_the_same_articles_again_changes_no_counter(store):
    before = seen(store)
    assert store.add(small_archive()) == [None, None, None, None]
    assert seen(store) == before
    assert counters.stale(store.conn) == []


def test_storing_articles_again_after_extraction_keeps_the_counters(store):
    before = seen(store)
    store.add(small_archive(), replace=True)
    assert seen(store) == before
    assert counters.stale(store.conn) == []


def test_a_person_named_twice_in_one_article_gains_one_article(store):
    store.alias_add("Jo Castellan", "Priya Castellanos")
    store.add([made(
        "Priya Castellanos waved from the Lantern Film Awards stage. Later, Jo Castellan signed autographs.",
        event=LANTERN, people={"Priya Castellanos": ["Priya Castellanos"], "Jo Castellan": ["Jo Castellan"]},
    )])
    [priya] = [p for p in store.people(limit=None) if p.name == "Priya Castellanos"]
    assert (priya.articles, priya.present) == (2, 2)
    assert counters.stale(store.conn) == []


def test_an_undated_article_keeps_a_persons_first_and_last_dates(store):
    store.add([made("Nadia Fairweather bought flowers in Malibu.", people={"Nadia Fairweather": ["Nadia Fairweather"]})])
    nadia = store.people()[0]
    assert (nadia.articles, nadia.first_date, nadia.last_date) == (4, "2024-02-04", "2024-04-20")
    assert counters.stale(store.conn) == []


def test_a_merge_adds_the_merged_persons_counts_and_drops_their_row(store):
    store.merge("Priya Castellanos", "Monty Hale")
    [monty] = [p for p in store.people(limit=None) if p.name == "Monty Hale"]
    assert (monty.articles, monty.present, monty.first_date, monty.last_date) == (2, 1, "2024-02-04", "2024-04-20")
    assert "Priya Castellanos" not in [p.name for p in store.people(limit=None)]
    assert counters.stale(store.conn) == []


def test_a_split_moves_one_article_to_the_new_person(store):
    backstage = next(e.article_id for e in store.timeline("Yung Sorrel").entries if e.title.startswith("Backstage"))
    store.split("Yung Sorrel", backstage)
    sorrels = sorted((p.articles, p.present) for p in store.people(limit=None) if p.name == "Yung Sorrel")
    assert sorrels == [(1, 1), (2, 2)]
    assert counters.stale(store.conn) == []


def test_an_alias_that_moves_appearances_moves_their_counts(store):
    store.add([made("Lulu A. was seen at the Harbor Music Awards.", event=HARBOR, people={"Lulu A.": ["Lulu A."]})])
    store.alias_add("Lulu A.", "Lulu Abernathy")
    [lulu] = [p for p in store.people(limit=None) if p.name == "Lulu Abernathy"]
    assert lulu.articles == 2
    assert counters.stale(store.conn) == []


def test_a_store_written_before_the_counters_gets_them_when_opened(tmp_path):
    path = tmp_path / "spotted.db"
    with Store(path) as store:
        store.add(small_archive())
        expected = seen(store)
    as_schema_1(path)
    with Store(path) as store:
        assert seen(store) == expected
        assert counters.stale(store.conn) == []


def as_schema_1(path) -> None:
    """Undo migration 2 on the file at `path`: what spotted with schema 1 would have left."""
    conn = sqlite3.connect(path)
    conn.executescript(
        "DROP TABLE person_counts; DROP INDEX appearances_article; "
        "CREATE INDEX appearances_article ON appearances(article_id, present); "
        "DELETE FROM migrations WHERE version = 2; PRAGMA user_version = 1;"
    )
    conn.close()


def test_an_upgrade_another_process_made_meanwhile_is_not_made_again(tmp_path):
    path = tmp_path / "spotted.db"
    Store(path).close()
    as_schema_1(path)

    class Racing(sqlite3.Connection):
        """A connection that, just before it takes the write lock, lets another process upgrade the file."""

        raced = False

        def execute(self, sql, *args):
            if sql == "BEGIN IMMEDIATE" and not Racing.raced:
                Racing.raced = True
                Store(path).close()
            return super().execute(sql, *args)

    conn = sqlite3.connect(path, isolation_level=None, factory=Racing)
    assert schema.migrate(conn) == schema.SCHEMA_VERSION
    assert conn.execute("SELECT count(*) FROM migrations WHERE version = 2").fetchone()[0] == 1
    conn.close()


def test_recent_events_come_latest_first_with_undated_ones_last(store):
    store.add([made("Gideon Pryce hosted the Velvet Gala.", event=("Velvet Gala", None), people={"Gideon Pryce": ["Gideon Pryce"]})])
    assert [(e.name, e.articles) for e in store.recent_events()] == [
        ("Lantern Film Awards", 1), ("Harbor Music Awards", 2), ("Velvet Gala", 1),
    ]
