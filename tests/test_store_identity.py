"""One identity per person across articles, and users' corrections that outlast re-ingest."""

from __future__ import annotations

import pytest
from test_store_support import HARBOR, LANTERN, alias_table, made

from spotted.store import AmbiguousPerson, Store


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "spotted.db", aliases=alias_table(("Ramona Vexley", "Mona Vex"), ("Vexie", "Mona Vex"))) as opened:
        yield opened


def person_of(store: Store, article_id: int, name: str) -> tuple[int, str]:
    row = store.conn.execute(
        "SELECT person_id, resolved_by FROM appearances WHERE article_id = ? AND name = ?", (article_id, name)
    ).fetchone()
    return row[0], row[1]


def add(store: Store, *pairs, replace: bool = False) -> list[int]:
    return store.add(list(pairs), replace=replace)


def test_a_full_name_in_a_second_article_joins_the_same_person(store):
    first, second = add(
        store,
        made("Nadia Fairweather arrived at the Velvet Room.", people={"Nadia Fairweather": ["Nadia Fairweather"]}),
        made("Nadia Fairweather left through the kitchen exit.", people={"Nadia Fairweather": ["Nadia Fairweather"]}),
    )
    assert person_of(store, first, "Nadia Fairweather")[0] == person_of(store, second, "Nadia Fairweather")[0]
    assert person_of(store, second, "Nadia Fairweather")[1] == "same full name"


def test_a_name_the_alias_table_ties_to_a_person_joins_that_person(store):
    first, second = add(
        store,
        made("Mona Vex hit the red carpet in silver.", people={"Mona Vex": ["Mona Vex"]}),
        made("Ramona Vexley signed autographs outside.", people={"Ramona Vexley": ["Ramona Vexley"]}),
    )
    person, why = person_of(store, second, "Ramona Vexley")
    assert person == person_of(store, first, "Mona Vex")[0]
    assert "alias 'Ramona Vexley' of Mona Vex" in why


def test_a_one_word_alias_the_table_knows_joins_without_other_evidence(store):
    first, second = add(
        store,
        made("Mona Vex hit the red carpet in silver.", people={"Mona Vex": ["Mona Vex"]}),
        made("Vexie waved from a balcony in Malibu.", people={"Vexie": ["Vexie"]}),
    )
    assert person_of(store, second, "Vexie")[0] == person_of(store, first, "Mona Vex")[0]


def test_an_alias_stated_by_an_earlier_article_joins_a_later_one(store):
    first, second = add(
        store,
        made(
            "Delphine Okafor, aka DJ Sparrow, spun records all night.",
            people={"Delphine Okafor": ["Delphine Okafor", "DJ Sparrow"]},
            aliases=(("DJ Sparrow", "Delphine Okafor"),),
        ),
        made("DJ Sparrow closed the after-party at dawn.", people={"DJ Sparrow": ["DJ Sparrow"]}),
    )
    person, why = person_of(store, second, "DJ Sparrow")
    assert person == person_of(store, first, "Delphine Okafor")[0]
    assert "stated by an earlier article" in why


def test_an_ambiguous_first_name_alone_is_kept_apart(store):
    first, second = add(
        store,
        made("Chris waved to fans at the Harbor Music Awards.", event=HARBOR, people={"Chris": ["Chris"]}),
        made("Chris ordered the chicken at the Lantern Film Awards.", event=LANTERN, people={"Chris": ["Chris"]}),
    )
    person, why = person_of(store, second, "Chris")
    assert person != person_of(store, first, "Chris")[0]
    assert "ambiguous" in why


def test_a_surname_alone_joins_the_full_name_seen_at_the_same_event(store):
    first, second = add(
        store,
        made("Jonah Pell arrived at the Harbor Music Awards.", event=HARBOR, people={"Jonah Pell": ["Jonah Pell"]}),
        made("Pell told reporters backstage he was thrilled.", event=HARBOR, people={"Pell": ["Pell"]}),
    )
    person, why = person_of(store, second, "Pell")
    assert person == person_of(store, first, "Jonah Pell")[0]
    assert "same event" in why


def test_a_surname_alone_is_kept_apart_without_evidence(store):
    first, second = add(
        store,
        made("Jonah Pell arrived at the Harbor Music Awards.", event=HARBOR, people={"Jonah Pell": ["Jonah Pell"]}),
        made("Pell bought a boat in Monaco.", people={"Pell": ["Pell"]}),
    )
    assert person_of(store, second, "Pell")[0] != person_of(store, first, "Jonah Pell")[0]


def test_a_short_name_two_people_at_the_same_event_could_bear_is_kept_apart(store):
    first, second = add(
        store,
        made(
            "Chris Dalby and Chris Amsel both arrived at the Harbor Music Awards.",
            event=HARBOR,
            people={"Chris Dalby": ["Chris Dalby"], "Chris Amsel": ["Chris Amsel"]},
        ),
        made("Chris danced until midnight at the Harbor Music Awards.", event=HARBOR, people={"Chris": ["Chris"]}),
    )
    person, why = person_of(store, second, "Chris")
    assert person not in {person_of(store, first, "Chris Dalby")[0], person_of(store, first, "Chris Amsel")[0]}
    assert "2 people it may stand for have evidence" in why


