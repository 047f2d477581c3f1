"""Stage 2, clean: raw article text → repaired text, with a map back to raw offsets.

In: raw text as scraped. Out: `CleanText` — the text with mojibake repaired (ftfy), HTML
entities decoded, including numeric ones that lost their ampersand ("Maren#233;"), odd spaces
made plain and trailing blanks dropped; a list of what was fixed and why; and `to_raw(offset)`
to find any offset of the cleaned text in the raw one. Lines are never merged or split, so a
paragraph in the raw text is a paragraph in the clean one.
"""

from __future__ import annotations

import difflib
import html
import re
from dataclasses import dataclass, field

import ftfy

# "#233;" or "&#233" (no semicolon) — a numeric entity that lost part of itself in scraping.
BROKEN_NUMERIC_ENTITY = re.compile(r"(?:(?<![&\d])#(\d{2,6});|&#(\d{2,6})(?![\d;]))")
BROKEN_HEX_ENTITY = re.compile(r"(?<![&\d])#[xX]([0-9a-fA-F]{2,6});")
ODD_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]")
ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
RUNS_OF_SPACES = re.compile(r" {2,}")
# A caption glued to the next headline when the markup between them was dropped: "Ross LynchMTV
# Movie". A capitalised word, then an acronym of two or more capitals ending the word; names like
# "McDonald" or "LeBron" (one capital inside) and stylised ones ("bbyVEX") are left alone.
GLUED_ACRONYM = re.compile(r"\b([A-Z][a-z]{2,})([A-Z]{2,})\b")


@dataclass
class CleanText:
    text: str
    raw: str
    fixes: list[str] = field(default_factory=list)
    raw_offsets: list[int] = field(default_factory=list, repr=False)

    def to_raw(self, offset: int) -> int:
        """The raw-text offset of a cleaned-text offset (end offsets map to ends)."""
        return self.raw_offsets[offset]


def decode_entity(number: str, base: int) -> str | None:
    try:
        char = chr(int(number, base))
    except (ValueError, OverflowError):
        return None
    # Only letters and the marks news text escapes: "#1;" in a hashtag list stays as it is.
    if int(number, base) < 128 and char not in "&'\"<>":
        return None
    return char if char.isprintable() else None


def repair_broken_entities(line: str) -> str:
    def numeric(match: re.Match) -> str:
        return decode_entity(match.group(1) or match.group(2), 10) or match.group(0)

    def hexadecimal(match: re.Match) -> str:
        return decode_entity(match.group(1), 16) or match.group(0)

    return BROKEN_HEX_ENTITY.sub(hexadecimal, BROKEN_NUMERIC_ENTITY.sub(numeric, line))


def clean_line(line: str, fixes: list[str]) -> str:
    fixed, explanation = ftfy.fix_and_explain(line, unescape_html=False, normalization="NFC")
    if fixed != line and explanation:
        fixes.append(f"ftfy: {', '.join(step[0] if isinstance(step, tuple) else str(step) for step in explanation)}")
    unescaped = repair_broken_entities(html.unescape(fixed))
    if unescaped != fixed:
        fixes.append(f"HTML entities decoded in: {line.strip()[:60]!r}")
    spaced = RUNS_OF_SPACES.sub(" ", ODD_SPACES.sub(" ", ZERO_WIDTH.sub("", unescaped)))
    unglued = GLUED_ACRONYM.sub(r"\1 \2", spaced)
    if unglued != spaced:
        fixes.append(f"glued words split in: {line.strip()[:60]!r}")
    return unglued.rstrip()


def align(raw: str, clean: str, raw_start: int) -> list[int]:
    """For each offset of `clean` (and its end), the matching offset in the raw text."""
    if raw == clean:
        return [raw_start + i for i in range(len(clean) + 1)]
    offsets: list[int] = []
    matcher = difflib.SequenceMatcher(None, raw, clean, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        for j in range(j1, j2):
            offsets.append(raw_start + (i1 + (j - j1) if tag == "equal" else i1))
    offsets.append(raw_start + len(raw))
    return offsets


def clean(raw: str) -> CleanText:
    """Repair a raw article text; see the module docstring."""
    fixes: list[str] = []
    lines: list[str] = []
    offsets: list[int] = []
    position = previous_end = 0
    for raw_line in raw.split("\n"):
        line = raw_line.rstrip("\r")
        cleaned = clean_line(line, fixes)
        if lines:
            offsets.append(previous_end)  # the newline: maps to the end of the line before it
        offsets.extend(align(line, cleaned, position)[:-1])
        lines.append(cleaned)
        previous_end = position + len(line)
        position += len(raw_line) + 1
    text = "\n".join(lines)
    offsets.append(previous_end)
    return CleanText(text=text, raw=raw, fixes=list(dict.fromkeys(fixes)), raw_offsets=offsets)
