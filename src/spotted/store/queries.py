"""The questions users ask of the store, answered with records from `records`.

In: an open connection and what the user typed (a person as name, alias or `#id`; an event's
name; words to search). Out: dataclasses whose every fact carries its `Evidence`. The CLI and
the web app both call these.
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Callable

from spotted.errors import AmbiguousEvent, ArticleNotFound, EventNotFound
from spotted.store.identity import find_person, name_key
from spotted.store.records import (
    Alias,
    ArticleDetail,
    ArticlePerson,
    ArticleRef,
    Companion,
    EventPerson,
    EventSummary,
    Evidence,
    Link,
    Mention,
    PersonSummary,
    Quote,
    Roundup,
    SearchHit,
    Sighting,
    Timeline,
    TimelineEntry,
)

# Weights for ranking companions: an act between two people says more than a shared room,
# which says more than being reported at the same event.
INTERACTION_WEIGHT, COLOCATED_WEIGHT, CO_PRESENT_WEIGHT = 3, 2, 1
HIGHLIGHT = ("⟦", "⟧")
RANK_WINDOW = 1000  # search ranks this many of the newest matches (see `search`)


def marks(values) -> str:
    return ",".join("?" * len(values))


def evidence(row: sqlite3.Row) -> Evidence:
    return Evidence(row["article_id"], row["title"], row["date"], row["sentence"], row["start"], row["end"])


def sentence_sql(fact: str) -> str:
    return f"substr(a.text, {fact}.sentence_start + 1, {fact}.sentence_end - {fact}.sentence_start) AS sentence"


# ---------------------------------------------------------------------------------------------
# Facts, filtered by a WHERE clause over the fact's alias `f` and its appearances
#
# Each picks the facts it returns first (ids, dates: small columns) and only then reads their
# sentences out of the article texts, since reading a long text for a row that LIMIT then drops
# is what makes a query over a big event slow.

NEWEST_FIRST = "ORDER BY a.date IS NULL, a.date DESC, a.id DESC, f.start"
SIGHTINGS = (
    "FROM sightings f JOIN appearances ap ON ap.id = f.subject_id LEFT JOIN people p ON p.id = ap.person_id "
    "JOIN articles a ON a.id = f.article_id"
)
QUOTES = (
    "FROM quotes f LEFT JOIN appearances sp ON sp.id = f.speaker_id LEFT JOIN people ps ON ps.id = sp.person_id "
    "LEFT JOIN appearances ad ON ad.id = f.addressee_id LEFT JOIN people pd ON pd.id = ad.person_id "
    "JOIN articles a ON a.id = f.article_id LEFT JOIN events e ON e.id = a.event_id"
)
LINKS = (
    "FROM {table} f JOIN appearances x ON x.id = f.a_id JOIN appearances y ON y.id = f.b_id "
    "LEFT JOIN people pa ON pa.id = x.person_id LEFT JOIN people pb ON pb.id = y.person_id "
    "JOIN articles a ON a.id = f.article_id"
)


def sightings_where(conn: sqlite3.Connection, where: str, params: tuple, limit: int | None = None) -> list[Sighting]:
    rows = conn.execute(
        f"SELECT ap.person_id, coalesce(p.name, ap.name) AS person, f.place, f.doing, f.start, f.end, "
        f"a.id AS article_id, a.title, a.date, {sentence_sql('f')} {SIGHTINGS} "
        f"WHERE f.id IN (SELECT f.id {SIGHTINGS} WHERE {where} {NEWEST_FIRST} LIMIT ?) {NEWEST_FIRST}",
        (*params, -1 if limit is None else limit),
    )
    return [Sighting(r["person_id"], r["person"], r["place"], r["doing"], evidence(r)) for r in rows]


def quotes_where(conn: sqlite3.Connection, where: str, params: tuple, limit: int | None = None) -> list[Quote]:
    rows = conn.execute(
        f"SELECT f.text AS quote, sp.person_id AS speaker_id, coalesce(ps.name, sp.name) AS speaker, "
        f"ad.person_id AS addressee_id, coalesce(pd.name, ad.name) AS addressee, e.name AS event, "
        f"f.start, f.end, a.id AS article_id, a.title, a.date, {sentence_sql('f')} {QUOTES} "
        f"WHERE f.id IN (SELECT f.id {QUOTES} WHERE {where} {NEWEST_FIRST} LIMIT ?) {NEWEST_FIRST}",
        (*params, -1 if limit is None else limit),
    )
    return [
        Quote(r["quote"], r["speaker_id"], r["speaker"], r["addressee_id"], r["addressee"], r["event"], evidence(r))
        for r in rows
    ]


def links_where(conn: sqlite3.Connection, where: str, params: tuple, limit: int | None = None) -> list[Link]:
    """Interactions and co-locations; `where` may use f (the fact), x and y (its two appearances)."""
    pick = "SELECT '{table}' AS kind, f.id, a.date, a.id AS article_id, f.start " + LINKS + " WHERE " + where
    picked = conn.execute(
        f"SELECT * FROM ({pick.format(table='interactions')} UNION ALL {pick.format(table='colocated')}) "
        f"ORDER BY date IS NULL, date DESC, article_id DESC, start LIMIT ?",
        (*params, *params, -1 if limit is None else limit),
    ).fetchall()
    return links_by_id(conn, [(row["kind"], row["id"]) for row in picked])


def links_by_id(conn: sqlite3.Connection, picked: list[tuple[str, int]]) -> list[Link]:
    """These links, each named by its table and id, in this order, with their sentences."""
    found: dict[tuple[str, int], Link] = {}
    for table, kind, place in (("interactions", "f.kind", "NULL"), ("colocated", "'next to'", "f.place")):
        ids = tuple(id for which, id in picked if which == table)
        if not ids:
            continue
        for r in conn.execute(
            f"SELECT f.id, x.person_id AS a_id, coalesce(pa.name, x.name) AS a, y.person_id AS b_id, "
            f"coalesce(pb.name, y.name) AS b, {kind} AS kind, {place} AS place, f.start, f.end, "
            f"a.id AS article_id, a.title, a.date, {sentence_sql('f')} {LINKS.format(table=table)} WHERE f.id IN ({marks(ids)})",
            ids,
        ):
            found[table, r["id"]] = Link(r["a_id"], r["a"], r["b_id"], r["b"], r["kind"], r["place"], evidence(r))
    return [found[key] for key in picked]


# ---------------------------------------------------------------------------------------------
# People


def summary(row: sqlite3.Row) -> PersonSummary:
    """A person's row joined to their counters (`c`, NULL when no article names them)."""
    return PersonSummary(
        row["id"], row["name"], row["articles"] or 0, row["present"] or 0, row["sightings"] or 0, row["quotes"] or 0,
        row["first_date"], row["last_date"],
    )


