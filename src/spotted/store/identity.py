"""One identity per person across articles, and the user's corrections to it.

In: the names an article's extraction gives its people, with the article's event and hash.
Out: for each name, the `people.id` it belongs to and a sentence saying why (kept in
`appearances.resolved_by`, so a user can trust or correct it).

The rules, first that applies wins:
1. curation: a user merged or split this very appearance (keyed by article hash and name);
2. an alias a user added;
3. the alias table (`spotted.aliases`): "Ramona Vexley" joins Mona Vex, "Zazzo" is a known name;
4. an alias an earlier article stated ("X, aka Y");
5. a name of several words joins the person with the same name;
6. a one-word name nobody could mistake — not a given name, not a word of any full name in the
   store ("Zazzo", "Kairo") — joins the person of that name;
7. an ambiguous one-word name ("Chris", "Kelli", "Pell") joins a candidate only with evidence —
   the candidate was at the same event, or shares a companion with this article — and only when
   exactly one candidate has it; otherwise it stays a person of its own.

Curation (`merge`, `split`, `alias_add`) is stored in the `curation` table by article content
hash and name, not by row id, so it is re-applied when an article is extracted again and
applies to articles ingested later.
"""

from __future__ import annotations

import logging
import sqlite3
import unicodedata
from dataclasses import dataclass

from spotted.aliases import AliasTable
from spotted.errors import AmbiguousPerson, ArticleNotFound, PersonNotFound
from spotted.store import counters
from spotted.store.schema import now

log = logging.getLogger(__name__)


def name_key(name: str) -> str:
    """A name folded for matching: no accents, case or punctuation ("Renée" → "renee")."""
    decomposed = unicodedata.normalize("NFKD", name)
    letters = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join("".join(ch if ch.isalnum() else " " for ch in letters.casefold()).split())


def first_last(key: str) -> tuple[str | None, str | None]:
    words = key.split()
    return (words[0], words[-1]) if len(words) > 1 else (None, None)


@dataclass
class PersonRef:
    """A person as the store knows them: id, canonical name and how many articles name them."""

    id: int
    name: str
    articles: int = 0


@dataclass
class Resolution:
    person_id: int
    reason: str


@dataclass
class CurationResult:
    """What a merge, split or alias did: the person it left, and how many appearances moved."""

    action: str
    person: PersonRef
    moved: int
    detail: str


# ---------------------------------------------------------------------------------------------
# People


def create_person(conn: sqlite3.Connection, name: str, origin: str = "auto") -> int:
    key = name_key(name)
    first, last = first_last(key)
    cursor = conn.execute(
        "INSERT INTO people (name, key, first, last, origin, created_at) VALUES (?, ?, ?, ?, ?, ?)",
        (name, key, first, last, origin, now()),
    )
    return cursor.lastrowid


def people_named(conn: sqlite3.Connection, key: str) -> list[int]:
    """Ids of people (not split-off ones) whose canonical name folds to `key`, oldest first."""
    rows = conn.execute("SELECT id FROM people WHERE key = ? AND origin != 'split' ORDER BY id", (key,))
    return [row[0] for row in rows]


def person_named(conn: sqlite3.Connection, name: str) -> int:
    """The person with this canonical name, created when the store has none yet."""
    found = people_named(conn, name_key(name))
    return found[0] if found else create_person(conn, name)


def person_ref(conn: sqlite3.Connection, person_id: int) -> PersonRef:
    row = conn.execute(
        "SELECT p.id, p.name, (SELECT count(DISTINCT article_id) FROM appearances WHERE person_id = p.id) "
        "FROM people p WHERE p.id = ?",
        (person_id,),
    ).fetchone()
    if row is None:
        raise PersonNotFound(f"no person #{person_id} in the store")
    return PersonRef(row[0], row[1], row[2])


