"""Specifications of the scoring rules (shared/data/dev-articles/README.md, "How scoring counts").

Each test builds a small `Extraction` by hand on real sentences — most from the founding article
in examples/ — and a gold dict in one of the two gold schemas.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from click.testing import CliRunner

from spotted.evaluate import (
    evaluate,
    gold_from_dict,
    jaccard,
    load_cases,
    normalise_name,
    score_article,
    sentence_at,
    total,
)
from spotted.types import Extraction, Group, Interaction, Mention, Person, Quote

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
FOUNDING_TEXT = (EXAMPLES / "vmas-2011-backstage.txt").read_text(encoding="utf-8")
FOUNDING_GOLD = json.loads((EXAMPLES / "vmas-2011-backstage.gold.json").read_text(encoding="utf-8"))

# From BBC style: a quote reopened at each sentence, a spokesman, a band.
BBC_TEXT = (
    'Snow Patrol won best Irish band at the Meteor awards in Dublin. Singer Gary Lightbody told the '
    'crowd: "This means the world to us." A spokesman said the band were "thrilled".'
)


def mention(text: str, form: str, nth: int = 0) -> Mention:
    """The nth occurrence of `form` in `text`, as a Mention."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(form, start + 1)
    return Mention(form, start, start + len(form))


def person(name: str, *forms: str, present: bool = False, text: str = FOUNDING_TEXT) -> Person:
    return Person(name, [mention(text, form) for form in forms or (name,)], present)


def quote(words: str, speaker: str | None, addressee: str | None = None, text: str = FOUNDING_TEXT) -> Quote:
    start = text.index(words) if words in text else 0
    return Quote(words, speaker, addressee, start, start + len(words))


def interaction(a: str, b: str, evidence: str, text: str = FOUNDING_TEXT) -> Interaction:
    start = text.index(evidence)
    return Interaction(a, b, "talked", start, start + len(evidence))


def bbc_gold(**fields) -> dict:
    gold = {
        "people": [{"name": "Gary Lightbody", "mentions": ["Gary Lightbody", "Lightbody"]}],
        "present": ["Gary Lightbody"],
        "interactions": [],
        "quotes": [
            {"speaker": "Gary Lightbody", "quote": "This means the world to us.", "addressee": None},
            {"speaker": None, "quote": "thrilled", "addressee": None},
        ],
    }
    return {**gold, **fields}


def founding(**fields) -> Extraction:
    return Extraction(text=FOUNDING_TEXT, **fields)


def errors_of(score, task: str, error: str) -> list[str]:
    return [e.item for e in score.errors if e.task == task and e.error == error]


# ---------------------------------------------------------------- names


def test_names_compare_ignoring_case_punctuation_possessive_and_leading_the():
    assert normalise_name("The Game's") == normalise_name("the game")
    assert normalise_name("MARY J BLIGE") == normalise_name("Mary J. Blige")
    assert normalise_name("Lupita Nyong’o") == normalise_name("Lupita Nyong'o")


def test_names_compare_ignoring_accents():
    assert normalise_name("Beyonce") == normalise_name("Beyoncé")


# ---------------------------------------------------------------- people


def test_a_person_matches_gold_by_any_of_its_mentions():
    extraction = founding(people=[person("Hill", "Hill")])
    score = score_article(FOUNDING_GOLD, extraction)
    assert score.people.tp == 1
    assert "Jonah Hill" not in errors_of(score, "people", "missed")


def test_a_person_split_in_two_counts_one_false_positive():
    extraction = founding(people=[person("Jonah Hill"), person("Hill", "Hill")])
    score = score_article(FOUNDING_GOLD, extraction)
    assert (score.people.tp, score.people.fp) == (1, 1)
    assert errors_of(score, "people", "spurious") == ["Hill"]


def test_the_fuller_name_keeps_the_match_and_the_other_is_the_split():
    extraction = founding(people=[person("Leto", "Leto"), person("Jared Leto")])
    score = score_article(FOUNDING_GOLD, extraction)
    assert errors_of(score, "people", "spurious") == ["Leto"]


def test_a_gold_person_not_predicted_is_a_miss():
    score = score_article(FOUNDING_GOLD, founding(people=[person("Adele")]))
    assert score.people.fn == 12
    assert "Tony Bennett" in errors_of(score, "people", "missed")