SUMMARY = "p.id, p.name, c.articles, c.present, c.sightings, c.quotes, c.first_date, c.last_date"


def summaries(conn: sqlite3.Connection, person_ids: list[int]) -> dict[int, PersonSummary]:
    """Counts and first/last dates for these people (kept in `person_counts`, see `counters`)."""
    if not person_ids:
        return {}
    ids = tuple(person_ids)
    rows = conn.execute(
        f"SELECT {SUMMARY} FROM people p LEFT JOIN person_counts c ON c.person_id = p.id WHERE p.id IN ({marks(ids)})", ids
    )
    return {row["id"]: summary(row) for row in rows}


def people(conn: sqlite3.Connection, *, event: str | None = None, since: str | None = None, limit: int | None = 50) -> list[PersonSummary]:
    """People, most seen first: by articles placing them at an event, then articles naming them.

    `event` keeps articles about that event (as `find_events` matches it); `since` keeps
    articles dated on or after an ISO date. Without either, the list is read in order off the
    counters' index; with one, the articles it keeps are counted (their number, not the
    store's, sets the cost).
    """
    if event is None and since is None:
        # CROSS JOIN keeps the counters outside, so that their index gives the order and LIMIT
        # stops the walk after `limit` rows.
        rows = conn.execute(
            f"SELECT {SUMMARY} FROM person_counts c CROSS JOIN people p ON p.id = c.person_id "
            "ORDER BY c.present DESC, c.articles DESC, c.person_id LIMIT ?",
            (-1 if limit is None else limit,),
        )
        return [summary(row) for row in rows]
    clauses, params = ["ap.person_id IS NOT NULL"], []
    if event is not None:
        ids = [e.id for e in find_events(conn, event)]
        if not ids:
            raise EventNotFound(f"no event matches '{event}'")
        clauses.append(f"a.event_id IN ({marks(ids)})")
        params += ids
    if since is not None:
        clauses.append("a.date >= ?")
        params.append(since)
    # CROSS JOIN: the filter picks the articles by index, then their people. Left to itself
    # SQLite (it keeps no statistics here) walks every appearance in person order instead.
    rows = conn.execute(
        f"SELECT ap.person_id, count(DISTINCT ap.article_id) AS articles, "
        f"count(DISTINCT CASE WHEN ap.present THEN ap.article_id END) AS present "
        f"FROM articles a CROSS JOIN appearances ap ON ap.article_id = a.id WHERE {' AND '.join(clauses)} "
        f"GROUP BY ap.person_id ORDER BY present DESC, articles DESC, ap.person_id LIMIT ?",
        (*params, -1 if limit is None else limit),
    ).fetchall()
    found = summaries(conn, [row[0] for row in rows])
    result = []
    for row in rows:
        within = found[row[0]]  # counts within the filter, not overall; the rest as summaries give it
        within.articles, within.present = row["articles"], row["present"]
        result.append(within)
    return result


