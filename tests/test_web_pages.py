"""The pages: each answers its question in HTML, with links between people, events and articles."""

from __future__ import annotations

import json

import pytest
from test_web_support import TOKEN, build_store, client, person_id


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("web") / "spotted.db")


@pytest.fixture(scope="module")
def web(db):
    with client(db) as opened:
        yield opened


def test_the_home_page_lists_the_most_seen_people_and_recent_events(web, db):
    page = web.get("/").text
    assert f'<a class="person" href="/people/{person_id(db, "Vera Quill")}">Vera Quill</a>' in page
    assert page.index("Tide Music Awards") < page.index("Coral Screen Awards")


def test_the_search_page_finds_people_by_part_of_their_name(web, db):
    page = web.get("/search", params={"q": "brandt"}).text
    assert f'href="/people/{person_id(db, "Otto Brandt")}">Otto Brandt</a>' in page


def test_the_search_page_marks_the_matched_words(web):
    assert "The Coral <mark>after-party</mark>" in web.get("/search", params={"q": "after-party"}).text


def test_a_persons_page_shows_the_sentence_behind_each_sighting(web, db):
    page = web.get(f"/people/{person_id(db, 'Vera Quill')}").text
    assert "Vera Quill hugged Otto Brandt backstage at the Coral Screen Awards." in page


def test_a_persons_page_lists_companions_and_carries_the_graph(web, db):
    page = web.get(f"/people/{person_id(db, 'Vera Quill')}").text
    graph = json.loads(page.split('id="graph-data">')[1].split("</script>")[0])
    assert 'id="companions"' in page
    assert {n["label"] for n in graph["nodes"]} >= {"Vera Quill", "Otto Brandt", "Ines Morrow"}
    assert '<script src="/static/cytoscape.min.js" defer></script>' in page


def test_a_person_named_in_the_address_is_sent_to_their_id(web, db):
    response = web.get("/people/Otto Brandt", follow_redirects=False)
    assert response.status_code == 307
    assert response.headers["location"] == f"/people/{person_id(db, 'Otto Brandt')}"


def test_an_unknown_persons_page_is_404(web):
    response = web.get("/people/Nobody Atall")
    assert response.status_code == 404
    assert "no person called &#39;Nobody Atall&#39; in the store" in response.text


def test_an_ambiguous_event_page_offers_the_candidates(web):
    response = web.get("/events/Awards")
    assert response.status_code == 409
    assert "Coral Screen Awards" in response.text and "Tide Music Awards" in response.text


def test_an_event_page_lists_who_was_there(web, db):
    page = web.get("/events/Coral Screen").text
    assert f'href="/people/{person_id(db, "Ines Morrow")}">Ines Morrow</a>' in page


def test_an_article_page_links_each_mention_to_its_person(web, db):
    article_id = web.get("/api/search", params={"q": "after-party"}).json()["hits"][0]["article_id"]
    page = web.get(f"/articles/{article_id}").text
    assert f'<a class="ent person" href="/people/{person_id(db, "Otto Brandt")}"' in page


def test_an_article_page_marks_each_quote_with_its_speaker(web):
    article_id = web.get("/api/search", params={"q": "backstage"}).json()["hits"][0]["article_id"]
    page = web.get(f"/articles/{article_id}").text
    assert '<span class="quote" title="Vera Quill">Best night of the year,' in page


def test_the_paste_page_offers_a_form(web):
    assert '<form method="post" action="/paste"' in web.get("/paste").text


def test_a_pasted_article_is_shown_with_its_people(web):
    page = web.post("/paste", data={"text": "Dara Voss hugged Milo Fenn backstage at the Lumen Gala."}).text
    assert 'id="people-found"' in page
    assert ">Dara Voss</a>" in page


def test_a_paste_without_text_asks_for_it(web):
    response = web.post("/paste", data={"text": "  "})
    assert response.status_code == 422
    assert "Paste the article" in response.text


def test_a_pasted_article_is_stored_only_when_asked_and_then_opens_as_an_article(tmp_path):
    db = build_store(tmp_path / "spotted.db")
    with client(db, allow_writes=True, token=TOKEN) as writer:
        response = writer.post(
            "/paste", data={"text": "Dara Voss hugged Milo Fenn at the Lumen Gala.", "store": "true", "token": TOKEN},
            follow_redirects=False,
        )
        assert response.status_code == 303
        assert writer.get(response.headers["location"]).status_code == 200
