"""Safe by default: read-only unless told, writes only with the token, every name and text escaped."""

from __future__ import annotations

import sqlite3

import pytest
from test_web_support import HOSTILE_NAME, HOSTILE_TITLE, TOKEN, build_store, client, person_id

from spotted.web import WebConfig
from spotted.web.config import WritesNeedToken
from spotted.web.stores import StorePool


@pytest.fixture()
def db(tmp_path):
    return build_store(tmp_path / "spotted.db")


@pytest.fixture(scope="module")
def shared_db(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("web") / "spotted.db")


@pytest.fixture(scope="module")
def reader(shared_db):
    with client(shared_db) as opened:
        yield opened


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_a_read_only_server_refuses_writes_with_403(reader):
    response = reader.post("/api/merge", json={"person": "Otto Brandt", "into": "Vera Quill"}, headers=bearer(TOKEN))
    assert response.status_code == 403
    assert "--allow-writes" in response.json()["detail"]


def test_a_read_only_servers_connections_cannot_change_the_file(shared_db):
    pool = StorePool(shared_db)
    with pool.borrow() as store, pytest.raises(sqlite3.OperationalError):
        store.conn.execute("DELETE FROM people")
    pool.close()


def test_writes_cannot_be_allowed_without_a_token(db):
    with pytest.raises(WritesNeedToken):
        WebConfig(db, allow_writes=True, token=None)


def test_a_write_without_the_token_is_401(db):
    with client(db, allow_writes=True, token=TOKEN) as writer:
        response = writer.post("/api/merge", json={"person": "Otto Brandt", "into": "Vera Quill"})
    assert response.status_code == 401


def test_a_write_with_a_wrong_token_is_401(db):
    with client(db, allow_writes=True, token=TOKEN) as writer:
        response = writer.post("/api/merge", json={"person": "Otto Brandt", "into": "Vera Quill"}, headers=bearer("guess"))
    assert response.status_code == 401


def test_a_merge_with_the_token_joins_two_people(db):
    with client(db, allow_writes=True, token=TOKEN) as writer:
        response = writer.post("/api/merge", json={"person": "Otto Brandt", "into": "Vera Quill"}, headers=bearer(TOKEN))
        assert response.status_code == 200
        assert writer.get("/api/people/Otto Brandt").json()["person"]["name"] == "Vera Quill"


def test_an_alias_with_the_token_names_the_person(db):
    with client(db, allow_writes=True, token=TOKEN) as writer:
        writer.post("/api/aliases", json={"alias": "Vee", "name": "Vera Quill"}, headers=bearer(TOKEN))
        assert writer.get("/api/people/Vee").json()["person"]["name"] == "Vera Quill"


def split_otto(writer) -> dict:
    """Say the Otto Brandt of the after-party is someone else; the split's result."""
    article_id = writer.get("/api/search", params={"q": "after-party"}).json()["hits"][0]["article_id"]
    return writer.post("/api/split", json={"name": "Otto Brandt", "article_id": article_id}, headers=bearer(TOKEN)).json()


def test_a_split_with_the_token_makes_a_person_of_their_own(db):
    with client(db, allow_writes=True, token=TOKEN) as writer:
        result = split_otto(writer)
    assert (result["action"], result["moved"]) == ("split", 1)


def test_a_name_two_people_share_is_409_with_both_as_candidates(db):
    with client(db, allow_writes=True, token=TOKEN) as writer:
        split_otto(writer)
        response = writer.get("/api/people/Otto Brandt")
    assert response.status_code == 409
    assert [c["name"] for c in response.json()["candidates"]] == ["Otto Brandt", "Otto Brandt"]


def test_ingest_with_the_token_stores_the_article_once(db):
    article = {"text": "Dara Voss hugged Milo Fenn at the Lumen Gala on Friday night.", "title": "Lumen Gala"}
    with client(db, allow_writes=True, token=TOKEN) as writer:
        first = writer.post("/api/ingest", json=article, headers=bearer(TOKEN)).json()
        again = writer.post("/api/ingest", json=article, headers=bearer(TOKEN)).json()
        assert writer.get(f"/api/articles/{first['article_id']}").json()["title"] == "Lumen Gala"
    assert first["stored"] and not again["stored"]


def test_a_script_in_an_article_shows_as_text(reader, shared_db):
    article_id = reader.get("/api/search", params={"q": "waved"}).json()["hits"][0]["article_id"]
    page = reader.get(f"/articles/{article_id}").text
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&#39;text&#39;)&lt;/script&gt;" in page


def test_a_title_with_markup_shows_as_text(reader):
    article_id = reader.get("/api/search", params={"q": "waved"}).json()["hits"][0]["article_id"]
    page = reader.get(f"/articles/{article_id}").text
    assert HOSTILE_TITLE not in page
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; night out" in page


def test_a_name_with_markup_shows_as_text_on_the_persons_page(reader, shared_db):
    page = reader.get(f"/people/{person_id(shared_db, HOSTILE_NAME)}").text
    assert HOSTILE_NAME not in page
    assert "Mallory&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;" in page


def test_a_name_with_markup_cannot_end_the_graphs_json_early(reader, shared_db):
    page = reader.get(f"/people/{person_id(shared_db, 'Vera Quill')}").text
    graph_json = page.split('<script type="application/json" id="graph-data">')[1].split("</script>")[0]
    assert "Mallory\\u003c/script\\u003e" in graph_json


def test_an_article_url_that_is_not_http_is_not_a_link(reader):
    article_id = reader.get("/api/search", params={"q": "waved"}).json()["hits"][0]["article_id"]
    assert 'href="javascript:' not in reader.get(f"/articles/{article_id}").text


def test_pages_forbid_scripts_from_anywhere_but_the_app(reader):
    policy = reader.get("/").headers["content-security-policy"]
    assert "script-src 'self'" in policy
    assert "frame-ancestors 'none'" in policy


def test_a_pasted_article_is_not_stored_on_a_read_only_server(reader):
    before = reader.get("/api/stats").json()["articles"]
    response = reader.post("/paste", data={"text": "Dara Voss hugged Milo Fenn at the gala.", "store": "true", "token": TOKEN})
    assert response.status_code == 403
    assert reader.get("/api/stats").json()["articles"] == before
