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

# The people, pairs and quotes the tests use are picked out of the founding gold by what the gold
# says of them (present or not, knowledge or not, the kind of an interaction…), never by name.
GOLD_PEOPLE = FOUNDING_GOLD["people"]
PERSON_NAMES = {p["name"] for p in GOLD_PEOPLE}
GROUP_NAMES = {g["name"] for g in FOUNDING_GOLD["groups"]}
REQUIRED = [p["name"] for p in GOLD_PEOPLE if not p.get("knowledge")]  # the people a system must find


def gold_person(name: str) -> dict:
    return next(p for p in GOLD_PEOPLE if p["name"] == name)


def short_form(name: str) -> str:
    """The gold mention of a person that is one word of their full name ("Pike" of "Jonas Pike")."""
    return next(m for m in gold_person(name)["mentions"] if m != name and m in name.split())


def form_in(name: str, evidence: str) -> str:
    """The longest gold mention of a person written in `evidence`."""
    return max((m for m in gold_person(name)["mentions"] if m in evidence), key=len)


def speaker_of(words: str) -> str:
    return next(q["speaker"] for q in FOUNDING_GOLD["quotes"] if q["quote"] == words)


# A person's remark to a group (its text is one sentence): the speaker, the speaker's surname
# alone, and the group's mention there ("the cast").
TO_A_GROUP = next(i for i in FOUNDING_GOLD["interactions"] if i["a"] in PERSON_NAMES and i["b"] in GROUP_NAMES)
SPEAKER = TO_A_GROUP["a"]
SPEAKER_SHORT = short_form(SPEAKER)
THE_GROUP = next(m for g in FOUNDING_GOLD["groups"] if g["name"] == TO_A_GROUP["b"] for m in g["mentions"] if m in TO_A_GROUP["text"])
# Someone else named in full and by surname alone: the person addressed in a one-to-one exchange.
EXCHANGE = next(q for q in FOUNDING_GOLD["quotes"] if q["addressee"] in PERSON_NAMES and not q.get("knowledge"))
ADDRESSEE = EXCHANGE["addressee"]
# One person lighting another's cigarette, each under the mention the sentence uses.
LIT = next(i for i in FOUNDING_GOLD["interactions"] if i["kind"] == "lit a cigarette for")
LIT_A, LIT_B = LIT["a"], LIT["b"]
# A present person named once, in a single word; and the one person gold says was not there.
PRESENT = next(p["name"] for p in GOLD_PEOPLE if p["present"] and not p.get("knowledge") and p["mentions"] == [p["name"]] and " " not in p["name"])
ABSENT = next(p["name"] for p in GOLD_PEOPLE if not p["present"])
# A person named only by a relation (knowledge), and one with a mention only knowledge links.
KNOWN_ONLY = next(p for p in GOLD_PEOPLE if p.get("knowledge"))
NICKNAMED = next(p for p in GOLD_PEOPLE if p.get("knowledge_mentions"))
NICKNAME = NICKNAMED["knowledge_mentions"][0]
# Two people each co-located with a third, but not with each other.
_first, _second = FOUNDING_GOLD["colocated"][:2]
_shared = ({_first["a"], _first["b"]} & {_second["a"], _second["b"]}).pop()
NEIGHBOUR_A = ({_first["a"], _first["b"]} - {_shared}).pop()
NEIGHBOUR_B = ({_second["a"], _second["b"]} - {_shared}).pop()
# The person gold sights in their own room, and the sentence that names them.
IN_HIS_ROOM = next(s["who"] for s in FOUNDING_GOLD["sightings"] if s["where"] == "his room")
ROOM_SENTENCE = f"» We spotted {IN_HIS_ROOM} chilling in his room with a cart with two bottles of wine sitting outside."

