"""The shipped person recognizer and its one-label-per-name rule."""

import spacy
from spacy.tokens import Doc, Span

from spotted.ner_model import load_person_ner
from spotted.ner_rules import propagate_persons


def doc_with_ents(text: str, ents: list[tuple[int, int, str]]) -> Doc:
    words = text.split()
    doc = Doc(spacy.blank("en").vocab, words=words)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return doc


def people(doc: Doc) -> list[str]:
    return [e.text for e in doc.ents if e.label_ == "PERSON"]


def test_the_packaged_recognizer_finds_people_in_a_news_sentence():
    nlp = load_person_ner()
    assert nlp is not None
    assert people(nlp("Director Darius Vale said on Monday that the film would open in May.")) == ["Darius Vale"]


def test_a_surname_after_the_full_name_is_the_same_person():
    doc = doc_with_ents("Kira Dashwood won . Later Dashwood spoke .", [(0, 2, "PERSON")])
    assert people(propagate_persons(doc)) == ["Kira Dashwood", "Dashwood"]


def test_a_name_labelled_person_once_and_a_company_twice_is_a_company():
    doc = doc_with_ents(
        "Newfield rose . Newfield fell . Newfield said .",
        [(0, 1, "ORG"), (3, 1 + 3, "ORG"), (6, 7, "PERSON")],
    )
    assert people(propagate_persons(doc)) == []
    assert [e.label_ for e in doc.ents] == ["ORG", "ORG", "ORG"]


def test_a_name_labelled_person_most_of_the_time_is_a_person_everywhere():
    doc = doc_with_ents(
        "Varga scored . Varga ran . Varga won . Varga left .",
        [(0, 1, "PERSON"), (3, 4, "PERSON"), (6, 7, "ORG")],
    )
    assert people(propagate_persons(doc)) == ["Varga", "Varga", "Varga", "Varga"]


def test_a_leading_title_or_role_is_not_part_of_the_name():
    doc = doc_with_ents("Mr Kell and Defender Omar Saleh left .", [(0, 2, "PERSON"), (3, 6, "PERSON")])
    assert people(propagate_persons(doc)) == ["Kell", "Omar Saleh"]


def test_a_title_that_begins_stage_names_stays():
    doc = doc_with_ents("Lady Vexa sang .", [(0, 2, "PERSON")])
    assert people(propagate_persons(doc)) == ["Lady Vexa"]


def test_a_name_in_a_capitals_headline_is_the_person_named_in_the_text():
    doc = doc_with_ents(
        "VARGA WINS . Ana Varga won . Varga thanked fans .",
        [(0, 1, "ORG"), (3, 5, "PERSON"), (7, 8, "PERSON")],
    )
    assert people(propagate_persons(doc)) == ["VARGA", "Ana Varga", "Varga"]


def test_a_name_the_text_gives_a_legal_form_is_a_company_everywhere():
    doc = doc_with_ents(
        "Corvano rose . Corvano SpA said . Corvano fell .",
        [(0, 1, "PERSON"), (3, 5, "PERSON"), (7, 8, "PERSON")],
    )
    assert people(propagate_persons(doc)) == []
    assert [e.label_ for e in doc.ents] == ["ORG", "ORG", "ORG"]


def test_a_lower_case_word_is_not_labelled_like_a_name_it_spells():
    doc = doc_with_ents("Rosa Green sang . The green room .", [(0, 2, "PERSON")])
    assert people(propagate_persons(doc)) == ["Rosa Green"]


def test_a_surname_the_model_labelled_otherwise_alone_is_still_the_person_named_in_full():
    doc = doc_with_ents(
        "Rebels oppose Ange-Remy Tabasse . Tabasse refused . Tabasse fled . Tabasse hid . Aides of Tabasse spoke .",
        [(2, 4, "PERSON"), (5, 6, "ORG"), (8, 9, "ORG"), (11, 12, "ORG"), (16, 17, "PERSON")],
    )
    assert people(propagate_persons(doc)) == ["Ange-Remy Tabasse"] + ["Tabasse"] * 4


def test_a_generational_suffix_is_not_taken_for_the_surname():
    doc = doc_with_ents(
        "Police named Carl Hallam Jr . Hallam was 40 . Hallam died .",
        [(2, 5, "PERSON"), (6, 7, "ORG"), (10, 11, "ORG")],
    )
    assert people(propagate_persons(doc)) == ["Carl Hallam Jr", "Hallam", "Hallam"]


def test_the_first_word_of_a_club_named_in_full_is_the_club():
    doc = doc_with_ents(
        "Rotor Volgograd lost . Rotor scored late . Rotor fans left .",
        [(0, 2, "ORG"), (4, 5, "PERSON"), (8, 9, "PERSON")],
    )
    assert people(propagate_persons(doc)) == []
    assert [e.label_ for e in doc.ents] == ["ORG", "ORG", "ORG"]


