"""An article's text cut into pieces for display, each person mention and quote marked, like displaCy.

In: the text and `Mark`s (character spans into it). Out: a list of `Piece`s that, read in order,
give back the text exactly; a marked piece holds the pieces inside it, so a name inside a quote
is marked twice. A mark that crosses the edge of another is left out rather than break the text.
Templates render the pieces with escaping; nothing here produces HTML.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlencode

from spotted.store.records import ArticleDetail
from spotted.types import Extraction

# At equal spans the quote wraps the name.
NESTING = {"quote": 0, "person": 1, "group": 1}
MATCH = ("⟦", "⟧")  # how the store's search marks the matched words in a snippet


@dataclass
class Mark:
    start: int
    end: int
    kind: str  # "person", "group", "quote", or "match" (a search hit's words)
    url: str | None = None  # where the mark links to
    note: str | None = None  # shown on hover: why this name is that person, who said this
    tag: str | None = None  # shown after the text: the canonical name when the text differs, the speaker


@dataclass
class Piece:
    text: str = ""  # plain text; empty for a marked piece
    mark: Mark | None = None
    inside: list[Piece] = field(default_factory=list)  # a marked piece's content


def layout(text: str, marks: list[Mark]) -> list[Piece]:
    """`text` as pieces, every well-formed mark applied (see the module doc)."""
    valid = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    return pieces(text, 0, len(text), nest(valid))


Nested = tuple[Mark, list]  # a mark and the marks inside it


def nest(marks: list[Mark]) -> list[Nested]:
    top: list[Nested] = []
    open_marks: list[Nested] = []
    for mark in sorted(marks, key=lambda m: (m.start, -m.end, NESTING.get(m.kind, 2))):
        while open_marks and mark.start >= open_marks[-1][0].end:
            open_marks.pop()
        if open_marks and mark.end > open_marks[-1][0].end:
            continue  # crosses the mark it starts in
        node: Nested = (mark, [])
        (open_marks[-1][1] if open_marks else top).append(node)
        open_marks.append(node)
    return top


def pieces(text: str, start: int, end: int, nested: list[Nested]) -> list[Piece]:
    result: list[Piece] = []
    cursor = start
    for mark, inner in nested:
        if mark.start > cursor:
            result.append(Piece(text[cursor : mark.start]))
        result.append(Piece(mark=mark, inside=pieces(text, mark.start, mark.end, inner)))
        cursor = mark.end
    if cursor < end:
        result.append(Piece(text[cursor:end]))
    return result


def name_mark(text: str, start: int, end: int, kind: str, name: str, url: str | None, note: str | None) -> Mark:
    """A mention of `name`; its tag repeats the name only where the text says it otherwise ("Nova")."""
    return Mark(start, end, kind, url, note, None if text[start:end] == name else name)


def quote_mark(start: int, end: int, speaker: str | None, addressee: str | None, url: str | None, cue: str | None = None) -> Mark:
    who = speaker or "speaker unknown"
    note = who + (f" to {addressee}" if addressee else "") + (f" ({cue})" if cue else "")
    return Mark(start, end, "quote", url, note, who)


def stored_marks(article: ArticleDetail) -> list[Mark]:
    """Marks for a stored article: mentions link to their person's page; quotes name their speaker."""
    marks = []
    for person in article.people:
        url = f"/people/{person.person_id}" if person.person_id is not None else None
        name = person.person or person.name
        note = f"{name}: {person.resolved_by}" if person.resolved_by else name
        marks += [name_mark(article.text, m.start, m.end, person.kind, name, url, note) for m in person.mentions]
    for quote in article.quotes:
        url = f"/people/{quote.speaker_id}" if quote.speaker_id is not None else None
        marks.append(quote_mark(quote.evidence.start, quote.evidence.end, quote.speaker, quote.addressee, url))
    return marks


def extraction_marks(extraction: Extraction) -> list[Mark]:
    """Marks for an article extracted on the fly: names link to a search of the store."""
    text = extraction.text
    marks = []
    for person in extraction.people:
        url = "/search?" + urlencode({"q": person.name})
        note = "; ".join(person.why) or person.name
        marks += [name_mark(text, m.start, m.end, "person", person.name, url, note) for m in person.mentions]
    for group in extraction.groups:
        marks += [name_mark(text, m.start, m.end, "group", group.name, None, group.name) for m in group.mentions]
    for quote in extraction.quotes:
        marks.append(quote_mark(quote.start, quote.end, quote.speaker, quote.addressee, None, quote.cue))
    return marks


def snippet_pieces(snippet: str) -> list[Piece]:
    """A search snippet as pieces, its matched words (between ⟦ and ⟧) marked."""
    left, right = MATCH
    plain = snippet.replace(left, "").replace(right, "")
    marks: list[Mark] = []
    start: int | None = None
    removed = 0
    for index, char in enumerate(snippet):
        if char in MATCH:
            if char == left:
                start = index - removed
            elif start is not None:
                marks.append(Mark(start, index - removed, "match"))
                start = None
            removed += 1
    return layout(plain, marks)