def find_person(conn: sqlite3.Connection, ref: str) -> PersonRef:
    """The one person a user means by `ref`: `#12` or `12` (an id), a canonical name, or an alias.

    Raises `PersonNotFound`, or `AmbiguousPerson` (with the candidates) when several people
    share the name.
    """
    text = ref.strip()
    if text.lstrip("#").isdigit():
        return person_ref(conn, int(text.lstrip("#")))
    key = name_key(text)
    ids = [row[0] for row in conn.execute("SELECT id FROM people WHERE key = ? ORDER BY id", (key,))]
    if not ids:
        ids = [
            row[0]
            for row in conn.execute(
                "SELECT DISTINCT person_id FROM aliases WHERE key = ? AND source IN ('user', 'table', 'article') "
                "ORDER BY person_id",
                (key,),
            )
        ]
    if not ids:
        raise PersonNotFound(f"no person called '{text}' in the store")
    if len(ids) > 1:
        candidates = [person_ref(conn, person_id) for person_id in ids]
        raise AmbiguousPerson(f"{len(ids)} people in the store are called '{text}'", candidates)
    return person_ref(conn, ids[0])


def anchor(conn: sqlite3.Connection, person_id: int) -> tuple[str | None, str | None]:
    """(article hash, name) of one appearance of a person whose name others share, else (None, None).

    Curation names its target by canonical name; when that name is shared ("Chris"), this
    appearance says which of them is meant, in terms that outlive row ids.
    """
    person = conn.execute("SELECT key FROM people WHERE id = ?", (person_id,)).fetchone()
    if len(conn.execute("SELECT id FROM people WHERE key = ?", (person["key"],)).fetchall()) < 2:
        return None, None
    row = conn.execute(
        "SELECT a.content_hash, ap.name FROM appearances ap JOIN articles a ON a.id = ap.article_id "
        "WHERE ap.person_id = ? ORDER BY ap.id LIMIT 1",
        (person_id,),
    ).fetchone()
    return (row[0], row[1]) if row else (None, None)


def curation_target(conn: sqlite3.Connection, target: str, target_hash: str | None, target_name: str | None) -> int:
    """The person a stored curation row points at, found by its anchor appearance or its name."""
    if target_hash is not None:
        row = conn.execute(
            "SELECT ap.person_id FROM appearances ap JOIN articles a ON a.id = ap.article_id "
            "WHERE a.content_hash = ? AND ap.name = ? AND ap.kind = 'person'",
            (target_hash, target_name),
        ).fetchone()
        if row is not None:
            return row[0]
    return person_named(conn, target)


def drop_orphans(conn: sqlite3.Connection, person_ids: set[int]) -> None:
    """Delete those of these people no article names any more, unless a user alias keeps them."""
    for person_id in person_ids:
        conn.execute(
            "DELETE FROM people WHERE id = ? AND NOT EXISTS (SELECT 1 FROM appearances WHERE person_id = ?) "
            "AND NOT EXISTS (SELECT 1 FROM aliases WHERE person_id = ? AND source = 'user')",
            (person_id, person_id, person_id),
        )


# ---------------------------------------------------------------------------------------------
# Automatic resolution


