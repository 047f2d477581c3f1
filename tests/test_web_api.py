"""The JSON API: each endpoint answers the store's question, pages its lists, and refuses bad input clearly."""

from __future__ import annotations

import pytest
from test_web_support import build_store, client, person_id


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("web") / "spotted.db")


@pytest.fixture(scope="module")
def api(db):
    with client(db) as opened:
        yield opened


def test_people_come_most_seen_first_with_their_ids(api, db):
    items = api.get("/api/people").json()["items"]
    assert items[0]["name"] == "Vera Quill"
    assert items[0]["id"] == person_id(db, "Vera Quill")


def test_a_page_of_people_points_to_the_next_one(api):
    page = api.get("/api/people", params={"limit": 1}).json()
    assert len(page["items"]) == 1
    assert page["next_offset"] == 1


def test_the_last_page_of_people_has_no_next_one(api):
    everyone = api.get("/api/people").json()["items"]
    page = api.get("/api/people", params={"limit": 10, "offset": len(everyone) - 1}).json()
    assert [p["name"] for p in page["items"]] == [everyone[-1]["name"]]
    assert page["next_offset"] is None


def test_people_at_an_event_are_those_its_articles_name(api):
    names = {p["name"] for p in api.get("/api/people", params={"event": "Coral Screen"}).json()["items"]}
    assert names == {"Vera Quill", "Otto Brandt", "Ines Morrow"}


def test_a_person_is_found_by_id_and_by_name(api, db):
    by_id = api.get(f"/api/people/{person_id(db, 'Otto Brandt')}").json()
    by_name = api.get("/api/people/Otto Brandt").json()
    assert by_id == by_name
    assert by_id["person"]["name"] == "Otto Brandt"


def test_a_timeline_gives_each_fact_with_its_sentence(api):
    entry = next(e for e in api.get("/api/people/Vera Quill").json()["entries"] if e["title"] == "Backstage at the Coral Screen Awards")
    assert entry["sightings"][0]["evidence"]["sentence"] == "Vera Quill hugged Otto Brandt backstage at the Coral Screen Awards."


def test_an_unknown_person_is_404_with_a_message(api):
    response = api.get("/api/people/Nobody Atall")
    assert response.status_code == 404
    assert response.json()["detail"] == "no person called 'Nobody Atall' in the store"
    assert response.json()["code"] == "S103"


def test_companions_come_ranked_with_their_evidence(api):
    page = api.get("/api/people/Vera Quill/with").json()
    assert [c["name"] for c in page["items"][:2]] == ["Otto Brandt", "Ines Morrow"]
    assert sorted(page["items"][0]["kinds"]) == ["danced with", "hugged"]
    assert {e["sentence"] for e in page["items"][0]["evidence"]} == {
        "Vera Quill hugged Otto Brandt backstage at the Coral Screen Awards.",
        "At the Coral Screen Awards after-party, Otto Brandt danced with Vera Quill.",
    }


def test_a_persons_quotes_are_theirs_newest_first(api):
    quotes = api.get("/api/people/Vera Quill/quotes").json()["items"]
    assert [q["text"] for q in quotes] == ["I missed this stage,", "Best night of the year,"]


def test_a_persons_aliases_say_where_each_comes_from(api):
    aliases = api.get("/api/people/Vera Quill/aliases").json()
    assert [(a["alias"], a["source"]) for a in aliases] == [("Quill", "mention")]


def test_a_persons_graph_has_them_at_the_centre_and_an_edge_to_each_companion(api):
    graph = api.get("/api/people/Vera Quill/graph").json()
    companions = api.get("/api/people/Vera Quill/with").json()["items"]
    centre = [n for n in graph["nodes"] if n["centre"]]
    assert [n["label"] for n in centre] == ["Vera Quill"]
    assert {e["target"] for e in graph["edges"]} == {f"p{c['id']}" for c in companions}
    assert all(n["url"] == f"/people/{n['person_id']}" for n in graph["nodes"])


def test_events_are_listed_with_ids(api):
    names = {e["name"] for e in api.get("/api/events").json()["items"]}
    assert names == {"Coral Screen Awards", "Tide Music Awards"}


def test_an_event_roundup_says_who_was_there_and_what_happened(api):
    roundup = api.get("/api/events/Coral Screen").json()
    assert {p["name"] for p in roundup["people"]} == {"Vera Quill", "Otto Brandt", "Ines Morrow"}
    assert {link["kind"] for link in roundup["links"]} == {"hugged", "danced with", "next to"}


