"""The store's schema, as numbered migrations, and how a connection to it is opened.

In: a path to a SQLite file. Out: a `sqlite3.Connection` in WAL mode with foreign keys on, its
schema brought up to `SCHEMA_VERSION`. Each migration runs once, in its own transaction, and is
recorded in the `migrations` table (and in `PRAGMA user_version`), so a file written by an older
spotted is upgraded in place and a newer one is refused rather than misread.

Shape of the data: an *article* has *appearances* — one per person (or group) it names, under
the name the article uses. Each appearance points at one *person*, the identity that is the same
across articles; facts (mentions, sightings, interactions, co-locations, quotes) point at
appearances, so merging or splitting people re-points appearances and never rewrites facts.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from spotted.errors import NotAStore, StoreNotFound, StoreTooNew

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


INITIAL = """
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,          -- normalised name and year: how articles find the same event
    name TEXT NOT NULL,
    edition TEXT,
    year TEXT,
    venue TEXT,
    city TEXT,
    date TEXT,                         -- ISO date when an article worked it out
    terms TEXT NOT NULL                -- folded words of name, edition, year, venue, city, and the
                                       --   name's initials ("sma"), space-delimited, for lookup
);

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE, -- sha256 of the text as read: the same article twice is one row
    url TEXT UNIQUE,
    source_id TEXT,                    -- the id the input gave it, if any
    source TEXT,                       -- file (and line) it was read from
    title TEXT,
    published TEXT,                    -- as the input gave it
    date TEXT,                         -- ISO date of the event, else of publication, when known
    event_id INTEGER REFERENCES events(id),
    event_day TEXT,                    -- the text's own words for the day ("Sunday night")
    text TEXT NOT NULL,                -- the cleaned text every offset below points into
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_event ON articles(event_id, date);
CREATE INDEX articles_date ON articles(date);

CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,                -- canonical name, as shown
    key TEXT NOT NULL,                 -- name folded for matching (case, accents, punctuation)
    first TEXT,                        -- first and last word of a name of several words, so a
    last TEXT,                         --   short name ("Pell") finds the full names it may stand for
    origin TEXT NOT NULL DEFAULT 'auto' CHECK (origin IN ('auto', 'split', 'user')),
    created_at TEXT NOT NULL
);
CREATE INDEX people_key ON people(key);
CREATE INDEX people_first ON people(first);
CREATE INDEX people_last ON people(last);

CREATE TABLE aliases (
    id INTEGER PRIMARY KEY,
    alias TEXT NOT NULL,
    key TEXT NOT NULL,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    source TEXT NOT NULL CHECK (source IN ('user', 'table', 'article', 'mention')),
    article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE,  -- the article that stated it
    note TEXT,                         -- where the tie comes from
    UNIQUE (key, person_id, source)
);
CREATE INDEX aliases_key ON aliases(key, source);
CREATE INDEX aliases_person ON aliases(person_id);
CREATE INDEX aliases_article ON aliases(article_id);

CREATE TABLE appearances (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    name TEXT NOT NULL,                -- the name this article uses
    key TEXT NOT NULL,                 -- that name folded for matching
    kind TEXT NOT NULL CHECK (kind IN ('person', 'group')),
    person_id INTEGER REFERENCES people(id),  -- NULL for groups
    present INTEGER NOT NULL,          -- the article places them at the event
    why TEXT,                          -- how the article tied its mentions to the name
    resolved_by TEXT,                  -- why this person: full name, alias, evidence, curation
    UNIQUE (article_id, name, kind)
);
CREATE INDEX appearances_person ON appearances(person_id, article_id);
CREATE INDEX appearances_article ON appearances(article_id, present);
CREATE INDEX appearances_key ON appearances(key);

CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    appearance_id INTEGER NOT NULL REFERENCES appearances(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL
);
CREATE INDEX mentions_appearance ON mentions(appearance_id);

CREATE TABLE sightings (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    subject_id INTEGER NOT NULL REFERENCES appearances(id) ON DELETE CASCADE,
    place TEXT,
    doing TEXT,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,   -- the sentence(s) around start..end, for evidence
    sentence_end INTEGER NOT NULL
);
CREATE INDEX sightings_subject ON sightings(subject_id);
CREATE INDEX sightings_article ON sightings(article_id);

CREATE TABLE interactions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    a_id INTEGER NOT NULL REFERENCES appearances(id) ON DELETE CASCADE,
    b_id INTEGER NOT NULL REFERENCES appearances(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL
);
CREATE INDEX interactions_a ON interactions(a_id);
CREATE INDEX interactions_b ON interactions(b_id);
CREATE INDEX interactions_article ON interactions(article_id);