def test_a_short_name_joins_the_one_candidate_who_shares_a_companion(store):
    first, second = add(
        store,
        made(
            "Jenni Rook shared a booth with Theo Marchetti.",
            people={"Jenni Rook": ["Jenni Rook"], "Theo Marchetti": ["Theo Marchetti"]},
        ),
        made(
            "Jenni and Theo Marchetti were spotted at a diner.",
            people={"Jenni": ["Jenni"], "Theo Marchetti": ["Theo Marchetti"]},
        ),
    )
    person, why = person_of(store, second, "Jenni")
    assert person == person_of(store, first, "Jenni Rook")[0]
    assert "Theo Marchetti" in why


def test_a_one_word_name_nobody_else_bears_joins_by_name_alone(store):
    first, second = add(
        store,
        made("Zazzo performed in a mirrored mask.", people={"Zazzo": ["Zazzo"]}),
        made("Zazzo skipped the after-party.", people={"Zazzo": ["Zazzo"]}),
    )
    assert person_of(store, second, "Zazzo")[0] == person_of(store, first, "Zazzo")[0]


def test_a_user_alias_moves_stored_appearances_and_joins_later_articles(store):
    first, second = add(
        store,
        made("Stefania Grell arrived in a meat dress.", people={"Stefania Grell": ["Stefania Grell"]}),
        made("Lady Nova arrived in a meat dress.", people={"Lady Nova": ["Lady Nova"]}),
    )
    store.alias_add("Stefania Grell", "Lady Nova")
    [third] = add(store, made("Stefania Grell was born in Yonkers.", people={"Stefania Grell": ["Stefania Grell"]}))
    nova = person_of(store, second, "Lady Nova")[0]
    assert person_of(store, first, "Stefania Grell")[0] == nova
    assert person_of(store, third, "Stefania Grell") == (nova, "alias 'Stefania Grell' of Lady Nova, added by a user")


def test_a_merge_survives_the_articles_being_extracted_again(store):
    one = made("Stefania Grell arrived in a meat dress.", people={"Stefania Grell": ["Stefania Grell"]})
    two = made("Lady Nova signed autographs.", people={"Lady Nova": ["Lady Nova"]})
    first, second = add(store, one, two)
    store.merge("Stefania Grell", "Lady Nova")
    first, second = add(store, one, two, replace=True)
    person, why = person_of(store, first, "Stefania Grell")
    assert person == person_of(store, second, "Lady Nova")[0]
    assert why == "curation: merged into Lady Nova by a user"


def test_merging_a_short_name_does_not_capture_later_articles_that_use_it(store):
    first, second = add(
        store,
        made("Chris Dalby arrived at the Harbor Music Awards.", event=HARBOR, people={"Chris Dalby": ["Chris Dalby"]}),
        made("Chris ate a burrito in Ohio.", people={"Chris": ["Chris"]}),
    )
    store.merge(f"#{person_of(store, second, 'Chris')[0]}", "Chris Dalby")
    [third] = add(store, made("Chris lost his keys in Denver.", people={"Chris": ["Chris"]}))
    dalby = person_of(store, first, "Chris Dalby")[0]
    assert person_of(store, second, "Chris")[0] == dalby
    assert person_of(store, third, "Chris")[0] != dalby


def test_a_split_survives_extraction_again_and_later_articles_join_the_original(store):
    one = made("Jonah Pell arrived at the Harbor Music Awards.", people={"Jonah Pell": ["Jonah Pell"]})
    two = made("Jonah Pell, the plumber, fixed a sink in Leeds.", people={"Jonah Pell": ["Jonah Pell"]})
    first, second = add(store, one, two)
    store.split("Jonah Pell", second)
    [second] = add(store, two, replace=True)
    [third] = add(store, made("Jonah Pell won best new artist.", people={"Jonah Pell": ["Jonah Pell"]}))
    original = person_of(store, first, "Jonah Pell")[0]
    assert person_of(store, second, "Jonah Pell")[0] != original
    assert person_of(store, second, "Jonah Pell")[1] == "curation: split off by a user"
    assert person_of(store, third, "Jonah Pell")[0] == original


def test_a_name_several_people_share_is_refused_with_the_candidates(store):
    add(
        store,
        made("Chris waved to fans at the Harbor Music Awards.", event=HARBOR, people={"Chris": ["Chris"]}),
        made("Chris ordered the chicken at the Lantern Film Awards.", event=LANTERN, people={"Chris": ["Chris"]}),
    )
    with pytest.raises(AmbiguousPerson) as raised:
        store.timeline("Chris")
    assert len(raised.value.candidates) == 2
