"""The questions users ask of the store, each answered with its evidence."""

from __future__ import annotations

import sqlite3

import pytest
from test_store_support import small_archive

from spotted.store import AmbiguousEvent, PersonNotFound, Store


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    with Store(tmp_path_factory.mktemp("store") / "spotted.db") as opened:
        opened.add(small_archive())
        yield opened


def test_a_store_opened_read_only_answers_but_refuses_writes(store):
    with Store(store.path, readonly=True) as reader:
        assert reader.people()[0].name == "Nadia Fairweather"
        with pytest.raises(sqlite3.OperationalError):
            reader.alias_add("Nadi", "Nadia Fairweather")


def test_people_come_most_seen_first(store):
    assert [p.name for p in store.people()[:2]] == ["Nadia Fairweather", "Yung Sorrel"]
    assert store.people()[0].present == 3


def test_people_at_an_event_are_those_its_articles_name(store):
    names = {p.name for p in store.people(event="Harbor Music Awards")}
    assert names == {"Nadia Fairweather", "Yung Sorrel", "Theo Marchetti", "Lulu Abernathy", "Gideon Pryce", "Monty Hale"}


def test_people_since_a_date_leave_out_older_articles(store):
    assert {p.name for p in store.people(since="2024-03-01")} == {"Nadia Fairweather", "Priya Castellanos"}


def test_people_like_finds_a_person_by_part_of_a_word_of_their_name(store):
    assert [p.name for p in store.people_like("fairw")] == ["Nadia Fairweather"]


def test_a_timeline_runs_newest_first(store):
    entries = store.timeline("Nadia Fairweather").entries
    assert [e.date for e in entries] == ["2024-04-20", "2024-02-04", "2024-02-04"]
    assert entries[0].event == "Lantern Film Awards"


def entry(store: Store, title: str):
    return next(e for e in store.timeline("Nadia Fairweather").entries if e.title == title)


def test_a_timeline_entry_gives_where_doing_with_whom_and_what_was_said_with_the_sentence(store):
    backstage = entry(store, "Backstage at the Harbor Music Awards")
    [sighting] = backstage.sightings
    assert (sighting.place, sighting.doing) == ("backstage", "hugged Yung Sorrel")
    assert sighting.evidence.sentence == "Nadia Fairweather hugged Yung Sorrel backstage at the Harbor Music Awards."
    assert [(link.b, link.kind) for link in backstage.links] == [("Yung Sorrel", "hugged"), ("Gideon Pryce", "next to")]
    assert [q.text for q in backstage.quotes] == ["We're friends again,"]
    assert backstage.quotes[0].evidence.sentence == "\"We're friends again,\" Fairweather told reporters."


def test_a_person_is_found_by_id_as_well_as_by_name(store):
    nadia = store.find_person("Nadia Fairweather")
    assert store.timeline(f"#{nadia.id}").person.name == "Nadia Fairweather"


def test_an_unknown_person_is_refused(store):
    with pytest.raises(PersonNotFound):
        store.timeline("Nobody Atall")


def test_companions_rank_interactions_above_a_shared_room_above_a_shared_event(store):
    ranked = store.companions("Nadia Fairweather")
    assert [c.name for c in ranked[:2]] == ["Yung Sorrel", "Gideon Pryce"]
    yung = ranked[0]
    assert (yung.interactions, yung.colocated, yung.co_present) == (2, 0, 2)
    assert set(yung.kinds) == {"hugged", "danced with"}


def test_each_companion_comes_with_the_sentences_that_tie_them(store):
    gideon = next(c for c in store.companions("Nadia Fairweather") if c.name == "Gideon Pryce")
    assert [e.sentence for e in gideon.evidence] == ["Gideon Pryce's dressing room was next to Fairweather's."]


def test_an_event_roundup_has_who_was_there_what_happened_and_what_was_said(store):
    roundup = store.event("Harbor Music Awards 2024")
    assert [a.title for a in roundup.articles] == ["Backstage at the Harbor Music Awards", "The Harbor after-party"]
    there = {p.name: p.present for p in roundup.people}
    assert there["Nadia Fairweather"] and not there["Monty Hale"]
    assert {(s.person, s.place) for s in roundup.sightings} == {("Nadia Fairweather", "backstage"), ("Yung Sorrel", "after-party")}
    assert {link.kind for link in roundup.links} == {"hugged", "chatted", "next to", "danced with"}
    assert [q.text for q in roundup.quotes] == ["We're friends again,"]


def test_an_event_is_found_by_the_initials_of_its_name(store):
    assert store.event("HMAs").event.name == "Harbor Music Awards"


def test_words_that_match_several_events_are_refused_with_the_candidates(store):
    with pytest.raises(AmbiguousEvent) as raised:
        store.event("Awards")
    assert {e.name for e in raised.value.candidates} == {"Harbor Music Awards", "Lantern Film Awards"}


def test_quotes_are_a_persons_words_newest_first_with_their_article(store):
    said = store.quotes("Nadia Fairweather")
    assert [q.text for q in said] == ["Music is my first love,", "We're friends again,"]
    assert said[0].evidence.title == "Lantern Film Awards winners"
    assert said[0].event == "Lantern Film Awards"


def test_search_finds_quotes_with_their_speaker(store):
    [hit] = [h for h in store.search("first love") if h.kind == "quote"]
    assert hit.speaker == "Nadia Fairweather"
    assert hit.snippet == "Music is my ⟦first⟧ ⟦love⟧,"


def test_search_finds_articles_by_words_of_their_text(store):
    [hit] = store.search("coffee Malibu")
    assert (hit.kind, hit.title) == ("article", "Coffee run")


def test_search_takes_punctuation_and_operators_as_plain_words(store):
    assert store.search('after-party AND "NOT (') is not None


def test_an_article_gives_every_fact_with_offsets_into_its_text(store):
    detail = store.article(entry(store, "Backstage at the Harbor Music Awards").article_id)
    for person in detail.people:
        for mention in person.mentions:
            assert detail.text[mention.start : mention.end] == mention.text
    assert {p.person for p in detail.people} >= {"Nadia Fairweather", "Gideon Pryce"}