def test_a_person_not_in_gold_is_a_false_positive():
    extraction = founding(people=[person("Nokia Theatre")])
    assert score_article(FOUNDING_GOLD, extraction).people.fp == 1


def test_a_name_gold_lists_as_not_a_person_says_so_in_the_error():
    gold = {**FOUNDING_GOLD, "not_people": ["Super Bass (song title)"]}
    extraction = founding(people=[person("Super Bass")])
    [error] = score_article(gold, extraction).errors[:1]
    assert (error.item, error.detail) == ("Super Bass", "gold: not a person (song title)")


def test_knowledge_people_are_neither_required_nor_penalised():
    without = score_article(FOUNDING_GOLD, founding(people=[]))
    with_her = score_article(FOUNDING_GOLD, founding(people=[person("Beyoncé's mom", present=True)]))
    assert "Tina Knowles" not in errors_of(without, "people", "missed")
    assert (with_her.people.tp, with_her.people.fp) == (0, 0)
    assert with_her.knowledge["people"].correct == 1


def test_a_mention_that_needs_knowledge_is_not_a_false_positive():
    extraction = founding(people=[person("JWoww"), person("Jenni")])
    score = score_article(FOUNDING_GOLD, extraction)
    assert (score.people.tp, score.people.fp) == (1, 0)


def test_linking_a_knowledge_mention_is_counted_apart():
    extraction = founding(people=[person("JWoww", "JWoww", "Jenni")])
    score = score_article(FOUNDING_GOLD, extraction)
    assert score.knowledge["mentions"].correct == score.knowledge["mentions"].total == 1


def test_predicted_groups_are_never_false_positive_people():
    extraction = founding(groups=[Group("Pitbull dancers", [mention(FOUNDING_TEXT, "Pitbull dancers")])])
    assert score_article(FOUNDING_GOLD, extraction).people.fp == 0


def test_a_predicted_person_that_gold_lists_as_a_group_is_not_an_error():
    extraction = founding(people=[person("the cast", "the cast")])
    assert score_article(FOUNDING_GOLD, extraction).people.fp == 0


# ---------------------------------------------------------------- presence


def test_presence_counts_hits_misses_and_people_wrongly_placed_there():
    extraction = founding(people=[person("Adele", present=True), person("Pitbull", present=True)])
    score = score_article(FOUNDING_GOLD, extraction)
    assert (score.presence.tp, score.presence.fp, score.presence.fn) == (1, 1, 11)
    assert errors_of(score, "presence", "spurious") == ["Pitbull"]


def test_presence_of_a_person_split_in_two_counts_once():
    extraction = founding(people=[person("Jonah Hill", present=True), person("Hill", "Hill", present=True)])
    score = score_article(FOUNDING_GOLD, extraction)
    assert (score.presence.tp, score.presence.fp) == (1, 0)


def test_presence_is_read_from_the_present_list_in_the_dev_articles_schema():
    gold = gold_from_dict(bbc_gold())
    assert [p.present for p in gold.people] == [True]


def test_presence_and_knowledge_are_read_from_each_person_in_the_founding_schema():
    gold = gold_from_dict(FOUNDING_GOLD)
    pitbull = next(p for p in gold.people if p.name == "Pitbull")
    tina = next(p for p in gold.people if p.name == "Tina Knowles")
    jwoww = next(p for p in gold.people if p.name == "JWoww")
    assert (pitbull.present, tina.knowledge, jwoww.knowledge_mentions) == (False, True, ["Jenni"])


# ---------------------------------------------------------------- interactions


def test_interactions_are_unordered_pairs():
    people = [person("Lady Gaga", "Gaga"), person("Adele")]
    pair = interaction("Adele", "Lady Gaga", "Gaga lit a cigarette for Adele.")
    extraction = founding(people=people, interactions=[pair])
    assert score_article(FOUNDING_GOLD, extraction).interactions.tp == 1


def test_interaction_names_go_through_the_people_matching():
    people = [person("Gaga", "Gaga"), person("Adele")]
    extraction = founding(people=people, interactions=[interaction("Gaga", "Adele", "Gaga lit a cigarette for Adele.")])
    assert score_article(FOUNDING_GOLD, extraction).interactions.tp == 1


