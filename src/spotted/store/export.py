"""Export the store for other tools: JSONL, CSV, Parquet, GraphML.

- `jsonl`: one line per article — its fields, event, people (with the identity each joined)
  and every fact with offsets (`ArticleDetail.to_dict()`), to a file or a stream.
- `csv` / `parquet`: one file per table and per readable view, into a folder.
- `graphml`: people as nodes, and one weighted edge per pair of people who interacted, stood
  side by side or were placed at the same event (opens in Gephi, yEd and networkx).
"""

from __future__ import annotations

import csv
import json
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from spotted.errors import ExportFormatUnknown
from spotted.store.queries import (
    COLOCATED_WEIGHT,
    CO_PRESENT_WEIGHT,
    INTERACTION_WEIGHT,
    article,
    article_ids,
)

log = logging.getLogger(__name__)

FORMATS = ("jsonl", "csv", "parquet", "graphml")
TABLES = (
    "articles", "events", "people", "aliases", "appearances", "mentions", "sightings", "interactions",
    "colocated", "quotes", "curation", "person_sightings", "person_quotes", "person_interactions",
)
ROWS_PER_BATCH = 10_000  # Parquet row group size, and what is held in memory at once


def export(conn: sqlite3.Connection, fmt: str, out: str | Path | IO) -> list[Path]:
    """Write the store in format `fmt` to `out`; returns the files written.

    `out` is a folder for csv and parquet (created if needed), a file path or an open
    stream (text for jsonl, binary for graphml) for the others.
    """
    if fmt == "jsonl":
        return export_jsonl(conn, out)
    if fmt == "graphml":
        return export_graphml(conn, out)
    if fmt in ("csv", "parquet"):
        folder = Path(out)
        folder.mkdir(parents=True, exist_ok=True)
        write = write_csv if fmt == "csv" else write_parquet
        return [write(conn, table, folder / f"{table}.{fmt}") for table in TABLES]
    raise ExportFormatUnknown(f"unknown export format '{fmt}'")


def articles_as_dicts(conn: sqlite3.Connection) -> Iterator[dict]:
    for article_id in article_ids(conn):
        yield article(conn, article_id).to_dict()


def export_jsonl(conn: sqlite3.Connection, out: str | Path | IO) -> list[Path]:
    if isinstance(out, (str, Path)):
        with open(out, "w", encoding="utf-8") as handle:
            export_jsonl(conn, handle)
        return [Path(out)]
    for record in articles_as_dicts(conn):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return []


def rows(conn: sqlite3.Connection, table: str) -> tuple[list[str], sqlite3.Cursor]:
    cursor = conn.execute(f"SELECT * FROM {table}")  # table names come from TABLES, not from users
    return [column[0] for column in cursor.description], cursor


def write_csv(conn: sqlite3.Connection, table: str, path: Path) -> Path:
    columns, cursor = rows(conn, table)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        writer.writerows(tuple(row) for row in cursor)
    return path


def write_parquet(conn: sqlite3.Connection, table: str, path: Path) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    # Column types from the schema, not from the first rows: a column empty at first is not "null".
    kinds = {"INTEGER": pa.int64(), "REAL": pa.float64()}
    declared = {row["name"]: row["type"].upper() for row in conn.execute(f"PRAGMA table_info({table})")}
    columns, cursor = rows(conn, table)
    schema = pa.schema([(name, kinds.get(declared.get(name, ""), pa.string())) for name in columns])
    with pq.ParquetWriter(path, schema) as writer:
        while batch := cursor.fetchmany(ROWS_PER_BATCH):
            writer.write_table(pa.table({name: [row[i] for row in batch] for i, name in enumerate(columns)}, schema=schema))
    return path


def people_graph(conn: sqlite3.Connection):
    """A networkx Graph: people as nodes, weighted edges for interactions, co-locations, co-presence."""
    import networkx as nx

    graph = nx.Graph()
    for row in conn.execute(
        "SELECT p.id, p.name, count(DISTINCT ap.article_id) AS articles, "
        "count(DISTINCT CASE WHEN ap.present THEN ap.article_id END) AS present "
        "FROM people p JOIN appearances ap ON ap.person_id = p.id GROUP BY p.id"
    ):
        graph.add_node(f"p{row['id']}", label=row["name"], articles=row["articles"], present=row["present"])

    def bump(a: int, b: int, what: str, count: int) -> None:
        if a == b:
            return
        u, v = f"p{min(a, b)}", f"p{max(a, b)}"
        if not graph.has_edge(u, v):
            graph.add_edge(u, v, interactions=0, colocated=0, co_present=0, weight=0)
        graph.edges[u, v][what] += count

    for table, what in (("interactions", "interactions"), ("colocated", "colocated")):
        for row in conn.execute(
            f"SELECT x.person_id AS a, y.person_id AS b, count(*) AS n FROM {table} f "
            f"JOIN appearances x ON x.id = f.a_id JOIN appearances y ON y.id = f.b_id "
            f"WHERE x.person_id IS NOT NULL AND y.person_id IS NOT NULL GROUP BY x.person_id, y.person_id"
        ):
            bump(row["a"], row["b"], what, row["n"])
    for row in conn.execute("SELECT a_id, b_id, articles FROM co_appearances"):
        bump(row["a_id"], row["b_id"], "co_present", row["articles"])
    for _, _, data in graph.edges(data=True):
        data["weight"] = (
            INTERACTION_WEIGHT * data["interactions"] + COLOCATED_WEIGHT * data["colocated"] + CO_PRESENT_WEIGHT * data["co_present"]
        )
    return graph


def export_graphml(conn: sqlite3.Connection, out: str | Path | IO) -> list[Path]:
    import networkx as nx

    graph = people_graph(conn)
    log.info("graph: %d people, %d edges", graph.number_of_nodes(), graph.number_of_edges())
    nx.write_graphml(graph, out)
    return [Path(out)] if isinstance(out, (str, Path)) else []