def test_a_place_named_in_full_keeps_its_short_form_a_place():
    doc = doc_with_ents(
        "Mines near Varnok Bay closed . Varnok said . Varnok debts grew .",
        [(2, 4, "LOC"), (6, 7, "PERSON"), (9, 10, "PERSON")],
    )
    assert [e.label_ for e in propagate_persons(doc).ents] == ["LOC", "LOC", "LOC"]


def test_a_title_or_a_month_alone_names_nobody():
    doc = doc_with_ents(
        "He will visit the Pope on Oct. 9 .",
        [(4, 5, "PERSON"), (6, 7, "PERSON")],
    )
    assert people(propagate_persons(doc)) == []


def test_a_capitals_headline_name_loses_the_words_the_text_writes_in_lower_case():
    doc = doc_with_ents(
        "FANS MISS TANVIR FAREWELL . Ravi Tanvir played his farewell game .",
        [(2, 4, "PERSON"), (5, 7, "PERSON")],
    )
    assert people(propagate_persons(doc)) == ["TANVIR", "Ravi Tanvir"]


def test_a_name_runs_on_over_an_unlabelled_capitalised_word_mid_sentence():
    doc = doc_with_ents(
        "He called his counterpart , Park Ji-woon , on Friday .",
        [(5, 6, "PERSON")],
    )
    assert people(propagate_persons(doc)) == ["Park Ji-woon"]


def test_a_regnal_number_belongs_to_the_name():
    doc = doc_with_ents("1822 - Aldric II became king .", [(2, 3, "PERSON")])
    assert people(propagate_persons(doc)) == ["Aldric II"]


def test_the_pronoun_i_is_not_a_regnal_number():
    doc = doc_with_ents("I told Marta I would come .", [(2, 3, "PERSON")])
    assert people(propagate_persons(doc)) == ["Marta"]


def test_an_acronym_the_text_defines_for_a_party_is_the_party():
    doc = doc_with_ents(
        "She rejoined the Civic Union ( CU ) . CU leaders cheered . She quit CU .",
        [(3, 5, "ORG"), (9, 10, "PERSON"), (15, 16, "PERSON")],
    )
    assert people(propagate_persons(doc)) == []


def test_the_place_of_a_dateline_is_a_place_throughout():
    doc = doc_with_ents(
        "BARLOW , India 1996-12-07 The team flew to Barlow . Memories of Barlow are few .",
        [(0, 1, "LOC"), (8, 9, "PERSON"), (12, 13, "PERSON")],
    )
    assert people(propagate_persons(doc)) == []


def test_an_item_of_a_team_list_takes_the_label_most_items_have():
    doc = doc_with_ents(
        "Team : 1 - Abel Kora ; 2 - Ben Sato ; 3 - Cai Lund ; 4 - Dov Meri ; 5 - Eli Novak .",
        [(4, 6, "PERSON"), (9, 11, "PERSON"), (14, 16, "PERSON"), (19, 21, "LOC"), (24, 26, "PERSON")],
    )
    assert people(propagate_persons(doc)) == ["Abel Kora", "Ben Sato", "Cai Lund", "Dov Meri", "Eli Novak"]


def test_an_unlabelled_item_of_a_list_of_people_is_a_person():
    doc = doc_with_ents(
        "Team : 1 - Abel Kora ; 2 - Ben Sato ; 3 - Cai Lund ; 4 - Dov Meri ; 5 - Eli Novak ; 6 - Finn Ode .",
        [(4, 6, "PERSON"), (9, 11, "PERSON"), (14, 16, "PERSON"), (19, 21, "PERSON")],
    )
    assert "Eli Novak" in people(propagate_persons(doc))


def test_a_word_opening_sentences_is_not_a_list_item():
    text = (
        "Ana Vell , 30 , sang . Bo Kerr , 41 , danced . Cy Lund , 29 , left . Di Moss , 33 , stayed . "
        "Ed Pike , 50 , waved . Yesterday , it rained ."
    )
    firsts = [i for i, word in enumerate(text.split()) if word in {"Ana", "Bo", "Cy", "Di", "Ed"}]
    doc = doc_with_ents(text, [(i, i + 2, "PERSON") for i in firsts])
    assert "Yesterday" not in people(propagate_persons(doc))


def test_a_dateline_does_not_take_a_persons_surname():
    doc = doc_with_ents(
        "SANTA CRUZ , Calif. July 6 Police said Maria Cruz was found . Cruz , 40 , was safe .",
        [(8, 10, "PERSON"), (13, 14, "PERSON")],
    )
    assert people(propagate_persons(doc)) == ["Maria Cruz", "Cruz"]


def test_a_headline_joining_a_surname_to_a_place_does_not_make_the_place_a_surname():
    doc = doc_with_ents(
        "Voss Kardania plan backed . Ivan Voss flew to Kardania . Kardania is calm .",
        [(0, 2, "PERSON"), (5, 7, "PERSON"), (9, 10, "LOC"), (11, 12, "LOC")],
    )
    assert people(propagate_persons(doc)) == ["Voss Kardania", "Ivan Voss"]
