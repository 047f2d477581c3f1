"""`spotted serve`: loopback and read-only unless told otherwise; refuses to start unsafely."""

from __future__ import annotations

import pytest
import uvicorn
from test_web_support import TOKEN, build_store
from typer.testing import CliRunner

from spotted.cli import app, register_commands

register_commands()


@pytest.fixture
def db(tmp_path):
    return build_store(tmp_path / "spotted.db")


@pytest.fixture
def served(monkeypatch):
    """What `spotted serve` handed to uvicorn, instead of serving."""
    calls: list[dict] = []
    monkeypatch.setattr(uvicorn, "run", lambda web, **options: calls.append({"app": web, **options}))
    return calls


def run(*args: str, env: dict | None = None):
    return CliRunner().invoke(app, list(args), env={"SPOTTED_TOKEN": None, **(env or {})})


def test_serve_listens_on_loopback_by_default(db, served):
    assert run("serve", "--db", str(db)).exit_code == 0
    assert (served[0]["host"], served[0]["port"]) == ("127.0.0.1", 8000)


def test_serve_is_read_only_by_default(db, served):
    run("serve", "--db", str(db))
    assert served[0]["app"].state.web.config.allow_writes is False


def test_serve_with_writes_needs_the_token_variable(db, served):
    result = run("serve", "--db", str(db), "--allow-writes")
    assert result.exit_code == 2
    assert "SPOTTED_TOKEN" in result.stderr
    assert served == []


def test_serve_with_writes_takes_the_token_from_the_environment(db, served):
    run("serve", "--db", str(db), "--allow-writes", env={"SPOTTED_TOKEN": TOKEN})
    assert served[0]["app"].state.web.config.token_matches(TOKEN)


def test_serve_refuses_a_store_that_does_not_exist(tmp_path, served):
    result = run("serve", "--db", str(tmp_path / "missing.db"))
    assert result.exit_code == 2
    assert "no store at" in result.stderr