class Resolver:
    """Decides which person each name of a newly stored article belongs to (rules in the module doc)."""

    def __init__(self, conn: sqlite3.Connection, aliases: AliasTable):
        self.conn = conn
        self.aliases = aliases

    def resolve(self, article_hash: str, article_id: int, event_id: int | None, names: list[str]) -> dict[str, Resolution]:
        """`names` (distinct, as the article gives them) → the person each belongs to, and why."""
        decided: dict[str, Resolution] = {}
        short: list[str] = []
        for name in names:
            resolution = self.curated(article_hash, name) or self.by_alias(name) or self.by_name(name)
            if resolution is None:
                short.append(name)
            else:
                decided[name] = resolution
        # Ambiguous short names last: the people already placed in this article are their evidence.
        companions = {r.person_id for r in decided.values()}
        for name in short:
            decided[name] = self.by_evidence(name, article_id, event_id, companions)
        return decided

    def curated(self, article_hash: str, name: str) -> Resolution | None:
        row = self.conn.execute(
            "SELECT action, target, target_hash, target_name FROM curation "
            "WHERE article_hash = ? AND name = ? AND action IN ('merge', 'split') ORDER BY id DESC LIMIT 1",
            (article_hash, name),
        ).fetchone()
        if row is None:
            return None
        if row["action"] == "split":
            return Resolution(create_person(self.conn, name, "split"), "curation: split off by a user")
        person_id = curation_target(self.conn, row["target"], row["target_hash"], row["target_name"])
        return Resolution(person_id, f"curation: merged into {row['target']} by a user")

    def by_alias(self, name: str) -> Resolution | None:
        key = name_key(name)
        row = self.conn.execute(
            "SELECT a.person_id, p.name FROM aliases a JOIN people p ON p.id = a.person_id "
            "WHERE a.key = ? AND a.source = 'user' ORDER BY a.id DESC LIMIT 1",
            (key,),
        ).fetchone()
        if row is not None:
            return Resolution(row[0], f"alias '{name}' of {row[1]}, added by a user")
        canonical = self.aliases.canonical(name)
        if canonical is not None:
            source = self.aliases.sources.get(name.lower()) or "alias table"
            if name_key(canonical) == key:
                return Resolution(person_named(self.conn, canonical), f"known name ({source})")
            return Resolution(person_named(self.conn, canonical), f"alias '{name}' of {canonical} ({source})")
        stated = self.conn.execute(
            "SELECT DISTINCT a.person_id, p.name FROM aliases a JOIN people p ON p.id = a.person_id "
            "WHERE a.key = ? AND a.source = 'article'",
            (key,),
        ).fetchall()
        if len(stated) == 1:
            return Resolution(stated[0][0], f"alias '{name}' of {stated[0][1]}, stated by an earlier article")
        return None

    def by_name(self, name: str) -> Resolution | None:
        """Several words: the person of that name. One word: only when nobody could mistake it."""
        key = name_key(name)
        found = people_named(self.conn, key)
        if len(key.split()) > 1:
            if found:
                return Resolution(found[0], "same full name")
            return Resolution(create_person(self.conn, name), "new person")
        if self.ambiguous(key):
            return None
        if found:
            return Resolution(found[0], "same name, which no other person in the store shares")
        return Resolution(create_person(self.conn, name), "new person")

    def ambiguous(self, key: str) -> bool:
        """A one-word name is ambiguous when it is a given name or a word of a full name in the store."""
        from spotted.recognize import given_names  # the parser's list; imported late, it loads spaCy

        if key in given_names():
            return True
        return self.conn.execute(
            "SELECT 1 FROM people WHERE first = ? OR last = ? "
            "UNION ALL SELECT 1 FROM aliases WHERE key = ? AND source = 'mention' LIMIT 1",
            (key, key, key),
        ).fetchone() is not None

    def candidates(self, key: str) -> list[tuple[int, str]]:
        rows = self.conn.execute(
            "SELECT id, name FROM people WHERE origin != 'split' AND (key = ? OR first = ? OR last = ?) "
            "UNION SELECT p.id, p.name FROM aliases a JOIN people p ON p.id = a.person_id "
            "WHERE a.key = ? AND a.source = 'mention' AND p.origin != 'split'",
            (key, key, key, key),
        )
        return sorted((row[0], row[1]) for row in rows)

    def by_evidence(self, name: str, article_id: int, event_id: int | None, companions: set[int]) -> Resolution:
        backed: list[tuple[int, str, str]] = []
        candidates = self.candidates(name_key(name))
        for person_id, person_name in candidates:
            evidence = self.same_event(person_id, article_id, event_id) or self.shared_companion(person_id, companions)
            if evidence:
                backed.append((person_id, person_name, evidence))
        if len(backed) == 1:
            person_id, person_name, evidence = backed[0]
            return Resolution(person_id, f"'{name}' → {person_name}: {evidence}")
        if backed:
            why = f"{len(backed)} people it may stand for have evidence ({', '.join(b[1] for b in backed)})"
        elif candidates:
            why = f"no evidence ties it to any of {len(candidates)} people it may stand for"
        else:
            why = "a short name, kept to this article"
        return Resolution(create_person(self.conn, name), f"new person: '{name}' is ambiguous and {why}")

    def same_event(self, person_id: int, article_id: int, event_id: int | None) -> str | None:
        if event_id is None:
            return None
        row = self.conn.execute(
            "SELECT e.name, e.year FROM appearances ap JOIN articles a ON a.id = ap.article_id "
            "JOIN events e ON e.id = a.event_id WHERE ap.person_id = ? AND a.event_id = ? AND a.id != ? LIMIT 1",
            (person_id, event_id, article_id),
        ).fetchone()
        return f"at the same event ({' '.join(v for v in row if v)})" if row else None

    def shared_companion(self, person_id: int, companions: set[int]) -> str | None:
        others = sorted(companions - {person_id})
        if not others:
            return None
        marks = ",".join("?" * len(others))
        row = self.conn.execute(
            f"SELECT p.name FROM appearances x JOIN appearances y ON y.article_id = x.article_id "
            f"JOIN people p ON p.id = y.person_id WHERE x.person_id = ? AND y.person_id IN ({marks}) LIMIT 1",
            (person_id, *others),
        ).fetchone()
        return f"named together with {row[0]} in another article, as here" if row else None


