"""The knowledge base: an archive of articles in one SQLite file, one identity per person.

    >>> from spotted.store import Store
    >>> with Store("spotted.db") as store:
    ...     report = store.ingest(["articles/"])
    ...     store.timeline("Lady Nova").entries[0].sightings

`Store` is the one door: the CLI and the web app call its methods, and only this package
speaks SQL. Writing: `ingest` (files → extraction → rows), `add` (extractions already made).
Curation: `merge`, `split`, `alias_add`. Questions: `people`, `people_like`, `timeline`, `companions`,
`event`, `events`, `recent_events`, `quotes`, `search`, `article`. Export: `export`. Schema and views: README.md here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import IO

from spotted.aliases import AliasTable, load_aliases
from spotted.errors import (
    AmbiguousEvent,
    AmbiguousPerson,
    ArticleNotFound,
    EventNotFound,
    ExportFormatUnknown,
    NotAStore,
    PersonNotFound,
    StoreNotFound,
    StoreTooNew,
)
from spotted.store import export as exporting
from spotted.store import identity, queries
from spotted.store.identity import CurationResult, PersonRef, Resolver
from spotted.store.ingest import IngestReport, Progress, count_inputs, ingest
from spotted.store.records import (
    Alias,
    ArticleDetail,
    Companion,
    EventSummary,
    PersonSummary,
    Quote,
    Roundup,
    SearchHit,
    Timeline,
)
from spotted.store.schema import SCHEMA_VERSION, connect
from spotted.store.write import write_batch
from spotted.types import Extraction, SourceArticle

DEFAULT_DB = "spotted.db"

__all__ = [
    "Store", "DEFAULT_DB", "SCHEMA_VERSION", "IngestReport", "CurationResult", "PersonRef", "count_inputs",
    "StoreNotFound", "NotAStore", "StoreTooNew", "PersonNotFound", "AmbiguousPerson", "EventNotFound", "AmbiguousEvent",
    "ArticleNotFound", "ExportFormatUnknown",
]


class Store:
    """One SQLite store. Open with `create=False` to read a store that must already exist, and
    with `readonly=True` (implies `create=False`) to refuse every write, curation included.

    A `Store` holds one connection; use one per thread (it may be handed between threads,
    not shared by two at once).
    """

    def __init__(
        self, path: str | Path = DEFAULT_DB, *, create: bool = True, readonly: bool = False, aliases: AliasTable | None = None
    ):
        self.path = Path(path)
        self.conn: sqlite3.Connection = connect(self.path, create=create and not readonly)
        if readonly:
            self.conn.execute("PRAGMA query_only = ON")
        self._aliases = aliases

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def resolver(self) -> Resolver:
        return Resolver(self.conn, self._aliases if self._aliases is not None else load_aliases())

    # -- writing --------------------------------------------------------------------------------

    def ingest(
        self,
        paths: Iterable[str | Path],
        *,
        model: str | None = None,
        batch_size: int = 32,
        force: bool = False,
        progress: Progress | None = None,
    ) -> IngestReport:
        """Read, extract and store every article under `paths` (see `spotted.store.ingest`)."""
        return ingest(self.conn, self.resolver, paths, model=model, batch_size=batch_size, force=force, progress=progress)

    def add(self, pairs: Iterable[tuple[SourceArticle, Extraction]], *, replace: bool = False) -> list[int | None]:
        """Store extractions already made, in one transaction; new article ids (None: already stored)."""
        return write_batch(self.conn, self.resolver, pairs, replace=replace)

    # -- curation -------------------------------------------------------------------------------

    def _curate(self, action, *args) -> CurationResult:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            result = action(self.conn, *args)
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        return result

    def merge(self, source: str, target: str) -> CurationResult:
        """`source` and `target` (names, aliases or #ids) are one person; `target`'s name stays."""
        return self._curate(identity.merge, source, target)

    def split(self, name: str, article_id: int) -> CurationResult:
        """The `name` in article `article_id` is someone else: a person of its own."""
        return self._curate(identity.split, name, article_id)

    def alias_add(self, alias: str, name: str) -> CurationResult:
        """`alias` names the person `name` names, in stored articles and in later ones."""
        return self._curate(identity.alias_add, alias, name)

    def aliases(self, ref: str) -> list[Alias]:
        """Every alias the store knows for a person, with where each comes from."""
        return queries.aliases_of(self.conn, identity.find_person(self.conn, ref).id)

    def find_person(self, ref: str) -> PersonRef:
        return identity.find_person(self.conn, ref)

    # -- questions ------------------------------------------------------------------------------

    def people(self, *, event: str | None = None, since: str | None = None, limit: int | None = 50) -> list[PersonSummary]:
        """Most seen first; `event` and `since` count only the articles they keep."""
        return queries.people(self.conn, event=event, since=since, limit=limit)

    def people_like(self, text: str, *, limit: int = 10) -> list[PersonSummary]:
        """People whose name or a stated alias contains the words of `text` (a search box)."""
        return queries.people_like(self.conn, text, limit=limit)

    def timeline(self, ref: str, *, limit: int | None = 50) -> Timeline:
        return queries.timeline(self.conn, ref, limit=limit)

    def companions(self, ref: str, *, limit: int | None = 20) -> list[Companion]:
        return queries.companions(self.conn, ref, limit=limit)

    def event(self, query: str, *, limit: int | None = 100) -> Roundup:
        return queries.event(self.conn, query, limit=limit)

    def events(self, query: str = "") -> list[EventSummary]:
        return queries.find_events(self.conn, query)

    def recent_events(self, *, limit: int = 10) -> list[EventSummary]:
        """Events, latest date first (undated ones last, newest first): what a home page lists."""
        return queries.recent_events(self.conn, limit=limit)

    def quotes(self, ref: str | None = None, *, limit: int | None = 50) -> list[Quote]:
        return queries.quotes(self.conn, ref, limit=limit)

    def search(self, text: str, *, limit: int = 20) -> list[SearchHit]:
        return queries.search(self.conn, text, limit=limit)

    def article(self, article_id: int) -> ArticleDetail:
        return queries.article(self.conn, article_id)

    def counts(self) -> dict[str, int]:
        return queries.counts(self.conn)

    # -- export ---------------------------------------------------------------------------------

    def export(self, fmt: str, out: str | Path | IO) -> list[Path]:
        return exporting.export(self.conn, fmt, out)
