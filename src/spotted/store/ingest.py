"""Ingest: files on disk → extracted → stored, batch by batch, safe to stop and run again.

In: paths (files, folders, globs; .txt, .html, .jsonl, .jsonl.gz — whatever `spotted.read`
reads). Out: an `IngestReport` (articles read, stored, skipped as already stored, and the
inputs that could not be read, with why).

An article whose content hash or URL is already stored is skipped before extraction, so a
re-run costs only reading. Articles are extracted in batches through `nlp.pipe`
(`pipeline.extract_many`) and each batch is written in one transaction: killing the process
loses at most the batch in flight, and the next run does exactly that batch again.
"""

from __future__ import annotations

import gzip
import logging
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

from spotted.read import JSONL_SUFFIXES, ReadFailure, expand_paths, read_paths
from spotted.store.identity import Resolver
from spotted.store.write import contains, write_batch
from spotted.types import Extraction, SourceArticle

log = logging.getLogger(__name__)

Progress = Callable[[str], None]  # called once per article with "stored", "skipped" or "failed"


@dataclass
class IngestReport:
    read: int = 0  # articles read from the inputs
    stored: int = 0
    skipped: int = 0  # already in the store (same content hash or URL), or twice in the inputs
    failed: list[ReadFailure] = field(default_factory=list)  # unreadable, or the extractor failed on it
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failed

    def to_dict(self) -> dict:
        return {
            "read": self.read,
            "stored": self.stored,
            "skipped": self.skipped,
            "failed": [{"source": f.source, "reason": f.reason} for f in self.failed],
            "seconds": round(self.seconds, 3),
        }


def count_inputs(paths: Iterable[str | Path]) -> int:
    """About how many articles `paths` hold (lines of JSONL files, one per other file), for an ETA."""
    total = 0
    for item in expand_paths(paths):
        if isinstance(item, ReadFailure):
            continue
        if item.name.lower().endswith(JSONL_SUFFIXES):
            opener = gzip.open if item.name.lower().endswith(".gz") else open
            try:
                with opener(item, "rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            except (OSError, EOFError):
                total += 1  # unreadable: it will be reported as one failure
        else:
            total += 1
    return total


def ingest(
    conn: sqlite3.Connection,
    resolver: Resolver,
    paths: Iterable[str | Path],
    *,
    model: str | None = None,
    batch_size: int = 32,
    force: bool = False,
    progress: Progress | None = None,
) -> IngestReport:
    """Read, extract and store every article under `paths`; see the module doc.

    `force` extracts and stores again articles already in the store (after the extractor
    improved); curation is re-applied to them.
    """
    report = IngestReport()
    began = time.perf_counter()
    tell = progress or (lambda outcome: None)
    fresh = new_articles(conn, read_paths(paths), report, tell, force)
    first = next(fresh, None)
    if first is not None:  # when everything is already stored, spaCy is not even loaded
        extract_and_store(conn, resolver, chain([first], fresh), report, tell, model, batch_size, force)
    report.seconds = time.perf_counter() - began
    log.info("ingest: %d read, %d stored, %d skipped, %d failed", report.read, report.stored, report.skipped, len(report.failed))
    return report


def extract_and_store(
    conn: sqlite3.Connection,
    resolver: Resolver,
    articles: Iterable[SourceArticle],
    report: IngestReport,
    tell: Progress,
    model: str | None,
    batch_size: int,
    force: bool,
) -> None:
    from spotted.pipeline import extract_many  # loads spaCy

    def failed(article: SourceArticle, error: Exception) -> None:
        log.info("cannot extract %s: %s", article.source or article.url, error)
        report.failed.append(ReadFailure(article.source or article.url or article.content_hash[:12], f"extraction failed: {error}"))
        tell("failed")

    batch: list[tuple[SourceArticle, Extraction]] = []
    for pair in extract_many(articles, model=model, batch_size=batch_size, on_error=failed):
        batch.append(pair)
        if len(batch) >= batch_size:
            store_batch(conn, resolver, batch, report, tell, force)
            batch = []
    if batch:
        store_batch(conn, resolver, batch, report, tell, force)


def new_articles(
    conn: sqlite3.Connection, items: Iterable[SourceArticle | ReadFailure], report: IngestReport, tell: Progress, force: bool
) -> Iterator[SourceArticle]:
    """The articles that need extracting: not stored yet (or all, with `force`), each once."""
    seen: set[str] = set()
    for item in items:
        if isinstance(item, ReadFailure):
            log.info("cannot read %s: %s", item.source, item.reason)
            report.failed.append(item)
            tell("failed")
            continue
        report.read += 1
        keys = {item.content_hash} | ({item.url} if item.url else set())
        if keys & seen or (not force and contains(conn, item.content_hash, item.url)):
            report.skipped += 1
            tell("skipped")
            continue
        seen |= keys
        yield item


def store_batch(
    conn: sqlite3.Connection,
    resolver: Resolver,
    batch: list[tuple[SourceArticle, Extraction]],
    report: IngestReport,
    tell: Progress,
    force: bool,
) -> None:
    for article_id in write_batch(conn, resolver, batch, replace=force):
        if article_id is None:
            report.skipped += 1
            tell("skipped")
        else:
            report.stored += 1
            tell("stored")
