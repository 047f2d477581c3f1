"""The `spotted` command line: a thin layer that parses options, calls the library, renders.

Each group of commands lives in its own module and registers itself on `app`.
"""

from __future__ import annotations

import typer

app = typer.Typer(
    name="spotted",
    help="Who was seen where, with whom, doing and saying what — from celebrity news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def register_commands() -> None:
    """Import the command modules; each registers its commands on `app` as it loads."""
    from spotted.cli import article_commands, eval_commands, store_commands, web_commands  # noqa: F401


def main() -> None:
    register_commands()
    app()
