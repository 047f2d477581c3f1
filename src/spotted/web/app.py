"""`create_app`: the FastAPI application, its middleware and how errors are answered.

In: a `WebConfig`. Out: an ASGI app serving the pages at /, the JSON API at /api (documented
at /docs and /openapi.json) and the package's static files at /static. Errors the store raises
become 404 (unknown person, event, article) or 409 (ambiguous name, with the candidates): JSON
under /api, a page elsewhere.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import asdict

from fastapi import FastAPI, HTTPException, Request
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles

import spotted
from spotted.errors import ModelNotFound, SpottedError
from spotted.store import (
    AmbiguousEvent,
    AmbiguousPerson,
    ArticleNotFound,
    EventNotFound,
    PersonNotFound,
    StoreNotFound,
)
from spotted.web import api, pages
from spotted.web.config import WebConfig
from spotted.web.deps import WebState
from spotted.web.guard import BodyLimit, SecurityHeaders
from spotted.web.stores import StorePool

STATUS = {
    PersonNotFound: 404, EventNotFound: 404, ArticleNotFound: 404,
    AmbiguousPerson: 409, AmbiguousEvent: 409,
    StoreNotFound: 503, ModelNotFound: 503,
}


def status_of(error: SpottedError) -> int:
    return next((status for kind, status in STATUS.items() if isinstance(error, kind)), 400)


def error_body(error: SpottedError) -> dict:
    """`{"detail", "code", "remedy"}`, and `candidates` for an ambiguous name."""
    body = {"detail": error.args[0] if error.args else str(error), "code": error.code, "remedy": error.remedy}
    candidates = getattr(error, "candidates", None)
    if candidates is not None:
        body["candidates"] = [asdict(candidate) for candidate in candidates]
    return body


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


async def spotted_error(request: Request, error: SpottedError) -> Response:
    status = status_of(error)
    if wants_json(request):
        return JSONResponse(error_body(error), status_code=status)
    return pages.render(request, "error.html", {"status": status, "error": error_body(error)}, status=status)


async def http_error(request: Request, error: HTTPException) -> Response:
    if wants_json(request):
        return await http_exception_handler(request, error)
    body = {"detail": error.detail if isinstance(error.detail, str) else "the request could not be served"}
    return pages.render(request, "error.html", {"status": error.status_code, "error": body}, status=error.status_code)


async def invalid_request(request: Request, error: RequestValidationError) -> Response:
    if wants_json(request):
        return await request_validation_exception_handler(request, error)
    problems = "; ".join(f"{'.'.join(str(part) for part in e['loc'])}: {e['msg']}" for e in error.errors())
    return pages.render(request, "error.html", {"status": 422, "error": {"detail": problems}}, status=422)


def create_app(config: WebConfig) -> FastAPI:
    """The app over the store `config.db` (raises `StoreNotFound` when there is none)."""
    state = WebState(config, StorePool(config.db, writable=config.allow_writes))

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        state.pool.close()

    app = FastAPI(
        title="spotted",
        version=spotted.__version__,
        description="Who was seen where, with whom, doing and saying what — every fact with its sentence. "
        + ("Writes are allowed, each with the server's token." if config.allow_writes else "This server is read-only."),
        docs_url=None,  # served by pages.docs with Swagger UI from the package: no CDN
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.web = state
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(packages=[("spotted.web", "static")]), name="static")
    app.add_exception_handler(SpottedError, spotted_error)
    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(RequestValidationError, invalid_request)
    app.add_middleware(BodyLimit, max_bytes=config.max_body)
    app.add_middleware(SecurityHeaders)
    return app