def test_words_matching_two_events_are_409_with_the_candidates(api):
    response = api.get("/api/events/Awards")
    assert response.status_code == 409
    assert {c["name"] for c in response.json()["candidates"]} == {"Coral Screen Awards", "Tide Music Awards"}


def test_an_unknown_event_is_404(api):
    assert api.get("/api/events/Nothing Like It").status_code == 404


def test_an_event_graph_joins_the_people_seen_together(api):
    graph = api.get("/api/events/Coral Screen/graph").json()
    assert len(graph["nodes"]) == 3
    assert sorted(sorted(e["kinds"]) for e in graph["edges"]) == [["danced with", "hugged"], ["next to"]]


def test_quotes_can_be_kept_to_one_person(api):
    quotes = api.get("/api/quotes", params={"person": "Vera Quill"}).json()["items"]
    assert {q["speaker"] for q in quotes} == {"Vera Quill"}


def test_search_finds_people_by_part_of_a_name_and_articles_by_words(api):
    found = api.get("/api/search", params={"q": "quil"}).json()
    assert [p["name"] for p in found["people"]] == ["Vera Quill"]
    hits = api.get("/api/search", params={"q": "after-party"}).json()["hits"]
    assert hits[0]["title"] == "The Coral after-party"


def test_search_without_words_is_422(api):
    assert api.get("/api/search", params={"q": ""}).status_code == 422


def test_an_article_comes_with_its_text_and_every_mention_as_offsets(api):
    article_id = api.get("/api/search", params={"q": "after-party"}).json()["hits"][0]["article_id"]
    article = api.get(f"/api/articles/{article_id}").json()
    mention = next(p for p in article["people"] if p["name"] == "Otto Brandt")["mentions"][0]
    assert article["text"][mention["start"] : mention["end"]] == "Otto Brandt"


def test_an_unknown_article_is_404(api):
    response = api.get("/api/articles/9999")
    assert response.status_code == 404
    assert response.json()["detail"] == "no article #9999 in the store"


def test_an_article_id_that_is_not_a_number_is_422(api):
    assert api.get("/api/articles/first").status_code == 422


def test_a_limit_over_the_maximum_is_422(api):
    assert api.get("/api/people", params={"limit": 100_000}).status_code == 422


def test_a_since_that_is_not_a_date_is_422(api):
    assert api.get("/api/people", params={"since": "last week"}).status_code == 422


def test_stats_count_the_rows_of_each_table(api):
    assert api.get("/api/stats").json()["articles"] == 4


def test_extract_returns_the_extraction_and_stores_nothing(api):
    before = api.get("/api/stats").json()
    response = api.post("/api/extract", json={"text": "Dara Voss hugged Milo Fenn at the gala.", "title": "Gala"})
    assert response.status_code == 200
    assert {"text", "people", "sightings", "interactions", "quotes"} <= set(response.json())
    assert response.json()["title"] == "Gala"
    assert api.get("/api/stats").json() == before


def test_malformed_json_is_422(api):
    response = api.post("/api/extract", content=b'{"text": "unfinished', headers={"content-type": "application/json"})
    assert response.status_code == 422


def test_an_article_without_text_is_422(api):
    assert api.post("/api/extract", json={"title": "No text"}).status_code == 422


def test_an_oversized_article_is_413(db):
    with client(db, max_body=1000) as small:
        response = small.post("/api/extract", json={"text": "Dara Voss waved. " * 100})
    assert response.status_code == 413
    assert "limit of 1000 bytes" in response.json()["detail"]


def test_an_oversized_body_sent_in_chunks_is_413(db):
    chunks = (b"x" * 400 for _ in range(5))  # no Content-Length: counted as it arrives
    with client(db, max_body=1000) as small:
        response = small.post("/api/extract", content=chunks, headers={"content-type": "application/json"})
    assert response.status_code == 413


def test_the_openapi_document_lists_every_endpoint(api):
    paths = set(api.get("/openapi.json").json()["paths"])
    assert {
        "/api/people", "/api/people/{ref}", "/api/people/{ref}/with", "/api/people/{ref}/quotes", "/api/people/{ref}/graph",
        "/api/events", "/api/events/{ref}", "/api/events/{ref}/graph", "/api/quotes", "/api/search",
        "/api/articles/{article_id}", "/api/extract", "/api/ingest", "/api/merge", "/api/split", "/api/aliases",
    } <= paths


def test_the_api_docs_load_swagger_ui_from_the_package(api):
    page = api.get("/docs").text
    assert 'src="/static/swagger/swagger-ui-bundle.js"' in page
    assert "https://" not in page
    assert api.get("/static/swagger/swagger-ui-bundle.js").status_code == 200