def people_like(conn: sqlite3.Connection, text: str, *, limit: int = 10) -> list[PersonSummary]:
    """People whose name, or an alias stated for them, holds every word of `text` as part of a word.

    For a search box: "nova" finds Lady Nova, "rene" finds Renée Castillo (case and accents folded).
    Most named first. Short forms articles merely used ("Pell") are not aliases here.
    """
    words = name_key(text).split()
    if not words:
        return []
    # name_key leaves letters, digits and spaces only, so a word holds no LIKE wildcard.
    clause = (
        "(p.key LIKE ? OR EXISTS (SELECT 1 FROM aliases al WHERE al.person_id = p.id AND al.key LIKE ? "
        "AND al.source IN ('user', 'table', 'article')))"
    )
    params = [pattern for word in words for pattern in (f"%{word}%", f"%{word}%")]
    rows = conn.execute(
        f"SELECT {SUMMARY} FROM people p LEFT JOIN person_counts c ON c.person_id = p.id "
        f"WHERE {' AND '.join([clause] * len(words))} ORDER BY coalesce(c.articles, 0) DESC, p.id LIMIT ?",
        (*params, limit),
    )
    return [summary(row) for row in rows]


def aliases_of(conn: sqlite3.Connection, person_id: int) -> list[Alias]:
    rows = conn.execute(
        "SELECT a.alias, a.person_id, p.name, a.source, a.note FROM aliases a JOIN people p ON p.id = a.person_id "
        "WHERE a.person_id = ? ORDER BY CASE a.source WHEN 'user' THEN 0 WHEN 'table' THEN 1 WHEN 'article' THEN 2 ELSE 3 END, a.alias",
        (person_id,),
    )
    return [Alias(*row) for row in rows]


