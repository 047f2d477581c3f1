"""The knowledge-base commands: ingest, people, person, with, event, quotes, search, export,
merge, split, alias. Thin: each parses options, calls `spotted.store.Store`, renders a table —
or, with `--json`, prints the records the library returned.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import IO, Annotated, Any, NoReturn, TypeVar

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from spotted.cli import app
from spotted.errors import SpottedError
from spotted.store import DEFAULT_DB, AmbiguousEvent, AmbiguousPerson, Store, count_inputs
from spotted.store.export import FORMATS

DbOption = Annotated[
    Path, typer.Option("--db", envvar="SPOTTED_DB", help="The SQLite store (default spotted.db, or $SPOTTED_DB).")
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print the records as JSON instead of a table.")]
LimitOption = Annotated[int, typer.Option("--limit", "-n", help="At most this many rows (0: no limit).")]
PersonArgument = Annotated[str, typer.Argument(help="A name, an alias, or #id.")]

out = Console(highlight=False)
if not out.is_terminal:
    out.width = 160  # piped into a file or a pager: no terminal to fit, so wrap prose less
err = Console(stderr=True, highlight=False, soft_wrap=True)  # messages and paths stay on one line

Answer = TypeVar("Answer")


def opened(db: Path, create: bool = False) -> Store:
    try:
        return Store(db, create=create)
    except SpottedError as error:
        fail(error)


def ask(db: Path, question: Callable[[Store], Answer], create: bool = False) -> Answer:
    """Open the store, put one question (or curation) to it, close it; an error ends the command."""
    with opened(db, create=create) as store:
        try:
            return question(store)
        except SpottedError as error:
            fail(error)


def fail(error: SpottedError) -> NoReturn:
    """Say what went wrong (and, for an ambiguous name, who could be meant), exit with status 2."""
    err.print(f"[red]error[/] {error}")
    if isinstance(error, AmbiguousPerson):
        for person in error.candidates:
            err.print(f"  #{person.id}  {person.name}  ({person.articles} article(s))")
    if isinstance(error, AmbiguousEvent):
        for event in error.candidates:
            err.print(f"  #{event.id}  {event_label(event)}  ({event.articles} article(s))")
    raise typer.Exit(2)


def emit_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


PROSE = {"doing", "evidence", "quote", "match", "title", "note", "how", "source"}  # columns that may wrap


def table(title: str, columns: list[str], rows: list[list[Any]]) -> Table:
    view = Table(title=title, title_justify="left")
    cells = [["" if cell is None else str(cell) for cell in row] for row in rows]
    for index, column in enumerate(columns):
        if column in PROSE:
            view.add_column(column, overflow="fold")
        else:  # names and numbers stay whole; only prose wraps to fit the terminal
            widest = max([len(column)] + [len(row[index]) for row in cells])
            view.add_column(column, no_wrap=True, min_width=min(widest, 30))
    for row in cells:
        view.add_row(*row)
    return view


def short(text: str | None, width: int = 110) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def source(evidence) -> str:
    return f"#{evidence.article_id} {evidence.date or ''}".strip()


def event_label(event) -> str:
    return " ".join(part for part in (event.edition, event.name, event.year, f"at {event.venue}" if event.venue else None) if part)


def no_limit(limit: int) -> int | None:
    return limit or None


class RateColumn(ProgressColumn):
    def render(self, task) -> Text:
        return Text(f"{task.speed or 0:.1f} articles/s")


# ---------------------------------------------------------------------------------------------


@app.command("ingest")
def ingest_command(
    paths: Annotated[list[str], typer.Argument(help="Articles: .txt, .html, .jsonl(.gz) files, folders (recursive) or globs.")],
    db: DbOption = Path(DEFAULT_DB),
    model: Annotated[str | None, typer.Option("--model", envvar="SPOTTED_MODEL", help="spaCy pipeline to load.")] = None,
    batch_size: Annotated[int, typer.Option("--batch-size", help="Articles extracted and written together.")] = 32,
    force: Annotated[bool, typer.Option("--force", help="Extract and store again articles already stored.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Read, extract and store articles; already stored ones are skipped, so re-running is safe.

    Example: spotted ingest news/ archive.jsonl.gz --db gossip.db

    Exits 1 when some inputs could not be read (they are listed), 2 on an error.
    """
    store = opened(db, create=True)
    try:
        if err.is_terminal and not as_json:
            columns = (
                TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), RateColumn(),
                TimeElapsedColumn(), TimeRemainingColumn(),
            )
            with Progress(*columns, console=err, transient=True) as bar:
                task = bar.add_task("ingest", total=count_inputs(paths))
                report = store.ingest(paths, model=model, batch_size=batch_size, force=force, progress=lambda _: bar.advance(task))
        else:
            report = store.ingest(paths, model=model, batch_size=batch_size, force=force)
    except SpottedError as error:
        fail(error)
    finally:
        store.close()
    if as_json:
        emit_json(report.to_dict())
    else:
        rate = report.stored / report.seconds if report.seconds else 0
        err.print(
            f"{report.stored} stored, {report.skipped} skipped (already in {db}), {len(report.failed)} failed "
            f"— {report.seconds:.1f}s, {rate:.1f} articles/s"
        )
        for failure in report.failed:
            err.print(f"  [yellow]failed[/] {failure.source}: {failure.reason}")
    if not report.ok:
        raise typer.Exit(1)


