"""The knowledge-base commands: thin over `spotted.store`, `--json` with the library's fields."""

from __future__ import annotations

import json

import pytest
from test_store_support import small_archive
from typer.testing import CliRunner

from spotted.cli import app, register_commands
from spotted.store import Store

register_commands()


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "spotted.db"
    with Store(path) as store:
        store.add(small_archive())
    return path


def run(*args: str, env: dict | None = None):
    return CliRunner().invoke(app, list(args), env=env)


def test_people_json_is_the_library_records(db):
    result = run("people", "--db", str(db), "--json")
    assert result.exit_code == 0
    with Store(db) as store:
        assert json.loads(result.stdout) == [p.to_dict() for p in store.people()]


def test_the_store_can_be_named_by_the_spotted_db_variable(db):
    result = run("quotes", "Nadia Fairweather", "--json", env={"SPOTTED_DB": str(db)})
    assert [q["text"] for q in json.loads(result.stdout)] == ["Music is my first love,", "We're friends again,"]


@pytest.mark.parametrize(
    "command",
    [["person", "Nadia Fairweather"], ["with", "Nadia Fairweather"], ["event", "Harbor"], ["search", "first", "love"], ["people"]],
)
def test_each_view_prints_a_table_that_names_what_it_found(db, command):
    result = run(*command, "--db", str(db))
    assert result.exit_code == 0
    assert "Nadia Fairweather" in result.stdout


def test_a_query_of_a_missing_store_says_how_to_make_one(tmp_path):
    result = run("people", "--db", str(tmp_path / "nothing.db"))
    assert result.exit_code == 2
    assert "spotted ingest" in result.stderr
    assert not (tmp_path / "nothing.db").exists()


def test_a_file_that_is_not_a_store_is_refused_with_what_to_do(tmp_path):
    (tmp_path / "notes.db").write_text("shopping list", encoding="utf-8")
    result = run("people", "--db", str(tmp_path / "notes.db"))
    assert result.exit_code == 2
    assert "is not a spotted store" in result.stderr


def test_an_ambiguous_name_lists_who_could_be_meant(db):
    with Store(db) as store:
        store.split("Yung Sorrel", store.timeline("Yung Sorrel").entries[0].article_id)
    result = run("person", "Yung Sorrel", "--db", str(db))
    assert result.exit_code == 2
    assert result.stderr.count("Yung Sorrel  (") == 2


def test_merge_split_and_alias_report_what_they_did(db):
    merged = json.loads(run("merge", "Lulu Abernathy", "Theo Marchetti", "--db", str(db), "--json").stdout)
    assert (merged["person"]["name"], merged["moved"]) == ("Theo Marchetti", 1)
    run("alias", "add", "The Sorrel Kid", "Yung Sorrel", "--db", str(db))
    aliases = json.loads(run("alias", "list", "Yung Sorrel", "--db", str(db), "--json").stdout)
    assert [(a["alias"], a["source"]) for a in aliases] == [("The Sorrel Kid", "user")]


def test_export_writes_csv_files_into_the_named_folder(db, tmp_path):
    result = run("export", "--format", "csv", "--out", str(tmp_path / "out"), "--db", str(db))
    assert result.exit_code == 0
    assert (tmp_path / "out" / "quotes.csv").exists()
