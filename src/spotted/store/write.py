"""The store's write path: (article, extraction) pairs → rows, one transaction per batch.

In: `SourceArticle` (for its content hash, source and id) and the `Extraction` made from it.
Out: rows in articles, events, appearances, mentions, aliases, sightings, interactions,
colocated and quotes, and the counters of the people they name (`counters`). An article whose
content hash or URL is already stored is skipped, so writing the same batch twice stores it
once; a batch is all-or-nothing, so a killed process loses at most the batch it was writing.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Iterable
from datetime import datetime
from email.utils import parsedate_to_datetime

from spotted.store import counters
from spotted.store.identity import Resolver, drop_orphans, name_key
from spotted.store.schema import now
from spotted.types import Event, Extraction, SourceArticle

log = logging.getLogger(__name__)

ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*\s+|\n")
LEADING_MARKER = re.compile(r"\s*(?:[»•*▪►●·–—-]\s+)?")
SENTENCE_REACH = 400  # characters searched either side of a fact for its sentence's ends


def iso_date(value: str | None) -> str | None:
    """`2011-08-29…`, or an RFC 2822 date (`Mon, 29 Aug 2011 …`), as `YYYY-MM-DD`; else None."""
    if not value:
        return None
    match = ISO_DATE.match(value)
    if match:
        return "-".join(match.groups())
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.fromisoformat(value.strip()).date().isoformat()
    except ValueError:
        return None


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence(s) that hold `text[start:end]`, list marker left out."""
    low = max(0, start - SENTENCE_REACH)
    high = min(len(text), end + SENTENCE_REACH)
    left = low
    for match in SENTENCE_END.finditer(text, low, start):
        left = match.end()
    left = LEADING_MARKER.match(text, left).end()
    # From end-1, so a span that already ends on its full stop is not pushed to the next sentence.
    match = SENTENCE_END.search(text, max(start, end - 1), high)
    right = match.start() + len(match.group().rstrip()) if match else high
    left, right = min(left, start), max(right, end)
    while right > left and text[right - 1].isspace():
        right -= 1
    return left, right


def contains(conn: sqlite3.Connection, content_hash: str, url: str | None) -> bool:
    """Is an article with this content hash, or this URL, already stored?"""
    row = conn.execute(
        "SELECT 1 FROM articles WHERE content_hash = ? OR (? IS NOT NULL AND url = ?) LIMIT 1",
        (content_hash, url, url),
    ).fetchone()
    return row is not None


def write_batch(
    conn: sqlite3.Connection, resolver: Resolver, pairs: Iterable[tuple[SourceArticle, Extraction]], *, replace: bool = False
) -> list[int | None]:
    """Store each pair in one transaction; returns the new article ids (None where skipped).

    `replace` first removes a stored article with the same content hash or URL (re-extraction).
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        ids = []
        for article, extraction in pairs:
            if replace:
                remove_article(conn, article.content_hash, extraction.url or article.url)
            ids.append(write_article(conn, resolver, article, extraction))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return ids


def remove_article(conn: sqlite3.Connection, content_hash: str, url: str | None) -> None:
    """Delete a stored article (by hash or URL) with its rows, and the people and events it alone held."""
    rows = conn.execute(
        "SELECT id, event_id FROM articles WHERE content_hash = ? OR (? IS NOT NULL AND url = ?)", (content_hash, url, url)
    ).fetchall()
    for row in rows:
        people = {r[0] for r in conn.execute("SELECT person_id FROM appearances WHERE article_id = ? AND person_id IS NOT NULL", (row[0],))}
        conn.execute("DELETE FROM articles WHERE id = ?", (row[0],))
        drop_orphans(conn, people)
        counters.refresh(conn, people)
        conn.execute("DELETE FROM events WHERE id = ? AND NOT EXISTS (SELECT 1 FROM articles WHERE event_id = ?)", (row[1], row[1]))


def write_article(conn: sqlite3.Connection, resolver: Resolver, article: SourceArticle, extraction: Extraction) -> int | None:
    """Rows for one article, inside the caller's transaction; None when it is already stored."""
    url = extraction.url or article.url
    if contains(conn, article.content_hash, url):
        log.debug("skipping %s: already stored", article.source or url or article.content_hash[:12])
        return None
    published = extraction.published or article.published
    event = extraction.event
    date = iso_date(event.date if event else None) or iso_date(published)
    event_id = write_event(conn, event, date) if event and event.name else None
    article_id = conn.execute(
        "INSERT INTO articles (content_hash, url, source_id, source, title, published, date, event_id, event_day, text, ingested_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            article.content_hash,
            url,
            article.id,
            article.source,
            extraction.title or article.title,
            published,
            date,
            event_id,
            event.day if event else None,
            extraction.text,
            now(),
        ),
    ).lastrowid
    appearance = write_appearances(conn, resolver, article.content_hash, article_id, event_id, extraction)
    write_facts(conn, article_id, extraction, appearance)
    counters.add_article(conn, article_id)
    return article_id


