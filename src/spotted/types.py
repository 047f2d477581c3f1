"""Records that flow through the pipeline and out of it.

`SourceArticle` goes in (from `read`); `Extraction` comes out (from `pipeline.extract`).
Every fact carries `start`/`end` character offsets into `Extraction.text`, the cleaned text.
`Extraction.to_dict()` is the JSON contract printed by `spotted extract --json`.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class SourceArticle:
    """One article as read from disk or a feed, before cleaning."""

    raw: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    source: str | None = None  # file name (and line) it came from, for error messages
    id: str | None = None  # caller's id, if any

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.raw.encode("utf-8")).hexdigest()


@dataclass
class Mention:
    text: str
    start: int
    end: int


@dataclass
class Person:
    name: str
    mentions: list[Mention] = field(default_factory=list)
    present: bool = False
    why: list[str] = field(default_factory=list)  # how mentions were tied to this name


@dataclass
class Group:
    name: str
    mentions: list[Mention] = field(default_factory=list)
    present: bool = False


@dataclass
class Sighting:
    person: str
    where: str | None
    doing: str | None
    start: int
    end: int


@dataclass
class Interaction:
    a: str
    b: str
    kind: str
    start: int
    end: int


@dataclass
class Colocation:
    a: str
    b: str
    where: str | None
    start: int
    end: int


@dataclass
class Quote:
    text: str
    speaker: str | None
    addressee: str | None
    start: int
    end: int
    cue: str | None = None  # how the speaker was found ("dialogue colon", "speech verb after"…)


@dataclass
class Event:
    name: str | None = None
    edition: str | None = None
    venue: str | None = None
    city: str | None = None
    day: str | None = None  # the text's own words ("Sunday night")
    date: str | None = None  # ISO date when it can be worked out


@dataclass
class Extraction:
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    event: Event | None = None
    people: list[Person] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    sightings: list[Sighting] = field(default_factory=list)
    interactions: list[Interaction] = field(default_factory=list)
    colocated: list[Colocation] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    aliases: list[tuple[str, str]] = field(default_factory=list)  # (alias, name) stated by the text

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Extraction:
        def mentions(items: list[dict]) -> list[Mention]:
            return [Mention(**m) for m in items]

        return cls(
            text=data["text"],
            title=data.get("title"),
            url=data.get("url"),
            published=data.get("published"),
            event=Event(**data["event"]) if data.get("event") else None,
            people=[Person(**{**p, "mentions": mentions(p["mentions"])}) for p in data.get("people", [])],
            groups=[Group(**{**g, "mentions": mentions(g["mentions"])}) for g in data.get("groups", [])],
            sightings=[Sighting(**s) for s in data.get("sightings", [])],
            interactions=[Interaction(**i) for i in data.get("interactions", [])],
            colocated=[Colocation(**c) for c in data.get("colocated", [])],
            quotes=[Quote(**q) for q in data.get("quotes", [])],
            aliases=[tuple(a) for a in data.get("aliases", [])],
        )

    def person(self, name: str) -> Person | None:
        return next((p for p in self.people if p.name == name), None)