def test_an_interaction_with_a_group_matches_the_gold_group():
    extraction = founding(
        people=[person("Jonah Hill")],
        groups=[Group("the cast", [mention(FOUNDING_TEXT, "the cast")])],
        interactions=[interaction("Jonah Hill", "the cast", '"I watch your show," Hill told the cast.')],
    )
    assert score_article(FOUNDING_GOLD, extraction).interactions.tp == 1


def test_an_interaction_not_in_gold_is_a_false_positive_with_its_sentence():
    extraction = founding(
        people=[person("Brian May"), person("Katy Perry")],
        interactions=[interaction("Brian May", "Katy Perry", "Katy Perry")],
    )
    score = score_article(FOUNDING_GOLD, extraction)
    spurious = [e for e in score.errors if e.task == "interactions" and e.error == "spurious"]
    assert [(e.item, e.sentence) for e in spurious] == [("Brian May ~ Katy Perry", "Katy Perry.")]


def test_knowledge_interactions_are_neither_required_nor_penalised():
    extraction = founding(
        people=[person("Snooki"), person("JWoww", "JWoww", "Jenni")],
        interactions=[interaction("Snooki", "JWoww", "To which Jenni replied")],
    )
    score = score_article(FOUNDING_GOLD, extraction)
    assert (score.interactions.fp, score.interactions.n) == (0, 5)
    assert score.knowledge["interactions"].correct == 1


# ---------------------------------------------------------------- quotes


def test_quote_matches_on_sixty_percent_word_overlap():
    assert jaccard("I watch your show, man", "I watch your show,") == pytest.approx(0.8)
    extraction = founding(quotes=[quote("I watch your show, man", None)])
    assert score_article(FOUNDING_GOLD, extraction).quotes.tp == 1


def test_quote_below_sixty_percent_word_overlap_does_not_match():
    extraction = founding(quotes=[quote("I watch your show every single week", None)])
    score = score_article(FOUNDING_GOLD, extraction)
    assert (score.quotes.tp, score.quotes.fp) == (0, 1)


def test_quote_matching_ignores_case_and_punctuation():
    extraction = founding(quotes=[quote("i watch your show", "Jonah Hill")])
    assert score_article(FOUNDING_GOLD, extraction).quotes.tp == 1


def test_each_gold_quote_matches_one_predicted_quote_at_most():
    extraction = founding(quotes=[quote("I knew she would be!", "Adele"), quote("I knew she would be", "Adele")])
    score = score_article(FOUNDING_GOLD, extraction)
    assert (score.quotes.tp, score.quotes.fp) == (1, 1)


def test_null_is_a_speaker_value():
    extraction = Extraction(text=BBC_TEXT, quotes=[quote("thrilled", None, text=BBC_TEXT)])
    score = score_article(bbc_gold(), extraction)
    assert (score.speaker.correct, score.speaker.total) == (1, 1)


def test_a_named_speaker_where_gold_has_null_is_wrong():
    extraction = Extraction(text=BBC_TEXT, quotes=[quote("thrilled", "Gary Lightbody", text=BBC_TEXT)])
    score = score_article(bbc_gold(), extraction)
    assert (score.speaker.correct, score.speaker.total) == (0, 1)


def test_speaker_names_go_through_the_people_matching():
    extraction = founding(people=[person("Hill", "Hill")], quotes=[quote("I watch your show,", "Hill")])
    assert score_article(FOUNDING_GOLD, extraction).speaker.correct == 1


def test_a_speaker_that_is_a_group_gold_does_not_list_counts_as_null():
    extraction = Extraction(
        text=BBC_TEXT,
        groups=[Group("Snow Patrol", [mention(BBC_TEXT, "Snow Patrol")])],
        quotes=[quote("thrilled", "Snow Patrol", text=BBC_TEXT)],
    )
    assert score_article(bbc_gold(), extraction).speaker.correct == 1


def test_addressee_is_judged_only_where_gold_names_one():
    extraction = founding(quotes=[quote("I watch your show,", "Jonah Hill", None), quote("Aah?", "Snooki", "JWoww")])
    score = score_article(FOUNDING_GOLD, extraction)
    assert (score.addressee.correct, score.addressee.total) == (0, 1)


def test_an_addressee_group_is_found_by_its_mention():
    extraction = founding(quotes=[quote("I watch your show,", "Jonah Hill", "the cast")])
    assert score_article(FOUNDING_GOLD, extraction).addressee.correct == 1