def timeline(conn: sqlite3.Connection, ref: str, *, limit: int | None = 50) -> Timeline:
    """A person's articles, newest first: date, event, where, doing, with whom, what they said."""
    person = find_person(conn, ref)
    rows = conn.execute(
        "SELECT ap.id AS appearance_id, ap.name, ap.present, ap.resolved_by, a.id AS article_id, a.title, a.url, a.date, "
        "e.name AS event FROM appearances ap JOIN articles a ON a.id = ap.article_id LEFT JOIN events e ON e.id = a.event_id "
        "WHERE ap.person_id = ? ORDER BY a.date IS NULL, a.date DESC, a.id DESC, ap.id",
        (person.id,),
    ).fetchall()
    entries: dict[int, TimelineEntry] = {}
    appearance_ids: list[int] = []
    for row in rows:
        if row["article_id"] not in entries:
            if limit is not None and len(entries) >= limit:
                break
            entries[row["article_id"]] = TimelineEntry(
                row["article_id"], row["title"], row["url"], row["date"], row["event"], row["name"],
                bool(row["present"]), row["resolved_by"],
            )
        else:  # the article names them twice ("Lady Nova" and, apart, "Jo Castellan")
            entries[row["article_id"]].present |= bool(row["present"])
        appearance_ids.append(row["appearance_id"])
    if appearance_ids:
        ids = tuple(appearance_ids)
        for sighting in sightings_where(conn, f"f.subject_id IN ({marks(ids)})", ids):
            entries[sighting.evidence.article_id].sightings.append(sighting)
        for link in links_where(conn, f"(f.a_id IN ({marks(ids)}) OR f.b_id IN ({marks(ids)}))", ids + ids):
            entries[link.evidence.article_id].links.append(facing(link, person.id))
        for quote in quotes_where(conn, f"f.speaker_id IN ({marks(ids)})", ids):
            entries[quote.evidence.article_id].quotes.append(quote)
    aliases = list(dict.fromkeys(alias.alias for alias in aliases_of(conn, person.id)))
    return Timeline(summaries(conn, [person.id])[person.id], aliases, list(entries.values()))


def facing(link: Link, person_id: int) -> Link:
    """The link with `person_id` as its `a` side."""
    if link.a_id == person_id:
        return link
    return Link(link.b_id, link.b, link.a_id, link.a, link.kind, link.place, link.evidence)


def companions(conn: sqlite3.Connection, ref: str, *, limit: int | None = 20, evidence_per: int = 3) -> list[Companion]:
    """Whom a person was with, ranked by interactions, co-locations and shared presence.

    Someone in 1,000 articles has about as many links and thousands of people beside them, so
    everyone is ranked from plain counts, and only those returned are made records, with the
    sentences of their newest links as evidence (reading every link's sentence out of its
    article was most of the time).
    """
    person = find_person(conn, ref)
    names: dict[int, str] = {}
    acts: Counter[int] = Counter()  # interactions
    beside: Counter[int] = Counter()  # co-locations
    kinds: dict[int, list[str]] = defaultdict(list)
    newest: dict[int, list[tuple[str, int]]] = defaultdict(list)  # the (table, id) of their newest links
    for link in link_heads(conn, person.id):
        on_a_side = link["a_id"] == person.id
        other, name = (link["b_id"], link["b"]) if on_a_side else (link["a_id"], link["a"])
        if other is None or other == person.id:
            continue  # a group, or themselves under two names
        names.setdefault(other, name)
        (beside if link["kind"] == "next to" else acts)[other] += 1
        if link["kind"] not in kinds[other]:
            kinds[other].append(link["kind"])
        if len(newest[other]) < evidence_per:
            newest[other].append((link["tbl"], link["id"]))
    shared: dict[int, int] = {}  # articles placing both at the event
    for other, name, articles in conn.execute(
        "SELECT y.person_id, p.name, count(DISTINCT x.article_id) AS articles "
        "FROM appearances x JOIN appearances y ON y.article_id = x.article_id AND y.present "
        "JOIN people p ON p.id = y.person_id "
        "WHERE x.person_id = ? AND x.present AND y.person_id != x.person_id GROUP BY y.person_id",
        (person.id,),
    ):
        names.setdefault(other, name)
        shared[other] = articles

    def score(other: int) -> int:
        return INTERACTION_WEIGHT * acts[other] + COLOCATED_WEIGHT * beside[other] + CO_PRESENT_WEIGHT * shared.get(other, 0)

    # Ties keep the order people were first met in (links newest first, then shared articles).
    order = sorted((-score(other), -acts[other], name, seen, other) for seen, (other, name) in enumerate(names.items()))
    ranked = [
        Companion(other, name, -negative, acts[other], beside[other], shared.get(other, 0), kinds.get(other, []), [])
        for negative, _, name, _, other in (order if limit is None else order[:limit])
    ]
    picked = [key for companion in ranked for key in newest.get(companion.id, [])]
    by_id = {companion.id: companion for companion in ranked}
    for link in links_by_id(conn, picked):
        by_id[link.b_id if link.a_id == person.id else link.a_id].evidence.append(link.evidence)
    return ranked


