"""The founding article, scored by spotted's own evaluator against its hand gold.

Issue 3's bar: every person once under the gold name, no non-person listed as a person, every
interaction and quote the text states, each quote with the gold speaker. Items the gold marks
`knowledge` (not readable off the text) are scored apart and not required.
"""

from __future__ import annotations

import pytest

from spotted.evaluate import gold_from_dict, score_article


@pytest.fixture(scope="module")
def score(founding):
    extraction, gold = founding
    return score_article(gold_from_dict(gold), extraction, "vmas-2011-backstage")


def test_every_person_is_found_once_and_nothing_else_is_a_person(score):
    assert (score.people.precision, score.people.recall) == (1.0, 1.0), [e for e in score.errors if e.task == "people"]


def test_every_interaction_the_text_states_is_found(score):
    assert score.interactions.recall == 1.0, [e for e in score.errors if e.task == "interactions"]


def test_every_quote_is_found(score):
    assert score.quotes.recall == 1.0, [e for e in score.errors if e.task == "quotes"]


def test_every_quote_has_the_gold_speaker(score):
    assert score.speaker.value == 1.0, [e for e in score.errors if e.task == "speaker"]


def test_the_names_are_the_gold_canonical_names(founding):
    extraction, gold = founding
    required = {person["name"] for person in gold["people"] if not person.get("knowledge")}
    assert required <= {person.name for person in extraction.people}


def test_every_fact_points_back_into_the_text(founding):
    extraction, _ = founding
    spans = [(m.start, m.end, m.text) for p in extraction.people for m in p.mentions]
    assert all(extraction.text[start:end] == text for start, end, text in spans)
    for fact in [*extraction.quotes, *extraction.interactions, *extraction.sightings, *extraction.colocated]:
        assert 0 <= fact.start < fact.end <= len(extraction.text)
