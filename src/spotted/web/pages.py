"""The HTML pages: home, search, person, event, article and "paste an article".

Server-rendered with Jinja2 (autoescaping on: text from articles is never markup); the graph
is drawn by /static/graph.js from JSON embedded in the page, and everything else works without
JavaScript. Each page links its JSON twin in the API.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit

from fastapi import APIRouter, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader

from spotted.store import Store
from spotted.types import Extraction, SourceArticle
from spotted.web import graph as graphs
from spotted.web.deps import State, StoreDep, WebState, check_write
from spotted.web.highlight import extraction_marks, layout, snippet_pieces, stored_marks

HERE = Path(__file__).resolve().parent
TIMELINE_PAGE = 50

templates = Jinja2Templates(env=Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True))
router = APIRouter(include_in_schema=False)


def render(request: Request, name: str, context: dict[str, Any], status: int = 200) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status)


def web_link(url: str | None) -> str | None:
    """`url` when it is an http(s) address, safe to put in a link; else None (no `javascript:`)."""
    if url and urlsplit(url.strip()).scheme.lower() in ("http", "https"):
        return url.strip()
    return None


def by_id(store: Store, ref: str) -> Response | None:
    """When `ref` names a person in words, a redirect to their page by id (the stable address)."""
    if ref.isdigit():
        return None
    return RedirectResponse(f"/people/{store.find_person(ref).id}", status_code=307)


@router.get("/", response_class=HTMLResponse)
def home(request: Request, store: StoreDep) -> HTMLResponse:
    return render(request, "home.html", {
        "people": store.people(limit=12), "events": store.recent_events(limit=8), "counts": store.counts(),
    })


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, store: StoreDep, q: Annotated[str, Query(max_length=500)] = "") -> HTMLResponse:
    people = store.people_like(q, limit=20) if q.strip() else []
    hits = store.search(q, limit=30) if q.strip() else []
    return render(request, "search.html", {
        "q": q, "people": people, "hits": [(hit, snippet_pieces(hit.snippet)) for hit in hits],
    })


@router.get("/people/{ref}", response_class=HTMLResponse)
def person(
    request: Request, store: StoreDep, ref: str, offset: Annotated[int, Query(ge=0, le=100_000)] = 0,
) -> Response:
    moved = by_id(store, ref)
    if moved:
        return moved
    timeline = store.timeline(ref, limit=offset + TIMELINE_PAGE)
    entries = timeline.entries[offset:]
    companions = store.companions(ref, limit=20)
    return render(request, "person.html", {
        "timeline": timeline, "entries": entries, "offset": offset,
        "older": offset + TIMELINE_PAGE if timeline.person.articles > offset + TIMELINE_PAGE else None,
        "companions": companions, "quotes": store.quotes(ref, limit=20),
        "graph": graphs.person_graph(timeline.person, companions).to_dict(),
    })


@router.get("/events/{ref}", response_class=HTMLResponse)
def event(request: Request, store: StoreDep, ref: str) -> HTMLResponse:
    roundup = store.event(ref)
    return render(request, "event.html", {"roundup": roundup, "graph": graphs.event_graph(roundup).to_dict()})


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(request: Request, store: StoreDep, article_id: int) -> HTMLResponse:
    detail = store.article(article_id)
    return render(request, "article.html", {
        "article": detail, "link": web_link(detail.url), "pieces": layout(detail.text, stored_marks(detail)),
    })


@router.get("/paste", response_class=HTMLResponse)
def paste_form(request: Request, state: State) -> HTMLResponse:
    return render(request, "paste.html", {"writable": state.config.allow_writes, "form": {}})


@router.post("/paste", response_class=HTMLResponse)
def paste(
    request: Request,
    state: State,
    text: Annotated[str, Form()] = "",
    title: Annotated[str, Form(max_length=1000)] = "",
    url: Annotated[str, Form(max_length=2000)] = "",
    published: Annotated[str, Form(max_length=100)] = "",
    store: Annotated[bool, Form()] = False,
    token: Annotated[str, Form(max_length=1000)] = "",
) -> Response:
    """Extract the pasted article and show it; store it only when asked (and allowed)."""
    form = {"text": text, "title": title, "url": url, "published": published}
    context: dict[str, Any] = {"writable": state.config.allow_writes, "form": form}
    if not text.strip():
        return render(request, "paste.html", {**context, "problem": "Paste the article's text first."}, status=422)
    meta = {key: value.strip() or None for key, value in form.items() if key != "text"}
    extraction = state.extract(text, **meta)
    context |= {"extraction": extraction, "pieces": layout(extraction.text, extraction_marks(extraction))}
    if not store:
        return render(request, "paste.html", context)
    try:
        check_write(state, token)
    except HTTPException as refused:
        return render(request, "paste.html", {**context, "problem": f"Not stored: {refused.detail}"}, status=refused.status_code)
    article_id = store_pasted(state, SourceArticle(raw=text, source="web", **meta), extraction)
    if article_id is None:
        return render(request, "paste.html", {**context, "problem": "Not stored: the store already holds this article."})
    return RedirectResponse(f"/articles/{article_id}", status_code=303)


def store_pasted(state: WebState, article: SourceArticle, extraction: Extraction) -> int | None:
    """Store a pasted article; its new id, or None when the store already holds it."""
    with state.pool.borrow() as opened:
        [article_id] = opened.add([(article, extraction)])
    return article_id


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request) -> HTMLResponse:
    """The OpenAPI docs, with Swagger UI served from the package."""
    return render(request, "docs.html", {})