def link_heads(conn: sqlite3.Connection, person_id: int) -> list[sqlite3.Row]:
    """A person's links, newest first: table, id, both sides' person ids and names, kind; no sentences."""
    mine = tuple(row[0] for row in conn.execute("SELECT id FROM appearances WHERE person_id = ?", (person_id,)))
    if not mine:
        return []
    # By appearance ids, not `x.person_id = ?`: an OR over two indexed columns, not a table scan.
    head = (
        "SELECT '{table}' AS tbl, f.id, a.date, f.article_id, f.start, x.person_id AS a_id, coalesce(pa.name, x.name) AS a, "
        "y.person_id AS b_id, coalesce(pb.name, y.name) AS b, {kind} AS kind " + LINKS
        + f" WHERE (f.a_id IN ({marks(mine)}) OR f.b_id IN ({marks(mine)}))"
    )
    return conn.execute(
        f"SELECT * FROM ({head.format(table='interactions', kind='f.kind')} UNION ALL "
        f"{head.format(table='colocated', kind=repr('next to'))}) ORDER BY date IS NULL, date DESC, article_id DESC, start",
        mine * 4,
    ).fetchall()


def quotes(conn: sqlite3.Connection, ref: str | None = None, *, limit: int | None = 50) -> list[Quote]:
    """What a person said on record (everyone's quotes when `ref` is None), newest first."""
    if ref is None:
        return quotes_where(conn, "1", (), limit)
    person = find_person(conn, ref)
    return quotes_where(conn, "sp.person_id = ?", (person.id,), limit)


# ---------------------------------------------------------------------------------------------
# Events


def event_summary(row: sqlite3.Row) -> EventSummary:
    return EventSummary(
        row["id"], row["name"], row["edition"], row["year"], row["venue"], row["city"], row["date"], row["articles"]
    )


def find_events(conn: sqlite3.Connection, query: str) -> list[EventSummary]:
    """Events whose name, edition, year, venue or city hold every word of `query`, most covered first.

    `#id` names one event. A word also matches the initials of the name, plural or not
    ("SMAs" → Zephyr Screen Music Awards); see `write.event_terms`.
    """
    select = "SELECT e.*, (SELECT count(*) FROM articles a WHERE a.event_id = e.id) AS articles FROM events e"
    text = query.strip()
    if text.lstrip("#").isdigit():
        return [event_summary(row) for row in conn.execute(select + " WHERE e.id = ?", (int(text.lstrip("#")),))]
    clauses, params = ["1"], []
    for word in name_key(text).split():
        clauses.append("(e.terms LIKE ? OR e.terms LIKE ?)")
        params += [f"% {word} %", f"% {word[:-1] if word.endswith('s') else word} %"]
    rows = conn.execute(f"{select} WHERE {' AND '.join(clauses)}", params)
    return sorted((event_summary(row) for row in rows), key=lambda e: (-e.articles, e.id))


