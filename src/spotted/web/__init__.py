"""The web app and HTTP API over a spotted store: `spotted serve`.

    >>> from spotted.web import WebConfig, create_app
    >>> app = create_app(WebConfig(db="spotted.db"))   # an ASGI app; run it with uvicorn

Pages (server-rendered, escaped, working without JavaScript) and a JSON API that answers the
same questions, both through `spotted.store.Store`. Read-only unless `allow_writes` is set,
and then every write needs the token. Static files — the graph library included — are served
from the package, so the app works offline.
"""

from spotted.web.app import create_app
from spotted.web.config import WebConfig

__all__ = ["WebConfig", "create_app"]
