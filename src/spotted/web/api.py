"""The JSON API: every question the store answers, `POST /api/extract`, and guarded writes.

Thin: each endpoint parses its parameters, calls `spotted.store.Store` (or `spotted.extract`)
and returns the library's records, which FastAPI turns into JSON and documents at /docs.
Lists are paged with `limit` and `offset`; people, events and articles are addressed by
their stable numeric ids (a person or event may also be named in words). Errors come back as
`{"detail", "code", "remedy"}` with 404 (unknown), 409 (ambiguous: `candidates` listed),
413 (body too large), 422 (malformed input), 401/403 (writes).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, Generic, TypeVar

from fastapi import APIRouter, Depends, Path, Query
from pydantic import BaseModel, Field

from spotted.store import CurationResult
from spotted.store.records import (
    Alias,
    ArticleDetail,
    Companion,
    EventSummary,
    PersonSummary,
    Quote,
    Roundup,
    SearchHit,
    Timeline,
)
from spotted.types import SourceArticle
from spotted.web import graph as graphs
from spotted.web.deps import State, StoreDep, writer

MAX_LIMIT = 500
MAX_OFFSET = 100_000

router = APIRouter(prefix="/api")

T = TypeVar("T")

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="At most this many items.")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Skip this many items (paging).")]
PersonRef = Annotated[str, Path(description="A person's id (`12`), or a name or alias (`Lady Nova`).", max_length=200)]
EventRef = Annotated[str, Path(description="An event's id (`3`), or words of its name (`SMAs 2011`).", max_length=200)]


class Page(BaseModel, Generic[T]):
    """One page of a list: `next_offset` asks for the next one (null on the last)."""

    items: list[T]
    offset: int
    limit: int
    next_offset: int | None


def paged(fetch: Callable[[int], list[T]], limit: int, offset: int) -> Page[T]:
    """A page cut from `fetch(n)`, which returns the first `n` items of the whole list."""
    rows = fetch(offset + limit + 1)
    more = len(rows) > offset + limit
    return Page[T](items=rows[offset : offset + limit], offset=offset, limit=limit, next_offset=offset + limit if more else None)


class ArticleIn(BaseModel):
    """An article to extract: its text (plain, as in a .txt file) and what is known about it."""

    text: str = Field(min_length=1, description="The article's text.")
    title: str | None = Field(None, max_length=1000)
    url: str | None = Field(None, max_length=2000)
    published: str | None = Field(None, max_length=100, description="Publication date, ISO or RFC 2822.")


class Stored(BaseModel):
    article_id: int | None = Field(description="The new article's id; null when the store already held it.")
    stored: bool
    detail: str


class MergeIn(BaseModel):
    person: str = Field(min_length=1, max_length=200, description="The person to merge away (name, alias or #id).")
    into: str = Field(min_length=1, max_length=200, description="The person to keep.")


class SplitIn(BaseModel):
    name: str = Field(min_length=1, max_length=200, description="The name as the article gives it.")
    article_id: int = Field(ge=1)


class AliasIn(BaseModel):
    alias: str = Field(min_length=1, max_length=200)
    name: str = Field(min_length=1, max_length=200, description="The person it names (name or #id).")


class SearchResult(BaseModel):
    people: list[PersonSummary] = Field(description="People whose name or stated alias holds every word.")
    hits: list[SearchHit] = Field(description="Articles and quotes, best first; matches between ⟦ and ⟧.")


# ---------------------------------------------------------------------------------------------
# Questions


@router.get("/people", tags=["people"])
def people(
    store: StoreDep,
    event: Annotated[str | None, Query(max_length=200, description="Only articles about this event.")] = None,
    since: Annotated[str | None, Query(pattern=r"^\d{4}(-\d{2}){0,2}$", description="Only articles on or after this ISO date.")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page[PersonSummary]:
    """People in the store, most seen first."""
    return paged(lambda n: store.people(event=event, since=since, limit=n), limit, offset)


@router.get("/people/{ref}", tags=["people"])
def person(store: StoreDep, ref: PersonRef, limit: Limit = 50, offset: Offset = 0) -> Timeline:
    """A person's timeline, newest first: sightings, companions and quotes, each with its sentence."""
    timeline = store.timeline(ref, limit=offset + limit)
    timeline.entries = timeline.entries[offset:]
    return timeline


@router.get("/people/{ref}/with", tags=["people"])
def companions(store: StoreDep, ref: PersonRef, limit: Limit = 20, offset: Offset = 0) -> Page[Companion]:
    """Whom a person was with, ranked: interactions, then side by side, then the same event."""
    return paged(lambda n: store.companions(ref, limit=n), limit, offset)