def recent_events(conn: sqlite3.Connection, *, limit: int = 10) -> list[EventSummary]:
    """Events, latest date first; undated ones after, newest first. Articles are counted for these only."""
    rows = conn.execute(
        "SELECT e.*, (SELECT count(*) FROM articles a WHERE a.event_id = e.id) AS articles "
        "FROM (SELECT * FROM events ORDER BY date IS NULL, date DESC, id DESC LIMIT ?) e "
        "ORDER BY e.date IS NULL, e.date DESC, e.id DESC",
        (limit,),
    )
    return [event_summary(row) for row in rows]


def event(conn: sqlite3.Connection, query: str, *, limit: int | None = 100) -> Roundup:
    """Who was at an event, what they did, whom they were with, what they said.

    Raises `EventNotFound`, or `AmbiguousEvent` when the words match several events.
    """
    found = find_events(conn, query)
    if not found:
        raise EventNotFound(f"no event matches '{query}'")
    if len(found) > 1 and not query.strip().lstrip("#").isdigit():
        raise AmbiguousEvent(f"{len(found)} events match '{query}'", found)
    summary = found[0]
    articles = [
        ArticleRef(row["id"], row["title"], row["url"], row["date"])
        for row in conn.execute(
            "SELECT id, title, url, date FROM articles WHERE event_id = ? ORDER BY date, id", (summary.id,)
        )
    ]
    attendees = [
        EventPerson(row["id"], row["name"], bool(row["present"]), row["articles"])
        for row in conn.execute(
            "SELECT p.id, p.name, max(ap.present) AS present, count(DISTINCT ap.article_id) AS articles "
            "FROM articles a JOIN appearances ap ON ap.article_id = a.id JOIN people p ON p.id = ap.person_id "
            "WHERE a.event_id = ? GROUP BY p.id ORDER BY present DESC, articles DESC, p.name LIMIT ?",
            (summary.id, -1 if limit is None else limit),
        )
    ]
    scope = "a.event_id = ?"
    return Roundup(
        summary,
        articles,
        attendees,
        sightings_where(conn, scope, (summary.id,), limit),
        links_where(conn, scope, (summary.id,), limit),
        quotes_where(conn, scope, (summary.id,), limit),
    )


# ---------------------------------------------------------------------------------------------
# Search


def fts_query(text: str) -> str:
    """User words → an FTS5 query: every word (or "quoted phrase") must occur; no operators."""
    parts = re.findall(r'"([^"]+)"|(\S+)', text)
    terms = [phrase or word for phrase, word in parts]
    return " ".join('"' + term.replace('"', '""') + '"' for term in terms if term.strip('"'))


def search(conn: sqlite3.Connection, text: str, *, limit: int = 20) -> list[SearchHit]:
    """Full-text search over article titles and texts and over quotes, best matches first.

    Ranking (bm25) is over the `RANK_WINDOW` most recently stored matches of each kind: scoring
    every match of a common word in a large archive takes hundreds of milliseconds, and in
    news the recent matches are the ones wanted.
    """
    query = fts_query(text)
    if not query:
        return []
    hits = article_hits(conn, query, limit) + quote_hits(conn, query, limit)
    hits.sort(key=lambda pair: pair[0])  # bm25 rank: lower is better
    return [hit for _, hit in hits[:limit]]


def best(conn: sqlite3.Connection, table: str, query: str, limit: int) -> dict[int, float]:
    """rowid → bm25 rank of the best `limit` among the `RANK_WINDOW` newest matches in an FTS table."""
    rows = conn.execute(
        f"SELECT rowid, rank FROM (SELECT rowid, rank FROM {table} WHERE {table} MATCH ? ORDER BY rowid DESC LIMIT ?) "
        f"ORDER BY rank LIMIT ?",
        (query, RANK_WINDOW, limit),
    )
    return {row[0]: row[1] for row in rows}


def article_hits(conn: sqlite3.Connection, query: str, limit: int) -> list[tuple[float, SearchHit]]:
    return ranked_hits(
        conn, "articles_fts", query, limit,
        "SELECT f.rowid AS id, a.title, a.date, snippet(articles_fts, -1, ?, ?, '…', 16) AS snippet "
        "FROM articles_fts f JOIN articles a ON a.id = f.rowid WHERE articles_fts MATCH ? AND f.rowid IN ({ids})",
        lambda row: SearchHit("article", row["id"], row["title"], row["date"], row["snippet"]),
    )