# ---------------------------------------------------------------------------------------------
# Curation: what users decide, stored and re-applied


def merge(conn: sqlite3.Connection, source: str, target: str) -> CurationResult:
    """Make the person `source` names part of the person `target` names; `source` disappears.

    Every appearance of `source` is pinned to `target` by article hash and name. A full name
    (several words) also becomes a user alias of `target`, so later articles join too; a
    one-word name does not, because it may mean someone else elsewhere.
    """
    moving = find_person(conn, source)
    staying = find_person(conn, target)
    if moving.id == staying.id:
        return CurationResult("merge", staying, 0, f"{moving.name} and {staying.name} are already one person")
    target_hash, target_name = anchor(conn, staying.id)
    appearances = conn.execute(
        "SELECT ap.id, ap.name, a.content_hash FROM appearances ap JOIN articles a ON a.id = ap.article_id "
        "WHERE ap.person_id = ?",
        (moving.id,),
    ).fetchall()
    stamp = now()
    for row in appearances:
        conn.execute(
            "INSERT INTO curation (action, article_hash, name, target, target_hash, target_name, created_at) "
            "VALUES ('merge', ?, ?, ?, ?, ?, ?)",
            (row["content_hash"], row["name"], staying.name, target_hash, target_name, stamp),
        )
    conn.execute(
        "UPDATE appearances SET person_id = ?, resolved_by = ? WHERE person_id = ?",
        (staying.id, f"curation: merged into {staying.name} by a user", moving.id),
    )
    conn.execute("UPDATE OR IGNORE aliases SET person_id = ? WHERE person_id = ?", (staying.id, moving.id))
    conn.execute("DELETE FROM aliases WHERE person_id = ?", (moving.id,))
    if len(name_key(moving.name).split()) > 1:
        add_user_alias(conn, moving.name, staying.id, staying.name)
    drop_orphans(conn, {moving.id})
    counters.refresh(conn, {moving.id, staying.id})
    detail = f"{moving.name} (#{moving.id}) merged into {staying.name} (#{staying.id})"
    log.info(detail)
    return CurationResult("merge", person_ref(conn, staying.id), len(appearances), detail)