def write_event(conn: sqlite3.Connection, event: Event, date: str | None) -> int:
    """The events row for this event (one per name and year), created or filled in."""
    year = date[:4] if date else None
    key = f"{name_key(event.name)}|{year or name_key(event.edition or '')}"
    row = conn.execute("SELECT id FROM events WHERE key = ?", (key,)).fetchone()
    if row is None:
        return conn.execute(
            "INSERT INTO events (key, name, edition, year, venue, city, date, terms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (key, event.name, event.edition, year, event.venue, event.city, iso_date(event.date),
             event_terms(event.name, event.edition, year, event.venue, event.city)),
        ).lastrowid
    # Later articles may know what the first one did not (the venue, the exact date).
    conn.execute(
        "UPDATE events SET edition = coalesce(edition, ?), venue = coalesce(venue, ?), city = coalesce(city, ?), "
        "date = coalesce(date, ?) WHERE id = ?",
        (event.edition, event.venue, event.city, iso_date(event.date), row[0]),
    )
    current = conn.execute("SELECT name, edition, year, venue, city FROM events WHERE id = ?", (row[0],)).fetchone()
    conn.execute("UPDATE events SET terms = ? WHERE id = ?", (event_terms(*current), row[0]))
    return row[0]


def event_terms(name: str, *details: str | None) -> str:
    """The words an event is looked up by, space-delimited: its own, and the initials of its name.

    Initials of every run of two or more words ("Zephyr Screen Music Awards" → zsma, sma, sm, …),
    since the press shortens award shows that way ("the SMAs").
    """
    words = name_key(name).split()
    initials = {"".join(w[0] for w in words[i:j]) for i in range(len(words)) for j in range(i + 2, len(words) + 1)}
    terms = words + name_key(" ".join(d for d in details if d)).split() + sorted(initials)
    return " " + " ".join(dict.fromkeys(terms)) + " "