def test_knowledge_quotes_are_neither_required_nor_penalised():
    extraction = founding(quotes=[quote("That was Jared Leto. Don't you know who Jared Leto is?!", "Jenni")])
    score = score_article(FOUNDING_GOLD, extraction)
    assert (score.quotes.fp, score.quotes.n) == (0, 5)
    assert score.knowledge["quotes"].correct == 1


# ---------------------------------------------------------------- sentences and totals


def test_a_missed_person_keeps_the_sentence_it_is_named_in():
    score = score_article(FOUNDING_GOLD, founding())
    tony = next(e for e in score.errors if e.task == "people" and e.item == "Tony Bennett")
    assert tony.sentence == (
        "» We spotted Tony Bennett chilling in his room with a cart with two bottles of wine sitting outside."
    )


def test_a_missed_quote_keeps_the_sentence_it_is_in():
    score = score_article(FOUNDING_GOLD, founding())
    hill = next(e for e in score.errors if e.task == "quotes" and e.item == "“I watch your show,”")
    assert hill.sentence == '"I watch your show," Hill told the cast.'


def test_sentences_do_not_break_inside_a_quotation():
    start = FOUNDING_TEXT.index("JWoww to")
    assert sentence_at(FOUNDING_TEXT, start, start + 5) == (
        "» JWoww to Jared Leto: \"Wow. I'm a huge fan! 'The Kill' is my favorite!\""
    )


def test_totals_are_micro_averaged():
    small = score_article(bbc_gold(), Extraction(text=BBC_TEXT, people=[person("Gary Lightbody", text=BBC_TEXT)]))
    large = score_article(FOUNDING_GOLD, founding())
    assert total([small, large]).total.people.recall == pytest.approx(1 / 14)


def test_nothing_to_find_and_nothing_found_scores_perfectly():
    score = score_article({"people": [], "present": [], "interactions": [], "quotes": []}, Extraction(text=BBC_TEXT))
    assert (score.people.f1, score.interactions.f1, score.speaker.value) == (1.0, 1.0, None)


# ---------------------------------------------------------------- files and the command


def test_the_article_is_found_by_the_gold_article_field_in_the_same_folder():
    cases, failures = load_cases(EXAMPLES / "vmas-2011-backstage.gold.json")
    assert ([c.name for c in cases], failures) == (["vmas-2011-backstage"], [])
    assert cases[0].article.raw.startswith("Kanye West, Lady Gaga")


def test_evaluate_scores_an_article_the_system_skipped_as_all_missed():
    cases, _ = load_cases(EXAMPLES / "vmas-2011-backstage.gold.json")
    report = evaluate(cases, lambda articles: [])
    assert (report.total.people.tp, report.total.people.fn) == (0, 13)


def nothing_found(articles):
    return [(article, Extraction(text=article.raw)) for article in articles]


def run_eval(monkeypatch, *args: str):
    """`spotted eval ARGS` with a system that finds nothing (the scoring, not the pipeline, is tested)."""
    from spotted.cli import app, eval_commands

    monkeypatch.setattr(eval_commands, "spotted_system", lambda model: nothing_found)
    return CliRunner().invoke(typer.main.get_group(app), ["eval", *args])


def test_eval_prints_the_scores_as_json(monkeypatch):
    result = run_eval(monkeypatch, str(EXAMPLES / "vmas-2011-backstage.gold.json"), "--json")
    data = json.loads(result.stdout)
    assert (data["total"]["people"]["n"], data["total"]["quotes"]["n"]) == (13, 5)


def test_eval_lists_every_miss_with_its_sentence(monkeypatch):
    result = run_eval(monkeypatch, str(EXAMPLES / "vmas-2011-backstage.gold.json"), "--errors")
    assert "missed: Tony Bennett" in result.stdout
    assert "We spotted Tony Bennett chilling in his room" in result.stdout


def test_eval_says_in_one_line_that_an_absent_shared_data_set_is_absent(monkeypatch, tmp_path):
    result = run_eval(monkeypatch, str(tmp_path / "shared" / "data" / "dev-gossip" / "gold"))
    assert result.exit_code == 0
    assert result.stdout.strip().startswith("data set absent")
    assert len(result.stdout.strip().splitlines()) == 1


def test_a_gold_folder_yields_one_case_per_gold_file_named_without_the_gold_suffix():
    cases, _ = load_cases(EXAMPLES)
    assert [c.name for c in cases] == ["vmas-2011-backstage"]
