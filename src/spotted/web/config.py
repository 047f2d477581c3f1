"""How one web app is set up: which store, whether it may write, and its limits."""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from pathlib import Path

from spotted.errors import SpottedError

DEFAULT_MAX_BODY = 1_000_000  # bytes: a long article is ~50 kB of text


class WritesNeedToken(SpottedError):
    code = "W101"
    remedy = "set SPOTTED_TOKEN to a secret of your choice, or start without --allow-writes"


@dataclass
class WebConfig:
    """In: the store file and the switches of `spotted serve`. Out: what `create_app` needs.

    `token` guards every write; `allow_writes` without a token is refused (`WritesNeedToken`).
    """

    db: str | Path
    allow_writes: bool = False
    token: str | None = None
    max_body: int = DEFAULT_MAX_BODY
    model: str | None = None  # spaCy pipeline for /api/extract; None: spotted's default

    def __post_init__(self) -> None:
        self.db = Path(self.db)
        if self.allow_writes and not self.token:
            raise WritesNeedToken("writes were allowed but no token was given")

    def token_matches(self, offered: str | None) -> bool:
        """Is `offered` the write token? (Compared in constant time.)"""
        if not self.token or not offered:
            return False
        return hmac.compare_digest(offered.encode("utf-8"), self.token.encode("utf-8"))
