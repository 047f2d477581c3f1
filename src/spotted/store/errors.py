"""Errors the store raises, each with a code and a line saying what to do.

They subclass `spotted.errors.SpottedError`; codes S1xx belong to the store.
"""

from __future__ import annotations

from spotted.errors import SpottedError


class StoreNotFound(SpottedError):
    """A query was asked of a database file that does not exist."""

    code = "S101"
    remedy = "run `spotted ingest PATH...` first, or pass --db / set SPOTTED_DB to an existing store"


class NotAStore(SpottedError):
    """The file exists but is not a SQLite database."""

    code = "S109"
    remedy = "pass --db / set SPOTTED_DB to a store made by `spotted ingest`, or to a new file name"


class StoreTooNew(SpottedError):
    """The file was written by a newer spotted, with a schema this one does not know."""

    code = "S102"
    remedy = "upgrade spotted (pip install -U spotted)"


class PersonNotFound(SpottedError):
    code = "S103"
    remedy = "`spotted people` lists the people in the store; a person can also be named by id, e.g. #12"


class AmbiguousPerson(SpottedError):
    """A name that several people in the store share; `candidates` holds them."""

    code = "S104"
    remedy = "name the person by id instead, e.g. #12 (ids are listed above and by `spotted people`)"

    def __init__(self, message: str, candidates: list):
        super().__init__(message)
        self.candidates = candidates


class EventNotFound(SpottedError):
    code = "S105"
    remedy = "`spotted people --json` and the `events` table list the events in the store"


class ArticleNotFound(SpottedError):
    code = "S106"
    remedy = "article ids are in the `articles` table and in the output of `spotted person NAME`"


class ExportFormatUnknown(SpottedError):
    code = "S107"
    remedy = "choose one of: jsonl, csv, parquet, graphml"


class AmbiguousEvent(SpottedError):
    """Words that match several events; `candidates` holds them."""

    code = "S108"
    remedy = "add the year or more of the name, or name the event by id, e.g. #3"

    def __init__(self, message: str, candidates: list):
        super().__init__(message)
        self.candidates = candidates