def split(conn: sqlite3.Connection, name: str, article_id: int) -> CurationResult:
    """Detach the person called `name` in one article from the identity it was joined to.

    `name` is the name the article uses or the canonical name of the person it joined. The
    appearance becomes a person of its own (origin 'split'), and stays one on re-extraction.
    """
    article = conn.execute("SELECT content_hash FROM articles WHERE id = ?", (article_id,)).fetchone()
    if article is None:
        raise ArticleNotFound(f"no article #{article_id} in the store")
    key = name_key(name)
    row = conn.execute(
        "SELECT ap.id, ap.name, ap.person_id FROM appearances ap JOIN people p ON p.id = ap.person_id "
        "WHERE ap.article_id = ? AND (ap.key = ? OR p.key = ?) ORDER BY ap.key = ? DESC LIMIT 1",
        (article_id, key, key, key),
    ).fetchone()
    if row is None:
        raise PersonNotFound(f"article #{article_id} names nobody called '{name}'")
    person_id = create_person(conn, row["name"], "split")
    conn.execute(
        "INSERT INTO curation (action, article_hash, name, created_at) VALUES ('split', ?, ?, ?)",
        (article["content_hash"], row["name"], now()),
    )
    conn.execute(
        "UPDATE appearances SET person_id = ?, resolved_by = 'curation: split off by a user' WHERE id = ?",
        (person_id, row["id"]),
    )
    drop_orphans(conn, {row["person_id"]})
    counters.refresh(conn, {row["person_id"], person_id})
    detail = f"'{row['name']}' in article #{article_id} is now a person of its own (#{person_id})"
    log.info(detail)
    return CurationResult("split", person_ref(conn, person_id), 1, detail)


def alias_add(conn: sqlite3.Connection, alias: str, name: str) -> CurationResult:
    """Tie `alias` to the person `name` names (created if the store has none yet).

    Appearances already stored under the alias move to that person unless a user merged or
    split them; later articles that use the alias join the person.
    """
    try:
        person = find_person(conn, name)
    except PersonNotFound:
        person = person_ref(conn, create_person(conn, name, "user"))
    target_hash, target_name = anchor(conn, person.id)
    conn.execute(
        "INSERT INTO curation (action, name, target, target_hash, target_name, created_at) VALUES ('alias', ?, ?, ?, ?, ?)",
        (alias, person.name, target_hash, target_name, now()),
    )
    add_user_alias(conn, alias, person.id, person.name)
    key = name_key(alias)
    moving = conn.execute(
        "SELECT ap.id, ap.person_id FROM appearances ap JOIN articles a ON a.id = ap.article_id "
        "WHERE ap.key = ? AND ap.kind = 'person' AND ap.person_id != ? AND NOT EXISTS ("
        "  SELECT 1 FROM curation c WHERE c.article_hash = a.content_hash AND c.name = ap.name"
        "  AND c.action IN ('merge', 'split'))",
        (key, person.id),
    ).fetchall()
    for row in moving:
        conn.execute(
            "UPDATE appearances SET person_id = ?, resolved_by = ? WHERE id = ?",
            (person.id, f"alias '{alias}' of {person.name}, added by a user", row["id"]),
        )
    drop_orphans(conn, {row["person_id"] for row in moving})
    counters.refresh(conn, {person.id} | {row["person_id"] for row in moving})
    detail = f"'{alias}' is now an alias of {person.name} (#{person.id}); {len(moving)} appearance(s) moved"
    log.info(detail)
    return CurationResult("alias", person_ref(conn, person.id), len(moving), detail)


def add_user_alias(conn: sqlite3.Connection, alias: str, person_id: int, person_name: str) -> None:
    conn.execute(
        "INSERT OR IGNORE INTO aliases (alias, key, person_id, source, note) VALUES (?, ?, ?, 'user', ?)",
        (alias, name_key(alias), person_id, f"added by a user for {person_name}"),
    )