def write_appearances(
    conn: sqlite3.Connection, resolver: Resolver, content_hash: str, article_id: int, event_id: int | None, extraction: Extraction
) -> dict[str, int]:
    """Appearances (people resolved to identities, and groups), their mentions and aliases.

    Returns name → appearance id for every name the facts use. A name a fact uses that the
    extraction does not list among its people or groups is stored as a person not placed there.
    """
    people = {p.name: p for p in extraction.people}
    groups = {g.name: g for g in extraction.groups if g.name not in people}
    used = [s.person for s in extraction.sightings]
    used += [n for i in extraction.interactions for n in (i.a, i.b)]
    used += [n for c in extraction.colocated for n in (c.a, c.b)]
    used += [n for q in extraction.quotes for n in (q.speaker, q.addressee) if n]
    unlisted = [n for n in dict.fromkeys(used) if n not in people and n not in groups]
    if unlisted:
        log.debug("facts name people the extraction does not list: %s", unlisted)
    person_names = list(people) + unlisted
    resolved = resolver.resolve(content_hash, article_id, event_id, person_names)
    ids: dict[str, int] = {}
    for name in person_names:
        person = people.get(name)
        resolution = resolved[name]
        ids[name] = conn.execute(
            "INSERT INTO appearances (article_id, name, key, kind, person_id, present, why, resolved_by) "
            "VALUES (?, ?, ?, 'person', ?, ?, ?, ?)",
            (
                article_id,
                name,
                name_key(name),
                resolution.person_id,
                int(bool(person and person.present)),
                "; ".join(person.why) if person and person.why else None,
                resolution.reason,
            ),
        ).lastrowid
        if person:
            write_mentions(conn, ids[name], person.mentions)
            write_mention_aliases(conn, resolution.person_id, name, person.mentions, article_id)
    for name, group in groups.items():
        ids[name] = conn.execute(
            "INSERT INTO appearances (article_id, name, key, kind, person_id, present) VALUES (?, ?, ?, 'group', NULL, ?)",
            (article_id, name, name_key(name), int(group.present)),
        ).lastrowid
        write_mentions(conn, ids[name], group.mentions)
    for alias, name in extraction.aliases:
        if name in people and name_key(alias) != name_key(name):
            conn.execute(
                "INSERT OR IGNORE INTO aliases (alias, key, person_id, source, article_id, note) VALUES (?, ?, ?, 'article', ?, ?)",
                (alias, name_key(alias), resolved[name].person_id, article_id, f"stated by article #{article_id}"),
            )
    return ids


def write_mentions(conn: sqlite3.Connection, appearance_id: int, mentions: list) -> None:
    conn.executemany(
        "INSERT INTO mentions (appearance_id, text, start, end) VALUES (?, ?, ?, ?)",
        [(appearance_id, m.text, m.start, m.end) for m in mentions],
    )


def write_mention_aliases(conn: sqlite3.Connection, person_id: int, name: str, mentions: list, article_id: int) -> None:
    """Record the short forms an article used for a full name ("Pell" for Jonah Pell).

    They are not grounds to join on by themselves (see `identity`); they tell the resolver
    which people a short name in a later article may stand for.
    """
    words = set(name_key(name).split())
    if len(words) < 2:
        return
    for mention in mentions:
        key = name_key(mention.text)
        if key and key != name_key(name) and set(key.split()) <= words:
            conn.execute(
                "INSERT OR IGNORE INTO aliases (alias, key, person_id, source, article_id, note) VALUES (?, ?, ?, 'mention', ?, ?)",
                (mention.text, key, person_id, article_id, f"used for {name} in article #{article_id}"),
            )


def write_facts(conn: sqlite3.Connection, article_id: int, extraction: Extraction, appearance: dict[str, int]) -> None:
    text = extraction.text
    conn.executemany(
        "INSERT INTO sightings (article_id, subject_id, place, doing, start, end, sentence_start, sentence_end) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(article_id, appearance[s.person], s.where, s.doing, s.start, s.end, *sentence_bounds(text, s.start, s.end)) for s in extraction.sightings],
    )
    conn.executemany(
        "INSERT INTO interactions (article_id, a_id, b_id, kind, start, end, sentence_start, sentence_end) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (article_id, appearance[i.a], appearance[i.b], i.kind, i.start, i.end, *sentence_bounds(text, i.start, i.end))
            for i in extraction.interactions
        ],
    )
    conn.executemany(
        "INSERT INTO colocated (article_id, a_id, b_id, place, start, end, sentence_start, sentence_end) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (article_id, appearance[c.a], appearance[c.b], c.where, c.start, c.end, *sentence_bounds(text, c.start, c.end))
            for c in extraction.colocated
        ],
    )
    conn.executemany(
        "INSERT INTO quotes (article_id, speaker_id, addressee_id, text, start, end, sentence_start, sentence_end) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                article_id,
                appearance.get(q.speaker) if q.speaker else None,
                appearance.get(q.addressee) if q.addressee else None,
                q.text,
                q.start,
                q.end,
                *sentence_bounds(text, q.start, q.end),
            )
            for q in extraction.quotes
        ],
    )
