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
    from spotted.cli import article_commands  # noqa: F401  (registers extract)

    for optional in ("eval_commands", "store_commands", "web_commands"):
        try:
            __import__(f"spotted.cli.{optional}")
        except ModuleNotFoundError as error:
            if error.name != f"spotted.cli.{optional}":
                raise


def main() -> None:
    register_commands()
    app()