CREATE TABLE colocated (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    a_id INTEGER NOT NULL REFERENCES appearances(id) ON DELETE CASCADE,
    b_id INTEGER NOT NULL REFERENCES appearances(id) ON DELETE CASCADE,
    place TEXT,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL
);
CREATE INDEX colocated_a ON colocated(a_id);
CREATE INDEX colocated_b ON colocated(b_id);
CREATE INDEX colocated_article ON colocated(article_id);

CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    speaker_id INTEGER REFERENCES appearances(id) ON DELETE CASCADE,
    addressee_id INTEGER REFERENCES appearances(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL
);
CREATE INDEX quotes_speaker ON quotes(speaker_id);
CREATE INDEX quotes_addressee ON quotes(addressee_id);
CREATE INDEX quotes_article ON quotes(article_id);

-- What users decided (merge, split, alias). Kept apart from what ingest decides, keyed by
-- article content hash and name rather than by row ids, so it is re-applied to articles
-- extracted again and to articles ingested later.
CREATE TABLE curation (
    id INTEGER PRIMARY KEY,
    action TEXT NOT NULL CHECK (action IN ('merge', 'split', 'alias')),
    article_hash TEXT,                 -- merge/split: the appearance's article
    name TEXT,                         -- merge/split: the appearance's name; alias: the alias
    target TEXT,                       -- merge/alias: canonical name of the person to join
    target_hash TEXT,                  -- merge/alias: an appearance of that person, when the
    target_name TEXT,                  --   name alone is shared by several people
    created_at TEXT NOT NULL
);
CREATE INDEX curation_appearance ON curation(article_hash, name);

-- Full-text search. External content: the text lives once, in articles and quotes.
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='id');
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

-- Views that read well in Datasette: one row per fact, with names, title and evidence.
CREATE VIEW person_appearances AS
SELECT p.id AS person_id, p.name AS person, ap.name AS name_in_article, ap.present,
       ap.resolved_by, a.id AS article_id, a.title, a.date, e.name AS event
FROM appearances ap
JOIN people p ON p.id = ap.person_id
JOIN articles a ON a.id = ap.article_id
LEFT JOIN events e ON e.id = a.event_id;

CREATE VIEW person_sightings AS
SELECT p.id AS person_id, p.name AS person, s.place, s.doing, a.id AS article_id, a.title,
       a.date, e.name AS event,
       substr(a.text, s.sentence_start + 1, s.sentence_end - s.sentence_start) AS evidence
FROM sightings s
JOIN appearances ap ON ap.id = s.subject_id
JOIN people p ON p.id = ap.person_id
JOIN articles a ON a.id = s.article_id
LEFT JOIN events e ON e.id = a.event_id;

CREATE VIEW person_quotes AS
SELECT p.id AS person_id, p.name AS speaker, coalesce(pa.name, ad.name) AS addressee, q.text AS quote,
       a.id AS article_id, a.title, a.date, e.name AS event,
       substr(a.text, q.sentence_start + 1, q.sentence_end - q.sentence_start) AS evidence
FROM quotes q
JOIN appearances sp ON sp.id = q.speaker_id
JOIN people p ON p.id = sp.person_id
LEFT JOIN appearances ad ON ad.id = q.addressee_id
LEFT JOIN people pa ON pa.id = ad.person_id
JOIN articles a ON a.id = q.article_id
LEFT JOIN events e ON e.id = a.event_id;

CREATE VIEW person_interactions AS
SELECT coalesce(pa.name, x.name) AS a, coalesce(pb.name, y.name) AS b, i.kind,
       pa.id AS a_id, pb.id AS b_id, a.id AS article_id, a.title, a.date, e.name AS event,
       substr(a.text, i.sentence_start + 1, i.sentence_end - i.sentence_start) AS evidence
FROM interactions i
JOIN appearances x ON x.id = i.a_id
JOIN appearances y ON y.id = i.b_id
LEFT JOIN people pa ON pa.id = x.person_id
LEFT JOIN people pb ON pb.id = y.person_id
JOIN articles a ON a.id = i.article_id
LEFT JOIN events e ON e.id = a.event_id;

CREATE VIEW co_appearances AS
SELECT pa.id AS a_id, pa.name AS a, pb.id AS b_id, pb.name AS b,
       count(DISTINCT x.article_id) AS articles