@router.get("/people/{ref}/quotes", tags=["people"])
def person_quotes(store: StoreDep, ref: PersonRef, limit: Limit = 50, offset: Offset = 0) -> Page[Quote]:
    """What a person said on record, newest first."""
    return paged(lambda n: store.quotes(ref, limit=n), limit, offset)


@router.get("/people/{ref}/aliases", tags=["people"])
def aliases(store: StoreDep, ref: PersonRef) -> list[Alias]:
    """Every other name the store knows for a person, and where it comes from."""
    return store.aliases(ref)


@router.get("/people/{ref}/graph", tags=["graphs"])
def person_graph(store: StoreDep, ref: PersonRef, limit: Annotated[int, Query(ge=1, le=100)] = 20) -> graphs.Graph:
    """The co-appearance graph centred on a person: an edge to each companion, weighted by rank."""
    return graphs.person_graph(store.find_person(ref), store.companions(ref, limit=limit))


@router.get("/events", tags=["events"])
def events(
    store: StoreDep,
    q: Annotated[str, Query(max_length=200, description="Words of the event's name, year, venue or city.")] = "",
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page[EventSummary]:
    """Events whose name holds every word of `q` (all events when empty), most covered first."""
    return paged(lambda n: store.events(q)[:n], limit, offset)


@router.get("/events/{ref}", tags=["events"])
def event(store: StoreDep, ref: EventRef, limit: Limit = 100) -> Roundup:
    """An event's roundup: who was there, what they did, whom they were with, what they said."""
    return store.event(ref, limit=limit)


@router.get("/events/{ref}/graph", tags=["graphs"])
def event_graph(store: StoreDep, ref: EventRef, limit: Limit = 100) -> graphs.Graph:
    """Everyone at an event, with an edge for each pair seen interacting or side by side."""
    return graphs.event_graph(store.event(ref, limit=limit))


@router.get("/quotes", tags=["quotes"])
def quotes(
    store: StoreDep,
    person: Annotated[str | None, Query(max_length=200, description="Only this person's (name, alias or id).")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page[Quote]:
    """Quotes on record, newest first."""
    return paged(lambda n: store.quotes(person, limit=n), limit, offset)


@router.get("/search", tags=["search"])
def search(
    store: StoreDep,
    q: Annotated[str, Query(min_length=1, max_length=500, description='Words that must all occur; "a phrase" in quotes.')],
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> SearchResult:
    """People by name, and full-text matches in articles and quotes."""
    return SearchResult(people=store.people_like(q, limit=limit), hits=store.search(q, limit=limit))


@router.get("/articles/{article_id}", tags=["articles"])
def article(store: StoreDep, article_id: Annotated[int, Path(ge=1)]) -> ArticleDetail:
    """A stored article: its text, the people in it with every mention, and every fact, as offsets."""
    return store.article(article_id)


@router.get("/stats", tags=["store"])
def stats(store: StoreDep) -> dict[str, int]:
    """Rows per table: what the store holds."""
    return store.counts()


@router.post("/extract", tags=["extract"])
def extract(state: State, article: ArticleIn) -> dict[str, Any]:
    """Extract one article and return the extraction JSON (see the README's contract); nothing is stored."""
    return state.extract(article.text, title=article.title, url=article.url, published=article.published).to_dict()


# ---------------------------------------------------------------------------------------------
# Writes: only with --allow-writes, and each with the token


@router.post("/ingest", tags=["writes"], dependencies=[Depends(writer)])
def ingest(state: State, store: StoreDep, article: ArticleIn) -> Stored:
    """Extract one article and store it (an article already stored, by text or URL, is left as it is)."""
    extraction = state.extract(article.text, title=article.title, url=article.url, published=article.published)
    source = SourceArticle(raw=article.text, title=article.title, url=article.url, published=article.published, source="web")
    [article_id] = store.add([(source, extraction)])
    if article_id is None:
        return Stored(article_id=None, stored=False, detail="the store already holds this article (same text or URL)")
    return Stored(article_id=article_id, stored=True, detail=f"stored as article #{article_id}")


@router.post("/merge", tags=["writes"], dependencies=[Depends(writer)])
def merge(store: StoreDep, body: MergeIn) -> CurationResult:
    """Two entries are one person: `person` joins `into`. Kept across re-ingest."""
    return store.merge(body.person, body.into)


@router.post("/split", tags=["writes"], dependencies=[Depends(writer)])
def split(store: StoreDep, body: SplitIn) -> CurationResult:
    """The `name` in one article is someone else: a person of its own. Kept across re-ingest."""
    return store.split(body.name, body.article_id)


@router.post("/aliases", tags=["writes"], dependencies=[Depends(writer)])
def alias_add(store: StoreDep, body: AliasIn) -> CurationResult:
    """`alias` names the person `name` names, in stored articles and in later ones."""
    return store.alias_add(body.alias, body.name)