@app.command("people")
def people_command(
    event: Annotated[str | None, typer.Option("--event", help="Only articles about this event (words of its name, or #id).")] = None,
    since: Annotated[str | None, typer.Option("--since", help="Only articles dated on or after this ISO date.")] = None,
    limit: LimitOption = 50,
    db: DbOption = Path(DEFAULT_DB),
    as_json: JsonOption = False,
) -> None:
    """People in the store, most seen first.

    Example: spotted people --event "SMAs 2011" --since 2011-01-01
    """
    found = ask(db, lambda store: store.people(event=event, since=since, limit=no_limit(limit)))
    if as_json:
        return emit_json([p.to_dict() for p in found])
    rows = [[f"#{p.id}", p.name, p.present, p.articles, p.sightings, p.quotes, p.first_date, p.last_date] for p in found]
    out.print(table(f"People ({len(rows)})", ["id", "name", "seen at", "articles", "sightings", "quotes", "first", "last"], rows))


@app.command("person")
def person_command(
    name: PersonArgument,
    limit: LimitOption = 50,
    db: DbOption = Path(DEFAULT_DB),
    as_json: JsonOption = False,
) -> None:
    """A person's timeline: date, event, where, doing, with whom, what they said — with sources.

    Example: spotted person "Lady Nova"
    """
    found = ask(db, lambda store: store.timeline(name, limit=no_limit(limit)))
    if as_json:
        return emit_json(found.to_dict())
    p = found.person
    out.rule(f"[bold]{p.name}[/] #{p.id}")
    out.print(f"{p.articles} article(s), seen at an event in {p.present}; {p.sightings} sighting(s), {p.quotes} quote(s)")
    if found.aliases:
        out.print("also called: " + ", ".join(found.aliases))
    for entry in found.entries:
        out.print()
        heading = " · ".join(part for part in (entry.date, entry.event, entry.title) if part)
        out.print(f"[bold]#{entry.article_id}[/] {heading}" + ("" if entry.present else "  [dim](mentioned, not placed there)[/]"))
        if entry.name_in_article != p.name:
            out.print(f"  [dim]as '{entry.name_in_article}': {entry.resolved_by}[/]")
        for s in entry.sightings:
            out.print(f"  [green]seen[/] {s.place or ''} — {s.doing or ''}\n    [dim]“{short(s.evidence.sentence)}”[/]")
        for link in entry.links:
            out.print(f"  [cyan]{link.kind}[/] {link.b}\n    [dim]“{short(link.evidence.sentence)}”[/]")
        for q in entry.quotes:
            to = f" (to {q.addressee})" if q.addressee else ""
            out.print(f"  [magenta]said[/]{to}: “{short(q.text)}”")


