"""`spotted serve`: the web app and JSON API over a store. Thin: checks options, runs uvicorn."""

from __future__ import annotations

import ipaddress
import os
from pathlib import Path
from typing import Annotated

import typer

from spotted.cli import app
from spotted.cli.store_commands import DbOption, err, fail
from spotted.errors import SpottedError
from spotted.store import DEFAULT_DB
from spotted.web.config import DEFAULT_MAX_BODY


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@app.command("serve")
def serve_command(
    db: DbOption = Path(DEFAULT_DB),
    host: Annotated[str, typer.Option("--host", help="Address to listen on. Loopback by default: only this machine can connect.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
    allow_writes: Annotated[bool, typer.Option("--allow-writes", help="Enable ingest, merge, split and alias; each needs the token in $SPOTTED_TOKEN.")] = False,
    max_body: Annotated[int, typer.Option("--max-body", help="Largest request body accepted, in bytes (larger: 413).")] = DEFAULT_MAX_BODY,
    model: Annotated[str | None, typer.Option("--model", envvar="SPOTTED_MODEL", help="spaCy pipeline for extracting pasted articles.")] = None,
) -> None:
    """Serve the pages and the JSON API (docs at /docs) for a store. Read-only unless --allow-writes.

    Example: spotted serve --db gossip.db --port 8000
    Example: SPOTTED_TOKEN=$(openssl rand -hex 16) spotted serve --allow-writes
    """
    import uvicorn

    from spotted.web import WebConfig, create_app

    try:
        config = WebConfig(db, allow_writes=allow_writes, token=os.environ.get("SPOTTED_TOKEN"), max_body=max_body, model=model)
        web = create_app(config)
    except SpottedError as error:
        fail(error)
    if not is_loopback(host):
        err.print(f"[yellow]warning[/] listening on {host}: other machines can reach this server")
    mode = "writes allowed, with the token" if allow_writes else "read-only"
    err.print(f"spotted: serving {db} ({mode}) at http://{host}:{port}/ — API docs at /docs")
    uvicorn.run(web, host=host, port=port, log_level="warning")