# A news-style text (invented): a quote, a spokesman, a band.
NEWS_TEXT = (
    'Glass Orchard won best Irish band at the Lumen awards in Dublin. Singer Owen Marsh told the '
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


def news_gold(**fields) -> dict:
    gold = {
        "people": [{"name": "Owen Marsh", "mentions": ["Owen Marsh", "Marsh"]}],
        "present": ["Owen Marsh"],
        "interactions": [],
        "quotes": [
            {"speaker": "Owen Marsh", "quote": "This means the world to us.", "addressee": None},
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
    assert normalise_name("The Prophet's") == normalise_name("the prophet")
    assert normalise_name("MARA J VOLE") == normalise_name("Mara J. Vole")
    assert normalise_name("Kemi Adey’o") == normalise_name("Kemi Adey'o")


def test_names_compare_ignoring_accents():
    assert normalise_name("Renee Castillo") == normalise_name("Renée Castillo")


# ---------------------------------------------------------------- people


def test_a_person_matches_gold_by_any_of_its_mentions():
    extraction = founding(people=[person(SPEAKER_SHORT, SPEAKER_SHORT)])
    score = score_article(FOUNDING_GOLD, extraction)
    assert score.people.tp == 1
    assert SPEAKER not in errors_of(score, "people", "missed")


def test_a_person_split_in_two_counts_one_false_positive():
    extraction = founding(people=[person(SPEAKER), person(SPEAKER_SHORT, SPEAKER_SHORT)])
    score = score_article(FOUNDING_GOLD, extraction)
    assert (score.people.tp, score.people.fp) == (1, 1)
    assert errors_of(score, "people", "spurious") == [SPEAKER_SHORT]


def test_the_fuller_name_keeps_the_match_and_the_other_is_the_split():
    short = short_form(ADDRESSEE)
    extraction = founding(people=[person(short, short), person(ADDRESSEE)])
    score = score_article(FOUNDING_GOLD, extraction)
    assert errors_of(score, "people", "spurious") == [short]


def test_a_gold_person_not_predicted_is_a_miss():
    score = score_article(FOUNDING_GOLD, founding(people=[person(PRESENT)]))
    assert score.people.fn == 12 == len(REQUIRED) - 1
    assert IN_HIS_ROOM in errors_of(score, "people", "missed")


def test_a_person_not_in_gold_is_a_false_positive():
    extraction = founding(people=[person(FOUNDING_GOLD["event"]["venue"])])  # a place, not a person
    assert score_article(FOUNDING_GOLD, extraction).people.fp == 1


def test_a_name_gold_lists_as_not_a_person_says_so_in_the_error():
    title = next(name for name in FOUNDING_GOLD["not_people"] if f'"{name}"' in FOUNDING_TEXT)  # a title in quotes
    gold = {**FOUNDING_GOLD, "not_people": [f"{title} (song title)"]}
    extraction = founding(people=[person(title)])
    [error] = score_article(gold, extraction).errors[:1]
    assert (error.item, error.detail) == (title, "gold: not a person (song title)")


def test_knowledge_people_are_neither_required_nor_penalised():
    without = score_article(FOUNDING_GOLD, founding(people=[]))
    with_her = score_article(FOUNDING_GOLD, founding(people=[person(KNOWN_ONLY["mentions"][0], present=True)]))
    assert KNOWN_ONLY["name"] not in errors_of(without, "people", "missed")
    assert (with_her.people.tp, with_her.people.fp) == (0, 0)
    assert with_her.knowledge["people"].correct == 1


def test_a_mention_that_needs_knowledge_is_not_a_false_positive():
    extraction = founding(people=[person(NICKNAMED["name"]), person(NICKNAME)])
    score = score_article(FOUNDING_GOLD, extraction)
    assert (score.people.tp, score.people.fp) == (1, 0)


def test_linking_a_knowledge_mention_is_counted_apart():
    extraction = founding(people=[person(NICKNAMED["name"], NICKNAMED["name"], NICKNAME)])
    score = score_article(FOUNDING_GOLD, extraction)
    assert score.knowledge["mentions"].correct == score.knowledge["mentions"].total == 1


def test_predicted_groups_are_never_false_positive_people():
    # a group whose mention holds a person's name ("the X dancers")
    group = next(g for g in FOUNDING_GOLD["groups"] if any(name in g["mentions"][0] for name in PERSON_NAMES))
    extraction = founding(groups=[Group(group["name"], [mention(FOUNDING_TEXT, group["mentions"][0])])])
    assert score_article(FOUNDING_GOLD, extraction).people.fp == 0


def test_a_predicted_person_that_gold_lists_as_a_group_is_not_an_error():
    extraction = founding(people=[person(THE_GROUP, THE_GROUP)])
    assert score_article(FOUNDING_GOLD, extraction).people.fp == 0


# ---------------------------------------------------------------- presence


def test_presence_counts_hits_misses_and_people_wrongly_placed_there():
    extraction = founding(people=[person(PRESENT, present=True), person(ABSENT, present=True)])
    score = score_article(FOUNDING_GOLD, extraction)
    assert (score.presence.tp, score.presence.fp, score.presence.fn) == (1, 1, 11)
    assert errors_of(score, "presence", "spurious") == [ABSENT]


def test_presence_of_a_person_split_in_two_counts_once():
    extraction = founding(people=[person(SPEAKER, present=True), person(SPEAKER_SHORT, SPEAKER_SHORT, present=True)])
    score = score_article(FOUNDING_GOLD, extraction)
    assert (score.presence.tp, score.presence.fp) == (1, 0)


def test_presence_is_read_from_the_present_list_in_the_dev_articles_schema():
    gold = gold_from_dict(news_gold())
    assert [p.present for p in gold.people] == [True]


def test_presence_and_knowledge_are_read_from_each_person_in_the_founding_schema():
    gold = gold_from_dict(FOUNDING_GOLD)
    absent = next(p for p in gold.people if p.name == ABSENT)
    known = next(p for p in gold.people if p.name == KNOWN_ONLY["name"])
    nicknamed = next(p for p in gold.people if p.name == NICKNAMED["name"])
    assert (absent.present, known.knowledge, nicknamed.knowledge_mentions) == (False, True, [NICKNAME])


# ---------------------------------------------------------------- interactions


def test_interactions_are_unordered_pairs():
    people = [person(LIT_A, form_in(LIT_A, LIT["text"])), person(LIT_B)]
    pair = interaction(LIT_B, LIT_A, LIT["text"])
    extraction = founding(people=people, interactions=[pair])
    assert score_article(FOUNDING_GOLD, extraction).interactions.tp == 1


def test_interaction_names_go_through_the_people_matching():
    a = form_in(LIT_A, LIT["text"])  # the mention the sentence uses, not the full name
    people = [person(a, a), person(LIT_B)]
    extraction = founding(people=people, interactions=[interaction(a, LIT_B, LIT["text"])])
    assert score_article(FOUNDING_GOLD, extraction).interactions.tp == 1


def test_an_interaction_with_a_group_matches_the_gold_group():
    extraction = founding(
        people=[person(SPEAKER)],
        groups=[Group(THE_GROUP, [mention(FOUNDING_TEXT, THE_GROUP)])],
        interactions=[interaction(SPEAKER, THE_GROUP, TO_A_GROUP["text"])],
    )
    assert score_article(FOUNDING_GOLD, extraction).interactions.tp == 1


def test_an_interaction_not_in_gold_is_a_false_positive_with_its_sentence():
    extraction = founding(
        people=[person(NEIGHBOUR_A), person(NEIGHBOUR_B)],
        interactions=[interaction(NEIGHBOUR_A, NEIGHBOUR_B, NEIGHBOUR_B)],
    )
    score = score_article(FOUNDING_GOLD, extraction)
    spurious = [e for e in score.errors if e.task == "interactions" and e.error == "spurious"]
    assert [(e.item, e.sentence) for e in spurious] == [(f"{NEIGHBOUR_A} ~ {NEIGHBOUR_B}", f"{NEIGHBOUR_B}.")]


def test_knowledge_interactions_are_neither_required_nor_penalised():
    known = next(i for i in FOUNDING_GOLD["interactions"] if i.get("knowledge"))
    assert known["b"] == NICKNAMED["name"] and NICKNAME in known["text"]
    extraction = founding(
        people=[person(known["a"]), person(NICKNAMED["name"], NICKNAMED["name"], NICKNAME)],
        interactions=[interaction(known["a"], NICKNAMED["name"], known["text"])],
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
    extraction = founding(quotes=[quote("i watch your show", SPEAKER)])
    assert score_article(FOUNDING_GOLD, extraction).quotes.tp == 1


def test_each_gold_quote_matches_one_predicted_quote_at_most():
    speaker = speaker_of("I knew she would be!")
    extraction = founding(quotes=[quote("I knew she would be!", speaker), quote("I knew she would be", speaker)])
    score = score_article(FOUNDING_GOLD, extraction)
    assert (score.quotes.tp, score.quotes.fp) == (1, 1)


def test_null_is_a_speaker_value():
    extraction = Extraction(text=NEWS_TEXT, quotes=[quote("thrilled", None, text=NEWS_TEXT)])
    score = score_article(news_gold(), extraction)
    assert (score.speaker.correct, score.speaker.total) == (1, 1)


def test_a_named_speaker_where_gold_has_null_is_wrong():
    extraction = Extraction(text=NEWS_TEXT, quotes=[quote("thrilled", "Owen Marsh", text=NEWS_TEXT)])
    score = score_article(news_gold(), extraction)
    assert (score.speaker.correct, score.speaker.total) == (0, 1)


def test_speaker_names_go_through_the_people_matching():
    extraction = founding(people=[person(SPEAKER_SHORT, SPEAKER_SHORT)], quotes=[quote("I watch your show,", SPEAKER_SHORT)])
    assert score_article(FOUNDING_GOLD, extraction).speaker.correct == 1


def test_a_speaker_that_is_a_group_gold_does_not_list_counts_as_null():
    extraction = Extraction(
        text=NEWS_TEXT,
        groups=[Group("Glass Orchard", [mention(NEWS_TEXT, "Glass Orchard")])],
        quotes=[quote("thrilled", "Glass Orchard", text=NEWS_TEXT)],
    )
    assert score_article(news_gold(), extraction).speaker.correct == 1


def test_addressee_is_judged_only_where_gold_names_one():
    extraction = founding(quotes=[quote("I watch your show,", SPEAKER, None), quote("Aah?", speaker_of("Aah?"), NICKNAMED["name"])])
    score = score_article(FOUNDING_GOLD, extraction)
    assert (score.addressee.correct, score.addressee.total) == (0, 1)


def test_an_addressee_group_is_found_by_its_mention():
    extraction = founding(quotes=[quote("I watch your show,", SPEAKER, THE_GROUP)])
    assert score_article(FOUNDING_GOLD, extraction).addressee.correct == 1


def test_knowledge_quotes_are_neither_required_nor_penalised():
    known = next(q for q in FOUNDING_GOLD["quotes"] if q.get("knowledge"))
    extraction = founding(quotes=[quote(known["quote"], NICKNAME)])
    score = score_article(FOUNDING_GOLD, extraction)
    assert (score.quotes.fp, score.quotes.n) == (0, 5)
    assert score.knowledge["quotes"].correct == 1


# ---------------------------------------------------------------- sentences and totals


def test_a_missed_person_keeps_the_sentence_it_is_named_in():
    score = score_article(FOUNDING_GOLD, founding())
    missed = next(e for e in score.errors if e.task == "people" and e.item == IN_HIS_ROOM)
    assert missed.sentence == ROOM_SENTENCE


def test_a_missed_quote_keeps_the_sentence_it_is_in():
    score = score_article(FOUNDING_GOLD, founding())
    missed = next(e for e in score.errors if e.task == "quotes" and e.item == "“I watch your show,”")
    assert missed.sentence == TO_A_GROUP["text"]


def test_sentences_do_not_break_inside_a_quotation():
    start = FOUNDING_TEXT.index(f"{EXCHANGE['speaker']} to")
    assert sentence_at(FOUNDING_TEXT, start, start + 5) == (
        f"» {EXCHANGE['speaker']} to {EXCHANGE['addressee']}: \"{EXCHANGE['quote']}\""
    )


def test_totals_are_micro_averaged():
    small = score_article(news_gold(), Extraction(text=NEWS_TEXT, people=[person("Owen Marsh", text=NEWS_TEXT)]))
    large = score_article(FOUNDING_GOLD, founding())
    assert total([small, large]).total.people.recall == pytest.approx(1 / 14)


def test_nothing_to_find_and_nothing_found_scores_perfectly():
    score = score_article({"people": [], "present": [], "interactions": [], "quotes": []}, Extraction(text=NEWS_TEXT))
    assert (score.people.f1, score.interactions.f1, score.speaker.value) == (1.0, 1.0, None)


# ---------------------------------------------------------------- files and the command


def test_the_article_is_found_by_the_gold_article_field_in_the_same_folder():
    cases, failures = load_cases(EXAMPLES / "vmas-2011-backstage.gold.json")
    assert ([c.name for c in cases], failures) == (["vmas-2011-backstage"], [])
    assert cases[0].article.raw == FOUNDING_TEXT


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
    assert f"missed: {IN_HIS_ROOM}" in result.stdout
    assert f"We spotted {IN_HIS_ROOM} chilling in his room" in result.stdout


def test_eval_says_in_one_line_that_an_absent_shared_data_set_is_absent(monkeypatch, tmp_path):
    result = run_eval(monkeypatch, str(tmp_path / "shared" / "data" / "dev-gossip" / "gold"))
    assert result.exit_code == 0
    assert result.stdout.strip().startswith("data set absent")
    assert len(result.stdout.strip().splitlines()) == 1


def test_a_gold_folder_yields_one_case_per_gold_file_named_without_the_gold_suffix():
    cases, _ = load_cases(EXAMPLES)
    assert [c.name for c in cases] == ["vmas-2011-backstage"]