@app.command("with")
def with_command(
    name: PersonArgument,
    limit: LimitOption = 20,
    db: DbOption = Path(DEFAULT_DB),
    as_json: JsonOption = False,
) -> None:
    """Whom a person was with, ranked by interactions, side-by-side sightings and shared events.

    Example: spotted with "Lady Nova"
    """
    found = ask(db, lambda store: store.companions(name, limit=no_limit(limit)))
    if as_json:
        return emit_json([c.to_dict() for c in found])
    rows = [[f"#{c.id}", c.name, c.score, c.interactions, c.colocated, c.co_present, ", ".join(c.kinds)] for c in found]
    out.print(table(f"With {name} ({len(rows)})", ["id", "name", "score", "interactions", "side by side", "same event", "how"], rows))
    for c in found:
        for e in c.evidence:
            out.print(f"  [bold]{c.name}[/]: “{short(e.sentence)}” [dim]{source(e)} {e.title or ''}[/]")


@app.command("event")
def event_command(
    name: Annotated[str, typer.Argument(help="Words of the event's name (and year), or #id.")],
    limit: LimitOption = 100,
    db: DbOption = Path(DEFAULT_DB),
    as_json: JsonOption = False,
) -> None:
    """An event's roundup: who was there, what happened, who said what.

    Example: spotted event "SMAs 2011"
    """
    found = ask(db, lambda store: store.event(name, limit=no_limit(limit)))
    if as_json:
        return emit_json(found.to_dict())
    e = found.event
    out.rule(f"[bold]{event_label(e)}[/] #{e.id}")
    out.print(" ".join(part for part in (e.city, e.date, f"— {e.articles} article(s)") if part))
    out.print(table("Who was there", ["id", "name", "placed there", "articles"], [[f"#{p.id}", p.name, "yes" if p.present else "", p.articles] for p in found.people]))
    out.print(table("Sightings", ["who", "where", "doing", "source"], [[s.person, s.place, short(s.doing, 70), source(s.evidence)] for s in found.sightings]))
    out.print(table("Together", ["a", "b", "how", "evidence"], [[l.a, l.b, l.kind, short(l.evidence.sentence, 80)] for l in found.links]))
    out.print(table("Quotes", ["speaker", "to", "quote"], [[q.speaker or "?", q.addressee, short(q.text, 90)] for q in found.quotes]))


@app.command("quotes")
def quotes_command(
    name: Annotated[str | None, typer.Argument(help="A name, an alias, or #id (everyone when left out).")] = None,
    limit: LimitOption = 50,
    db: DbOption = Path(DEFAULT_DB),
    as_json: JsonOption = False,
) -> None:
    """Everything a person said on record, newest first, with the sentence and article.

    Example: spotted quotes "Theo Marchetti"
    """
    found = ask(db, lambda store: store.quotes(name, limit=no_limit(limit)))
    if as_json:
        return emit_json([q.to_dict() for q in found])
    rows = [[q.speaker or "?", q.addressee, short(q.text, 100), q.event, source(q.evidence)] for q in found]
    out.print(table(f"Quotes ({len(rows)})", ["speaker", "to", "quote", "event", "source"], rows))