FROM appearances x
JOIN appearances y ON y.article_id = x.article_id AND y.person_id > x.person_id
JOIN people pa ON pa.id = x.person_id
JOIN people pb ON pb.id = y.person_id
WHERE x.present AND y.present
GROUP BY x.person_id, y.person_id;
"""

# Written out here rather than shared with `counters.py`: a migration must do tomorrow what it
# did the day it shipped, whatever the code around it becomes.
PERSON_COUNTS = """
-- Per-person counters, so that the most-seen list is read off an index instead of counting
-- every appearance in the store (seconds at 100k articles). Kept by `counters.py` in the same
-- transaction as every write that changes what they count: a new article, an article removed
-- (ingest --force), a merge, split or alias. One row per person named in at least one article.
CREATE TABLE person_counts (
    person_id INTEGER PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
    articles INTEGER NOT NULL,         -- articles that name them
    present INTEGER NOT NULL,          -- articles that place them at the event
    sightings INTEGER NOT NULL,        -- sightings of them
    quotes INTEGER NOT NULL,           -- quotes they said
    first_date TEXT,                   -- earliest and latest `articles.date` of those articles
    last_date TEXT
);
INSERT INTO person_counts (person_id, articles, present, sightings, quotes, first_date, last_date)
SELECT ap.person_id, count(DISTINCT ap.article_id), count(DISTINCT CASE WHEN ap.present THEN ap.article_id END),
       (SELECT count(*) FROM appearances x JOIN sightings s ON s.subject_id = x.id WHERE x.person_id = ap.person_id),
       (SELECT count(*) FROM appearances x JOIN quotes q ON q.speaker_id = x.id WHERE x.person_id = ap.person_id),
       min(a.date), max(a.date)
FROM appearances ap JOIN articles a ON a.id = ap.article_id
WHERE ap.person_id IS NOT NULL
GROUP BY ap.person_id;
CREATE INDEX person_counts_rank ON person_counts(present DESC, articles DESC, person_id);

-- The people of some articles (people at an event or since a date, companions) come from the
-- index alone, without reading each appearance's row.
DROP INDEX appearances_article;
CREATE INDEX appearances_article ON appearances(article_id, present, person_id);
"""

MIGRATIONS: list[Migration] = [
    Migration(1, "initial schema", INITIAL),
    Migration(2, "per-person counters", PERSON_COUNTS),
]
SCHEMA_VERSION = MIGRATIONS[-1].version


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def connect(path: str | Path, *, create: bool = True) -> sqlite3.Connection:
    """Open (and, when `create`, make) the store at `path`, migrated to `SCHEMA_VERSION`.

    Raises `StoreNotFound` when the file is missing and `create` is false, and `StoreTooNew`
    when the file's schema is newer than this code.
    """
    path = Path(path)
    if not path.exists():
        if not create:
            raise StoreNotFound(f"no store at {path}")
        path.parent.mkdir(parents=True, exist_ok=True)
    # isolation_level=None: transactions are explicit (BEGIN IMMEDIATE … COMMIT), one per batch.
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=30)
    conn.row_factory = sqlite3.Row
    try:
        conn.execute("PRAGMA journal_mode = WAL")
    except sqlite3.DatabaseError as error:
        conn.close()
        raise NotAStore(f"{path} is not a spotted store: {error}") from error
    conn.execute("PRAGMA foreign_keys = ON")
    # NORMAL in WAL mode survives a killed process (only power loss can lose the last commit).
    conn.execute("PRAGMA synchronous = NORMAL")
    # Reads of a large store: map the file instead of copying pages through read(), and keep
    # more pages than the 2 MB default (an archive of 100k articles is over a gigabyte).
    conn.execute("PRAGMA mmap_size = 1073741824")
    conn.execute("PRAGMA cache_size = -65536")
    migrate(conn)
    return conn


def migrate(conn: sqlite3.Connection) -> int:
    """Apply the migrations this file has not had yet; returns the schema version."""
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    if current > SCHEMA_VERSION:
        raise StoreTooNew(f"this store has schema version {current}; this spotted knows up to {SCHEMA_VERSION}")
    for migration in MIGRATIONS:
        if migration.version <= current:
            continue
        log.info("migrating store to schema %d: %s", migration.version, migration.name)
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Another process may have applied it while this one waited for the write lock
            # (two commands started at once on a store an upgrade of spotted has not opened yet).
            if conn.execute("PRAGMA user_version").fetchone()[0] >= migration.version:
                conn.execute("COMMIT")
                continue
            conn.execute(
                "CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
            )
            for statement in split_statements(migration.sql):
                conn.execute(statement)
            conn.execute("INSERT INTO migrations VALUES (?, ?, ?)", (migration.version, migration.name, now()))
            conn.execute(f"PRAGMA user_version = {migration.version}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return SCHEMA_VERSION


def split_statements(sql: str) -> list[str]:
    """SQL script → statements, keeping trigger bodies (which contain `;`) whole.

    `executescript` would do this but commits on its own, and a migration must be one
    transaction with its bookkeeping.
    """
    statements, buffer = [], ""
    for line in sql.splitlines(keepends=True):
        if line.lstrip().startswith("--") and not buffer.strip():
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
