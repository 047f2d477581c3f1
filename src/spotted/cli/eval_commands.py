"""`spotted eval`: run the pipeline on annotated articles and score it against their gold.

Thin: finds the gold files and articles (`evaluate.load_cases`), runs and scores them
(`evaluate.evaluate`), and renders the `Report` as tables, an error listing, or JSON.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from spotted.cli import app
from spotted.errors import SpottedError
from spotted.evaluate import (
    ACCURACIES,
    KNOWLEDGE_ITEMS,
    TASKS,
    Report,
    evaluate,
    iter_errors,
    load_cases,
    spotted_system,
)

ROW_LABELS = {"people": "people", "presence": "presence", "interactions": "interactions", "quotes": "quotes",
              "speaker": "speaker acc", "addressee": "addressee acc"}


@app.command("eval")
def eval_command(
    gold: Annotated[Path, typer.Argument(help="A gold JSON file, or a folder of them.")],
    articles: Annotated[
        Path | None,
        typer.Argument(help="Folder of the articles (default: articles/ beside the gold folder, else that folder)."),
    ] = None,
    errors: Annotated[bool, typer.Option("--errors", help="List every miss and spurious item.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as one JSON object.")] = False,
    model: Annotated[
        str | None, typer.Option("--model", envvar="SPOTTED_MODEL", help="spaCy pipeline to load (default: spotted's).")
    ] = None,
) -> None:
    """Score spotted against hand-annotated articles: people, presence, interactions, quotes.

    Example: spotted eval ../shared/data/dev-articles/gold --errors
    """
    out, err = Console(), Console(stderr=True)
    if not gold.exists():
        if "shared" in gold.parts:
            typer.echo(f"data set absent: {gold} does not exist on this machine; nothing to score")
            raise typer.Exit(0)
        err.print(f"no such file or folder: {gold}", markup=False)
        raise typer.Exit(2)
    cases, failures = load_cases(gold, articles)
    for failure in failures:
        err.print(f"skipped {failure.source}: {failure.reason}", markup=False)
    if not cases:
        err.print(f"no gold file with an article found under {gold}", markup=False)
        raise typer.Exit(1)
    try:
        report = evaluate(cases, spotted_system(model))
    except SpottedError as error:
        err.print(f"error {error}", markup=False)
        raise typer.Exit(2) from error
    if as_json:
        data = report.to_dict()
        if errors:
            data["errors"] = [vars(e) for e in iter_errors(report)]
        typer.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    render(out, report, errors)


def render(out: Console, report: Report, errors: bool) -> None:
    out.print(totals_table(report))
    knowledge = knowledge_line(report)
    if knowledge:
        out.print(knowledge, markup=False, soft_wrap=True)
    if len(report.articles) > 1:
        out.print(articles_table(report))
    if errors:
        print_errors(out, report)


def cell(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def totals_table(report: Report) -> Table:
    """Rows people, presence, interactions, quotes (P/R/F1) and speaker, addressee (accuracy)."""
    table = Table(title=f"spotted eval: {len(report.articles)} article(s), micro-averaged")
    for column in ("", "P", "R", "F1 / acc", "n"):
        table.add_column(column, justify="left" if not column else "right")
    for task in TASKS:
        counts = getattr(report.total, task)
        table.add_row(ROW_LABELS[task], cell(counts.precision), cell(counts.recall), cell(counts.f1), str(counts.n))
    for task in ACCURACIES:
        accuracy = getattr(report.total, task)
        table.add_row(ROW_LABELS[task], "", "", cell(accuracy.value), str(accuracy.total))
    return table


def knowledge_line(report: Report) -> str:
    """The items needing outside knowledge, found of those in gold (not in the scores above)."""
    parts = [f"{key} {acc.correct}/{acc.total}" for key in KNOWLEDGE_ITEMS
             if (acc := report.total.knowledge[key]).total]
    return f"knowledge items, counted apart: {', '.join(parts)}" if parts else ""


def articles_table(report: Report) -> Table:
    table = Table(title="per article")
    for column in ("article", "people F1", "presence F1", "interactions F1", "quotes F1", "speaker acc"):
        table.add_column(column, justify="left" if column == "article" else "right")
    for row in report.articles:
        table.add_row(row.article, cell(row.people.f1), cell(row.presence.f1), cell(row.interactions.f1),
                      cell(row.quotes.f1), cell(row.speaker.value))
    return table


def print_errors(out: Console, report: Report) -> None:
    """Every miss, spurious and wrong item, task by task, with the sentence it came from."""
    task = None
    for error in iter_errors(report):
        if error.task != task:
            task = error.task
            out.print(f"\n[bold]{ROW_LABELS[task]}[/bold]")
        detail = f" ({error.detail})" if error.detail else ""
        out.print(f"  {error.article}  {error.error}: {error.item}{detail}", markup=False, highlight=False,
                  soft_wrap=True)
        if error.sentence:
            out.print(f"      {error.sentence}", markup=False, highlight=False, style="dim", soft_wrap=True)