@app.command("search")
def search_command(
    words: Annotated[list[str], typer.Argument(help='Words that must all occur; "a phrase" in quotes.')],
    limit: LimitOption = 20,
    db: DbOption = Path(DEFAULT_DB),
    as_json: JsonOption = False,
) -> None:
    """Full-text search over articles and quotes (SQLite FTS5), best matches first.

    Example: spotted search "slow dance" Sorrel
    """
    found = ask(db, lambda store: store.search(" ".join(words), limit=limit or 20))
    if as_json:
        return emit_json([h.to_dict() for h in found])
    rows = [
        [h.kind, f"#{h.article_id}", h.date, h.title, (f"{h.speaker}: " if h.speaker else "") + h.snippet.replace("⟦", "[bold]").replace("⟧", "[/]")]
        for h in found
    ]
    out.print(table(f"Search: {' '.join(words)} ({len(rows)})", ["kind", "article", "date", "title", "match"], rows))


@app.command("export")
def export_command(
    fmt: Annotated[str, typer.Option("--format", "-f", help=f"One of: {', '.join(FORMATS)}.")],
    to: Annotated[str | None, typer.Option("--out", "-o", help="Folder for csv/parquet (default spotted-export); file for jsonl/graphml (default: standard output).")] = None,
    db: DbOption = Path(DEFAULT_DB),
) -> None:
    """Export the store: jsonl (one article a line), csv or parquet (a file per table), graphml (people network).

    Example: spotted export --format graphml --out people.graphml
    """
    if to is None and fmt in ("jsonl", "graphml"):
        target: str | IO = sys.stdout if fmt == "jsonl" else sys.stdout.buffer
    else:
        target = to or "spotted-export"
    written = ask(db, lambda store: store.export(fmt, target))
    for path in written:
        err.print(f"wrote {path}")


@app.command("merge")
def merge_command(
    person: Annotated[str, typer.Argument(help="The person to merge away (name, alias or #id).")],
    into: Annotated[str, typer.Argument(help="The person to keep (name, alias or #id).")],
    db: DbOption = Path(DEFAULT_DB),
    as_json: JsonOption = False,
) -> None:
    """Two entries are one person: merge the first into the second. Kept across re-ingest.

    Example: spotted merge "Stefania Grell" "Lady Nova"
    """
    result = ask(db, lambda store: store.merge(person, into))
    curated(result, as_json)


@app.command("split")
def split_command(
    name: Annotated[str, typer.Argument(help="The name as the article gives it, or the person it was joined to.")],
    article: Annotated[int, typer.Option("--article", "-a", help="The article's id (see `spotted person NAME`).")],
    db: DbOption = Path(DEFAULT_DB),
    as_json: JsonOption = False,
) -> None:
    """The NAME in one article is someone else: make it a person of its own. Kept across re-ingest.

    Example: spotted split "Chris" --article 12
    """
    result = ask(db, lambda store: store.split(name, article))
    curated(result, as_json)


alias_app = typer.Typer(help="Aliases: other names a person goes by.", no_args_is_help=True)
app.add_typer(alias_app, name="alias")


@alias_app.command("add")
def alias_add_command(
    alias: Annotated[str, typer.Argument(help="The other name.")],
    name: Annotated[str, typer.Argument(help="The person it names (name or #id); created if new.")],
    db: DbOption = Path(DEFAULT_DB),
    as_json: JsonOption = False,
) -> None:
    """ALIAS names the person NAME, in stored articles and in later ones. Kept across re-ingest.

    Example: spotted alias add "Jo Castellan" "Lady Nova"
    """
    result = ask(db, lambda store: store.alias_add(alias, name), create=True)
    curated(result, as_json)


@alias_app.command("list")
def alias_list_command(
    name: PersonArgument,
    db: DbOption = Path(DEFAULT_DB),
    as_json: JsonOption = False,
) -> None:
    """The aliases the store knows for a person, and where each comes from.

    Example: spotted alias list "Lady Nova"
    """
    found = ask(db, lambda store: store.aliases(name))
    if as_json:
        return emit_json([a.to_dict() for a in found])
    out.print(table(f"Aliases of {name} ({len(found)})", ["alias", "source", "note"], [[a.alias, a.source, a.note] for a in found]))


def curated(result, as_json: bool) -> None:
    if as_json:
        return emit_json(asdict(result))
    out.print(result.detail)
