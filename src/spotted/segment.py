"""Stage 3, segment: cleaned text → paragraphs, list items and sentences.

In: the cleaned article text. Out: `Block` records (title, paragraph or list item, with their
character spans and list marker), and — as a spaCy component that runs before the parser —
sentence starts forced at every block boundary, so no sentence ever runs across two paragraphs
or two list items. A list item is a unit of meaning: later stages carry a subject over from one
item to the next only within the same list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

LIST_MARKER = re.compile(r"^\s*(?:[»•*\-–—·▪►●]|\d{1,3}[.)])\s+")


def text_of(doc: Doc) -> str:
    """The document's text, built once: spaCy joins every token's text each time `doc.text` is
    read, which made rules that read it per name quadratic on long articles."""
    text = doc.user_data.get("spotted_text")
    if text is None:
        text = doc.user_data["spotted_text"] = doc.text
    return text


# Page furniture a scrape keeps: links to other stories, embedded-post chrome, ad slots. Not
# story text: a name there ("RELATED: Dana Whitlock Reveals Her Wedding Plans", "A post shared
# by X (@x)") is not placed at the occasion.
FURNITURE = re.compile(
    r"^(?:(?:RELATED|READ MORE|SEE ALSO|MORE|WATCH|RECOMMENDED|TRENDING|ALSO READ)\b[^:|]{0,20}[:|]"
    r"|(?i:related(?: stories| story| articles?)?\s*[:|]|read more\s*[:|]|see also\s*[:|]|also read\s*[:|]"
    r"|view this post on instagram$|a post shared by\b|advertisement$|click to skip ad$|story continues below"
    r"|sign up for\b|subscribe to\b))"
)


@dataclass
class Block:
    kind: str  # "title", "paragraph", "item" or "furniture"
    start: int  # span of the content, marker excluded
    end: int
    marker: str | None = None

    def contains(self, offset: int) -> bool:
        return self.start <= offset < self.end


TERMINAL = tuple('.!?:;"”’)]')


def soft_wraps(text: str) -> set[int]:
    """Offsets of the line breaks that only wrap a long line ("…around mid-afternoon, the⏎
    Park City ski lifts shut down"): the line before is long and unfinished, or the next line
    goes on in lower case. Headlines, list items and finished lines end hard."""
    soft: set[int] = set()
    offset = 0
    lines = text.split("\n")
    if not is_hard_wrapped(lines):
        return soft
    for line, following in zip(lines, lines[1:]):
        offset += len(line)
        before, after = line.rstrip(), following.lstrip()
        if before and after and not LIST_MARKER.match(following):
            unfinished = len(before) >= 40 and not before.endswith(TERMINAL)
            if unfinished or (after[0].islower() and not before.endswith((".", "!", "?"))):
                soft.add(offset)
        offset += 1
    return soft


def is_hard_wrapped(lines: list[str]) -> bool:
    """A text broken into short lines of about the same width, some of them mid-sentence (an
    unfinished line followed by a lower-case one) — not one paragraph to a line."""
    filled = [line.strip() for line in lines if line.strip()]
    if len(filled) < 4 or sum(len(line) <= 100 for line in filled) < 0.8 * len(filled):
        return False
    return any(
        len(before) >= 40 and not before.endswith(TERMINAL) and after[:1].islower()
        for before, after in zip(filled, filled[1:])
    )


def split_blocks(text: str, title: str | None = None) -> list[Block]:
    """Every non-blank line is a block — or run of lines joined by soft wraps; lines opening
    with a list marker are list items, page furniture lines (`FURNITURE`) are marked so.

    The first line is marked as the title when it repeats the header title (the dev sets and
    many scrapes put the headline both in the header and as the body's first line).
    """
    blocks: list[Block] = []
    offset = 0
    wraps = soft_wraps(text)
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped and blocks and offset - 1 in wraps:
            blocks[-1].end = offset + len(line.rstrip())  # the line goes on from the one before
        elif stripped:
            start = offset + (len(line) - len(line.lstrip()))
            marker = LIST_MARKER.match(line)
            if marker:
                blocks.append(Block("item", offset + marker.end(), offset + len(line.rstrip()), marker.group(0).strip()))
            else:
                kind = "furniture" if FURNITURE.match(stripped) else "paragraph"
                blocks.append(Block(kind, start, offset + len(line.rstrip())))
        offset += len(line) + 1
    if blocks and title and text[blocks[0].start : blocks[0].end].strip() == title.strip():
        blocks[0].kind = "title"
    return blocks


def headline(text: str) -> str | None:
    """The article's first line when it reads as a headline: short, no closing punctuation,
    followed by a blank line ("Darius Vale, Lady Nova, … Spotted Backstage At The SMAs")."""
    lines = text.lstrip("\n").split("\n")
    first = lines[0].strip()
    followed_by_blank = len(lines) > 1 and not lines[1].strip()
    if first and followed_by_blank and len(first.split()) <= 20 and first[-1] not in '.!?"”:;,':
        return first
    return None


@Language.component("spotted_blocks")
def mark_block_boundaries(doc: Doc) -> Doc:
    """Force a sentence start after each line break, and none right after it.

    The parser then cannot glue a headline to the next paragraph, or one list item to the next;
    and with the start forced it no longer cuts a block's first word off on its own ("Marisol |
    Vance was spotted…"), which also cost the entity recognizer the name.
    """
    wraps = soft_wraps(doc.text)
    for token in doc[1:]:
        previous = doc[token.i - 1]
        newline = previous.idx + previous.text.find("\n") if "\n" in previous.text else previous.idx + len(previous.text)
        if ("\n" in previous.text or "\n" in previous.whitespace_) and newline not in wraps:
            token.is_sent_start = True
            following = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if following is not None and not following.is_space and "\n" not in token.whitespace_:
                following.is_sent_start = False
    return doc


def block_of(blocks: list[Block], offset: int) -> Block | None:
    return next((block for block in blocks if block.start <= offset < block.end + 1), None)


@dataclass
class Quoted:
    """A double-quoted passage: `start`/`end` span the words inside the marks."""

    start: int
    end: int
    closed: bool  # False when the mark was never closed and the passage ends with its block

    @property
    def outer_start(self) -> int:
        return self.start - 1

    @property
    def outer_end(self) -> int:
        return self.end + 1 if self.closed else self.end


OPENING_MARKS = "\u201c\u201e\u00ab"
CLOSING_MARKS = "\u201d\u00bb"
# A straight mark after white space or one of OPENS_AFTER opens a quotation; one before white
# space or one of CLOSES_BEFORE closes it.
OPENS_AFTER = "([{\u2014\u2013"
CLOSES_BEFORE = ".,;:!?)]}\u2014\u2013"


def find_quoted(text: str, blocks: list[Block]) -> list[Quoted]:
    """Double-quoted passages, block by block.

    Curly marks say their direction; a straight mark takes it from the characters around it
    (`said "Hi` opens, `Hi," she` closes), and only a mark with no telling context alternates.
    An opening mark inside an open passage ends that passage there: news style reopens a
    continuing quotation at each new sentence or paragraph without closing the one before. A
    mark left open is closed at the end of its block.
    """
    passages: list[Quoted] = []
    for block in blocks:
        open_at: int | None = None
        for index in range(block.start, block.end):
            direction = mark_direction(text, index, block)
            if direction == "either":
                direction = "close" if open_at is not None else "open"
            if direction == "open":
                if open_at is not None:
                    passages.append(Quoted(open_at + 1, index, closed=False))
                open_at = index
            elif direction == "close" and open_at is not None:  # a stray closing mark is ignored
                passages.append(Quoted(open_at + 1, index, closed=True))
                open_at = None
        if open_at is not None:
            passages.append(Quoted(open_at + 1, block.end, closed=False))
    return [trimmed for passage in passages if (trimmed := trim(text, passage))]


def mark_direction(text: str, index: int, block: Block) -> str | None:
    """ "open", "close" or "either" for a double quotation mark at `index`; None for other characters."""
    char = text[index]
    if char in OPENING_MARKS:
        return "open"
    if char in CLOSING_MARKS:
        return "close"
    if char != '"':
        return None
    before = text[index - 1] if index > block.start else " "
    after = text[index + 1] if index + 1 < block.end else " "
    opens = before.isspace() or before in OPENS_AFTER
    closes = after.isspace() or after in CLOSES_BEFORE
    if opens != closes:
        return "open" if opens else "close"
    return "either"


def trim(text: str, passage: Quoted) -> Quoted | None:
    content = text[passage.start : passage.end]
    if not content.strip():
        return None
    left = len(content) - len(content.lstrip())
    right = len(content) - len(content.rstrip())
    return Quoted(passage.start + left, passage.end - right, passage.closed)