def quote_hits(conn: sqlite3.Connection, query: str, limit: int) -> list[tuple[float, SearchHit]]:
    return ranked_hits(
        conn, "quotes_fts", query, limit,
        "SELECT f.rowid AS id, q.article_id, a.title, a.date, coalesce(p.name, sp.name) AS speaker, "
        "highlight(quotes_fts, 0, ?, ?) AS snippet FROM quotes_fts f JOIN quotes q ON q.id = f.rowid "
        "JOIN articles a ON a.id = q.article_id LEFT JOIN appearances sp ON sp.id = q.speaker_id "
        "LEFT JOIN people p ON p.id = sp.person_id WHERE quotes_fts MATCH ? AND f.rowid IN ({ids})",
        lambda row: SearchHit("quote", row["article_id"], row["title"], row["date"], row["snippet"], row["speaker"]),
    )


def ranked_hits(
    conn: sqlite3.Connection, table: str, query: str, limit: int, sql: str, hit: Callable[[sqlite3.Row], SearchHit]
) -> list[tuple[float, SearchHit]]:
    """The `best` matches of FTS `table`, each with its rank. Only those rows are fetched with a
    snippet: `sql` takes the highlight marks, the query and the row ids ({ids}), and `hit` makes
    each of its rows a SearchHit."""
    ranks = best(conn, table, query, limit)
    if not ranks:
        return []
    ids = tuple(ranks)
    rows = conn.execute(sql.format(ids=marks(ids)), (*HIGHLIGHT, query, *ids))
    return [(ranks[row["id"]], hit(row)) for row in rows]


# ---------------------------------------------------------------------------------------------
# One article


def article(conn: sqlite3.Connection, article_id: int) -> ArticleDetail:
    """A stored article with its people (and the identities they joined) and every fact."""
    row = conn.execute(
        "SELECT a.*, e.id AS e_id FROM articles a LEFT JOIN events e ON e.id = a.event_id WHERE a.id = ?", (article_id,)
    ).fetchone()
    if row is None:
        raise ArticleNotFound(f"no article #{article_id} in the store")
    event_row = None
    if row["e_id"] is not None:
        event_row = find_events(conn, f"#{row['e_id']}")[0]
    mentions: dict[int, list[Mention]] = defaultdict(list)
    for m in conn.execute(
        "SELECT m.appearance_id, m.text, m.start, m.end FROM mentions m JOIN appearances ap ON ap.id = m.appearance_id "
        "WHERE ap.article_id = ? ORDER BY m.start",
        (article_id,),
    ):
        mentions[m["appearance_id"]].append(Mention(m["text"], m["start"], m["end"]))
    cast = [
        ArticlePerson(r["name"], r["kind"], r["person_id"], r["person"], bool(r["present"]), r["resolved_by"], mentions[r["id"]])
        for r in conn.execute(
            "SELECT ap.*, p.name AS person FROM appearances ap LEFT JOIN people p ON p.id = ap.person_id "
            "WHERE ap.article_id = ? ORDER BY ap.id",
            (article_id,),
        )
    ]
    scope = ("f.article_id = ?", (article_id,))
    return ArticleDetail(
        row["id"], row["content_hash"], row["title"], row["url"], row["published"], row["date"], row["source"],
        event_row, row["event_day"], row["text"], cast,
        sightings_where(conn, *scope), links_where(conn, *scope), quotes_where(conn, *scope),
    )


def article_ids(conn: sqlite3.Connection) -> list[int]:
    return [row[0] for row in conn.execute("SELECT id FROM articles ORDER BY id")]


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Rows per table: what a store holds, at a glance."""
    tables = ("articles", "events", "people", "aliases", "appearances", "mentions", "sightings", "interactions", "colocated", "quotes", "curation")
    return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in tables}
