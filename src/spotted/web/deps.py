"""What every request may need, as FastAPI dependencies: a store, the right to write, the extractor.

`WebState` is made once by `create_app` and kept on `app.state.web`.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

import spotted
from spotted.store import Store
from spotted.types import Extraction
from spotted.web.config import WebConfig
from spotted.web.stores import StorePool

READ_ONLY = "this server is read-only: start it with --allow-writes (and SPOTTED_TOKEN set) to write"
TOKEN_NEEDED = "a write needs the server's token: send the header 'Authorization: Bearer <SPOTTED_TOKEN>'"


@dataclass
class WebState:
    config: WebConfig
    pool: StorePool
    extracting: threading.Lock = field(default_factory=threading.Lock)

    def extract(self, text: str, *, title: str | None = None, url: str | None = None, published: str | None = None) -> Extraction:
        """`spotted.extract`, one article at a time: spaCy is CPU-bound and not made to share."""
        with self.extracting:
            return spotted.extract(text, title=title, url=url, published=published, model=self.config.model)


def web_state(request: Request) -> WebState:
    return request.app.state.web


State = Annotated[WebState, Depends(web_state)]


def borrowed_store(state: State) -> Iterator[Store]:
    with state.pool.borrow() as store:
        yield store


StoreDep = Annotated[Store, Depends(borrowed_store)]

bearer = HTTPBearer(auto_error=False, description="The server's SPOTTED_TOKEN; needed by every write.")


def check_write(state: WebState, token: str | None) -> None:
    """Raise 403 when the server is read-only, 401 when `token` is not the server's."""
    if not state.config.allow_writes:
        raise HTTPException(403, READ_ONLY)
    if not state.config.token_matches(token):
        raise HTTPException(401, TOKEN_NEEDED, headers={"WWW-Authenticate": "Bearer"})


def writer(state: State, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> None:
    """Dependency of every write endpoint of the API."""
    check_write(state, credentials.credentials if credentials else None)
