"""Per-person counters (`person_counts`): what the most-seen list and every summary show.

In: the people whose appearances a write changed, or an article just stored. Out: their rows
of `person_counts` — articles naming them, articles placing them at the event, sightings,
quotes, first and last date — equal to a count over the facts, inside the caller's
transaction. Counting over the facts at question time takes seconds at 100k articles;
reading these rows takes a millisecond.

Two ways to keep them, both exact:
- `add_article`: a newly stored article adds its own counts to each of its people. Cheap (a
  few rows), and exact because nothing of that article was counted before.
- `refresh`: recount these people from their appearances. For whatever takes counts away
  (an article removed, appearances moved by a merge, split or alias), where a date range
  cannot be undone by subtraction.

`stale` says which people's counters differ from a recount: how the tests check both paths.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

CHUNK = 500  # people recounted per statement: well under SQLite's limit on bound parameters
COLUMNS = "person_id, articles, present, sightings, quotes, first_date, last_date"

# One row per person of `{people}` (a condition on ap.person_id), counted from the facts.
RECOUNT = (
    "SELECT ap.person_id AS person_id, count(DISTINCT ap.article_id) AS articles, "
    "count(DISTINCT CASE WHEN ap.present THEN ap.article_id END) AS present, "
    "(SELECT count(*) FROM appearances x JOIN sightings s ON s.subject_id = x.id WHERE x.person_id = ap.person_id) AS sightings, "
    "(SELECT count(*) FROM appearances x JOIN quotes q ON q.speaker_id = x.id WHERE x.person_id = ap.person_id) AS quotes, "
    "min(a.date) AS first_date, max(a.date) AS last_date "
    "FROM appearances ap JOIN articles a ON a.id = ap.article_id WHERE {people} GROUP BY ap.person_id"
)


def marks(values) -> str:
    return ",".join("?" * len(values))


def refresh(conn: sqlite3.Connection, person_ids: Iterable[int | None]) -> None:
    """Recount these people from their appearances (no row for those no article names)."""
    ids = sorted({person_id for person_id in person_ids if person_id is not None})
    for start in range(0, len(ids), CHUNK):
        chunk = tuple(ids[start : start + CHUNK])
        conn.execute(f"DELETE FROM person_counts WHERE person_id IN ({marks(chunk)})", chunk)
        conn.execute(
            f"INSERT INTO person_counts ({COLUMNS}) " + RECOUNT.format(people=f"ap.person_id IN ({marks(chunk)})"), chunk
        )


def add_article(conn: sqlite3.Connection, article_id: int) -> None:
    """Add a just-stored article to the counters of the people it names.

    A person named twice in it ("Lady Nova" and, apart, "Jo Castellan") gains one article.
    min()/max() of two values is NULL when either is, hence the coalesce around the dates.
    """
    conn.execute(
        f"INSERT INTO person_counts ({COLUMNS}) "
        "SELECT ap.person_id, 1, max(CASE WHEN ap.present THEN 1 ELSE 0 END), "
        "(SELECT count(*) FROM sightings s JOIN appearances x ON x.id = s.subject_id "
        " WHERE s.article_id = ?1 AND x.person_id = ap.person_id), "
        "(SELECT count(*) FROM quotes q JOIN appearances x ON x.id = q.speaker_id "
        " WHERE q.article_id = ?1 AND x.person_id = ap.person_id), "
        "a.date, a.date "
        "FROM appearances ap JOIN articles a ON a.id = ap.article_id "
        "WHERE ap.article_id = ?1 AND ap.person_id IS NOT NULL GROUP BY ap.person_id "
        "ON CONFLICT (person_id) DO UPDATE SET articles = articles + excluded.articles, "
        "present = present + excluded.present, sightings = sightings + excluded.sightings, "
        "quotes = quotes + excluded.quotes, "
        "first_date = coalesce(min(first_date, excluded.first_date), first_date, excluded.first_date), "
        "last_date = coalesce(max(last_date, excluded.last_date), last_date, excluded.last_date)",
        (article_id,),
    )


def stale(conn: sqlite3.Connection) -> list[int]:
    """People whose counters differ from a recount over the facts (a row missing, extra or off)."""
    recount = RECOUNT.format(people="ap.person_id IS NOT NULL")
    rows = conn.execute(
        f"SELECT person_id FROM ({recount} EXCEPT SELECT {COLUMNS} FROM person_counts) "
        f"UNION SELECT person_id FROM (SELECT {COLUMNS} FROM person_counts EXCEPT {recount}) ORDER BY person_id"
    )
    return [row[0] for row in rows]
