"""What the store's queries return: plain dataclasses, the same fields as `--json` prints.

Every fact comes with `Evidence`: the article it was read from and the sentence that says it,
with the fact's character span (`start`, `end`) in that article's stored text.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Record:
    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Evidence(Record):
    article_id: int
    title: str | None
    date: str | None
    sentence: str  # the sentence(s) of the article that state the fact
    start: int  # the fact's span in the article text
    end: int


@dataclass
class PersonSummary(Record):
    id: int
    name: str
    articles: int  # articles that name them
    present: int  # articles that place them at the event
    sightings: int = 0
    quotes: int = 0
    first_date: str | None = None
    last_date: str | None = None


@dataclass
class Sighting(Record):
    person_id: int | None
    person: str
    place: str | None
    doing: str | None
    evidence: Evidence


@dataclass
class Link(Record):
    """An interaction or a co-location between two people (or groups) in one article."""

    a_id: int | None  # person ids; None for a group
    a: str
    b_id: int | None
    b: str
    kind: str  # the interaction ("hugged", "talked"), or "next to" for a co-location
    place: str | None
    evidence: Evidence


@dataclass
class Quote(Record):
    text: str
    speaker_id: int | None
    speaker: str | None
    addressee_id: int | None
    addressee: str | None
    event: str | None
    evidence: Evidence


@dataclass
class TimelineEntry(Record):
    """One article in a person's timeline."""

    article_id: int
    title: str | None
    url: str | None
    date: str | None
    event: str | None
    name_in_article: str
    present: bool
    resolved_by: str | None  # why this article's name was tied to the person
    sightings: list[Sighting] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)  # whom they interacted with or stood next to
    quotes: list[Quote] = field(default_factory=list)


@dataclass
class Timeline(Record):
    person: PersonSummary
    aliases: list[str]
    entries: list[TimelineEntry]


@dataclass
class Companion(Record):
    id: int
    name: str
    score: int  # 3 per interaction, 2 per co-location, 1 per article placing both at the event
    interactions: int
    colocated: int
    co_present: int
    kinds: list[str]
    evidence: list[Evidence]


@dataclass
class EventSummary(Record):
    id: int
    name: str
    edition: str | None
    year: str | None
    venue: str | None
    city: str | None
    date: str | None
    articles: int


@dataclass
class ArticleRef(Record):
    id: int
    title: str | None
    url: str | None
    date: str | None


@dataclass
class EventPerson(Record):
    id: int
    name: str
    present: bool  # at least one article places them at the event
    articles: int


@dataclass
class Roundup(Record):
    event: EventSummary
    articles: list[ArticleRef]
    people: list[EventPerson]
    sightings: list[Sighting]
    links: list[Link]
    quotes: list[Quote]


@dataclass
class SearchHit(Record):
    kind: str  # "article" or "quote"
    article_id: int
    title: str | None
    date: str | None
    snippet: str  # matched words between ⟦ and ⟧
    speaker: str | None = None


@dataclass
class Mention(Record):
    text: str
    start: int
    end: int


@dataclass
class ArticlePerson(Record):
    name: str  # as the article gives it
    kind: str  # "person" or "group"
    person_id: int | None
    person: str | None  # canonical name of the identity it joined
    present: bool
    resolved_by: str | None
    mentions: list[Mention]


@dataclass
class ArticleDetail(Record):
    """One stored article with every fact read from it, offsets into `text`."""

    id: int
    content_hash: str
    title: str | None
    url: str | None
    published: str | None
    date: str | None
    source: str | None
    event: EventSummary | None
    event_day: str | None
    text: str
    people: list[ArticlePerson]
    sightings: list[Sighting]
    links: list[Link]
    quotes: list[Quote]


@dataclass
class Alias(Record):
    alias: str
    person_id: int
    person: str
    source: str  # user, table, article (stated by one) or mention (a short form one used)
    note: str | None
