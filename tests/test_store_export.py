"""`spotted export`: the store as JSONL, CSV, Parquet and GraphML other tools can open."""

from __future__ import annotations

import csv
import io
import json

import pytest
from test_store_support import small_archive

from spotted.store import ExportFormatUnknown, Store


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    with Store(tmp_path_factory.mktemp("store") / "spotted.db") as opened:
        opened.add(small_archive())
        yield opened


def test_jsonl_has_one_article_a_line_with_the_identity_each_name_joined(store):
    stream = io.StringIO()
    store.export("jsonl", stream)
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert len(lines) == 4
    nadia = next(p for p in lines[0]["people"] if p["name"] == "Nadia Fairweather")
    assert nadia["person_id"] == store.find_person("Nadia Fairweather").id
    assert lines[0]["quotes"][0]["text"] == "We're friends again,"


def test_csv_writes_a_file_per_table_and_view(store, tmp_path):
    store.export("csv", tmp_path)
    with open(tmp_path / "person_sightings.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {(r["person"], r["place"]) for r in rows} >= {("Nadia Fairweather", "backstage")}
    assert (tmp_path / "people.csv").exists()


def test_parquet_tables_read_back_with_their_rows(store, tmp_path):
    import pyarrow.parquet as pq

    store.export("parquet", tmp_path)
    assert pq.read_table(tmp_path / "articles.parquet").num_rows == 4
    assert pq.read_table(tmp_path / "curation.parquet").num_rows == 0


def test_graphml_has_people_as_nodes_and_weighted_edges(store, tmp_path):
    import networkx as nx

    store.export("graphml", tmp_path / "people.graphml")
    graph = nx.read_graphml(tmp_path / "people.graphml")
    node = {data["label"]: key for key, data in graph.nodes(data=True)}
    edge = graph.edges[node["Nadia Fairweather"], node["Yung Sorrel"]]
    assert (edge["interactions"], edge["co_present"], edge["weight"]) == (2, 2, 8)


def test_an_unknown_format_is_refused(store, tmp_path):
    with pytest.raises(ExportFormatUnknown):
        store.export("xlsx", tmp_path)
