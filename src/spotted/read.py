"""Stage 1, read: files on disk → `SourceArticle` records.

In: paths (files, folders searched recursively, glob patterns) to `.txt`, `.html`/`.htm`,
`.jsonl` or `.jsonl.gz` files. Out: `SourceArticle` (raw text plus title, URL and publication
date when known). A text file may start with a header block of `Title:`, `URL:`, `Date:` lines
ended by a `---` line. HTML is reduced to its main text with trafilatura.

A file that cannot be read yields a `ReadFailure` naming it and saying why; the rest go on.
"""

from __future__ import annotations

import glob
import gzip
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from spotted.errors import UnknownFormat, UnreadableArticle
from spotted.types import SourceArticle

TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
KNOWN_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES

HEADER_LINE = re.compile(r"^(Title|URL|Date|Published|Source)\s*:\s*(.*)$", re.IGNORECASE)
HEADER_KEYS = {"title": "title", "url": "url", "date": "published", "published": "published"}


@dataclass
class ReadFailure:
    """A file (or one line of a JSONL file) that could not be read, and why."""

    source: str
    reason: str


def split_header(text: str) -> tuple[dict[str, str], str]:
    """Split an optional `Key: value` header block ended by `---` from the body.

    Returns the header fields (title, url, published) and the body. Text without such a
    block comes back unchanged with no fields.
    """
    lines = text.split("\n")
    fields: dict[str, str] = {}
    for index, line in enumerate(lines[:12]):
        if line.strip() == "---":
            if not fields:
                return {}, text
            return fields, "\n".join(lines[index + 1 :])
        match = HEADER_LINE.match(line.strip())
        if not match:
            return {}, text
        key = HEADER_KEYS.get(match.group(1).lower())
        if key and match.group(2).strip():
            fields[key] = match.group(2).strip()
    return {}, text


def html_to_text(html: str) -> tuple[str, dict[str, str]]:
    """Main text and metadata (title, url, published) of an HTML page, via trafilatura."""
    import trafilatura

    result = trafilatura.bare_extraction(html, include_comments=False, with_metadata=True)
    if result is None:
        raise UnreadableArticle("no article text found in the HTML")
    data = result if isinstance(result, dict) else result.as_dict()
    text = data.get("text") or ""
    if not text.strip():
        raise UnreadableArticle("no article text found in the HTML")
    meta = {"title": data.get("title"), "url": data.get("url"), "published": data.get("date")}
    return text, {k: v for k, v in meta.items() if v}


def article_from_text(text: str, source: str | None = None) -> SourceArticle:
    """A plain-text article, with its header block (if any) turned into fields."""
    fields, body = split_header(text)
    return SourceArticle(raw=body, source=source, **fields)


def article_from_html(html: str, source: str | None = None) -> SourceArticle:
    text, meta = html_to_text(html)
    return SourceArticle(raw=text, source=source, **meta)


def article_from_record(record: dict, source: str) -> SourceArticle:
    """One JSONL record: `text` or `html`, optional `title`, `url`, `published`, `id`."""
    if not isinstance(record, dict):
        raise UnreadableArticle("a JSONL line must be an object")
    if isinstance(record.get("text"), str) and record["text"].strip():
        article = article_from_text(record["text"], source)
    elif isinstance(record.get("html"), str) and record["html"].strip():
        article = article_from_html(record["html"], source)
    else:
        raise UnreadableArticle("the record has neither 'text' nor 'html'")
    for key in ("title", "url", "published"):
        if record.get(key):
            setattr(article, key, str(record[key]))
    if record.get("id") is not None:
        article.id = str(record["id"])
    return article


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path | ReadFailure]:
    """Files named by paths, folders (recursive, known suffixes only) and glob patterns."""
    for item in paths:
        path = Path(item)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and has_known_suffix(p))
        elif path.exists():
            yield path
        elif any(ch in str(item) for ch in "*?["):
            matches = sorted(Path(p) for p in glob.glob(str(item), recursive=True))
            files = [p for p in matches if p.is_file()]
            if not files:
                yield ReadFailure(str(item), "the pattern matches no file")
            yield from files
        else:
            yield ReadFailure(str(item), "no such file or folder")


def has_known_suffix(path: Path) -> bool:
    return path.name.lower().endswith(KNOWN_SUFFIXES)


def read_file(path: Path) -> Iterator[SourceArticle | ReadFailure]:
    """Articles in one file; a failure of the file (or of one JSONL line) is yielded, not raised."""
    name = path.name.lower()
    try:
        if name.endswith(JSONL_SUFFIXES):
            yield from read_jsonl(path)
        elif name.endswith(HTML_SUFFIXES):
            yield article_from_html(decode(path.read_bytes(), path), str(path))
        elif name.endswith(TEXT_SUFFIXES):
            yield article_from_text(decode(path.read_bytes(), path), str(path))
        else:
            raise UnknownFormat(f"unknown file type '{path.suffix or path.name}'")
    except UnreadableArticle as error:
        yield ReadFailure(str(path), str(error))
    except (OSError, EOFError, gzip.BadGzipFile) as error:
        yield ReadFailure(str(path), f"cannot read the file: {error}")


def read_jsonl(path: Path) -> Iterator[SourceArticle | ReadFailure]:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            source = f"{path}:{number}"
            try:
                yield article_from_record(json.loads(line), source)
            except json.JSONDecodeError as error:
                yield ReadFailure(source, f"not valid JSON: {error.msg}")
            except UnreadableArticle as error:
                yield ReadFailure(source, str(error))


def decode(data: bytes, path: Path) -> str:
    """Bytes to text: UTF-8 when it is, else cp1252 (what scraped Western news mostly is)."""
    if b"\x00" in data[:4096]:
        raise UnreadableArticle("binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    if not text.strip():
        raise UnreadableArticle("the file is empty")
    return text


def read_paths(paths: Iterable[str | Path]) -> Iterator[SourceArticle | ReadFailure]:
    """Every article under the given paths, in a stable order, with failures in line."""
    for item in expand_paths(paths):
        if isinstance(item, ReadFailure):
            yield item
        else:
            yield from read_file(item)
