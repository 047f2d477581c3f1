"""Who is a person: spaCy's opinion corrected by how the text uses each name."""

import spacy
from conftest import FIXTURES, names
from spacy.tokens import Doc

from spotted.recognize import evidenced_unlabelled_names, is_a_band, load_nlp, takes_a_plural_verb


def test_a_one_word_name_that_speaks_is_a_person(extract):
    result = extract('Zephyrine arrived late. "I love this place," Zephyrine told reporters.')
    assert "Zephyrine" in names(result)


def test_a_name_introducing_a_dialogue_line_is_a_person(extract):
    result = extract('» Kairo to Marisol Vance: "You look amazing!" Vance: "Thank you!"')
    assert {"Kairo", "Marisol Vance"} <= names(result)


def test_a_song_title_in_quotes_is_never_a_person(extract):
    result = extract('Dex Harlan strolled through, singing "Molly Brown."')
    assert names(result) == {"Dex Harlan"}


def test_a_show_name_modifying_a_group_is_not_a_person(extract):
    result = extract('Tomas Reyes and the "Harbor Nights" kids shared a laugh backstage.')
    assert "Harbor Nights" not in names(result)
    assert any("Harbor Nights" in group.name for group in result.groups)


def test_a_surname_after_the_full_name_is_the_same_person(extract):
    result = extract("Tomas Reyes walked in at nine. Reyes then hugged the host.")
    [person] = [p for p in result.people if p.name == "Tomas Reyes"]
    assert [m.text for m in person.mentions] == ["Tomas Reyes", "Reyes"]


def test_a_slash_pair_names_two_people(extract):
    result = extract("Kairo/Dex Harlan sat courtside at the game on Tuesday night.")
    assert {"Kairo", "Dex Harlan"} <= names(result)


def test_groups_are_kept_as_groups_not_people(extract):
    result = extract("After Marisol Vance's set, her dancers left the stage, and the crew cheered.")
    assert names(result) == {"Marisol Vance"}
    assert "Marisol Vance's dancers" in {group.name for group in result.groups}


def test_a_band_introduced_as_a_band_is_not_a_person(extract):
    result = extract("US band Velvet Harbor led the winners. Velvet Harbor thanked their fans.")
    assert "Velvet Harbor" not in names(result)


def test_a_duo_s_members_are_people(extract):
    result = extract("Comedy duo Pete Lawson and Rory Vail presented the prize to Marisol Vance.")
    assert {"Pete Lawson", "Rory Vail"} <= names(result)


def test_a_name_with_a_plural_verb_is_a_band(extract):
    result = extract("Glass Orchard were the surprise winners, beating Marisol Vance to the prize.")
    assert "Glass Orchard" not in names(result)


def test_a_film_title_after_film_is_not_a_person(extract):
    result = extract("Marisol Vance said the film Rosa Blackwood was her proudest work.")
    assert names(result) == {"Marisol Vance"}


def test_a_title_that_modifies_star_is_a_work(extract):
    result = extract("Harbor Lights star Devon Pike arrived with his wife.")
    assert names(result) == {"Devon Pike"}


def test_an_acronym_glued_to_a_name_in_a_headline_is_dropped(extract):
    result = extract("MET Marisol Vance Dazzles\n\nMarisol Vance wore red to the gala.")
    assert names(result) == {"Marisol Vance"}


def test_a_quoted_nickname_inside_a_name_stays_in_it(extract):
    result = extract('Record producer Marcus "Deuce" Feldman booed every call from his courtside seat.')
    assert names(result) == {'Marcus "Deuce" Feldman'}


def test_a_hyphenated_surname_alone_is_the_same_person(extract):
    result = extract("Marco Ruiz-Bell held hands with Tasha Greenleaf. Later Ruiz-Bell bought popcorn.")
    [marco] = [p for p in result.people if p.name == "Marco Ruiz-Bell"]
    assert [m.text for m in marco.mentions] == ["Marco Ruiz-Bell", "Ruiz-Bell"]


def test_a_label_someone_wears_is_not_a_person(extract):
    result = extract("Emma Lorne sat on a sofa in her Lucien Varonne jumpsuit, gabbing with Carey Holt.")
    assert "Lucien Varonne" not in names(result)


def test_a_film_in_apposition_is_not_a_person(extract):
    result = extract("Odessa Grange was promoting her new film, Eleanor Finch, in which she plays a keeper.")
    assert names(result) == {"Odessa Grange"}


def test_a_stage_name_with_a_number_is_a_person(extract):
    result = extract("A man was shot outside the studio while 40 Cent was on air. 40 Cent said he was shaken.")
    assert names(result) == {"40 Cent"}


def test_a_role_noun_alone_is_not_a_person(extract):
    result = extract("Rapper 30 Pence arrived late, and 30 Pence told reporters he was tired.")
    assert names(result) == {"30 Pence"}


def test_titles_in_a_list_of_works_are_not_people(extract):
    result = extract("Dale Orton appeared in several films, including 1947's Jonas Weatherby.")
    assert names(result) == {"Dale Orton"}


def test_a_company_named_after_what_it_is_is_not_a_person(extract):
    result = extract("Before his death, Dale Orton granted gaming company Harlan Fitch the rights to his voice.")
    assert "Harlan Fitch" not in names(result)


def test_a_name_turned_into_a_modifier_is_not_a_person(extract):
    result = extract("The Edwin-winning star Ayla Brooks took action against a photographer.")
    assert names(result) == {"Ayla Brooks"}


def test_a_winner_of_best_band_is_a_band(extract):
    result = extract("Glass Orchard picked up best international band while Dale Orton collected best male.")
    assert "Glass Orchard" not in names(result)


def test_may_have_won_is_no_plural_verb(extract):
    result = extract("Kairo may have won a Lumen with Dex Harlan, and Kairo said she was thrilled.")
    assert "Kairo" in names(result)


def test_what_a_person_owns_is_not_part_of_their_name(extract):
    result = extract("Dale Orton's Silver Angels was named the best song of the past 25 years.")
    assert names(result) == {"Dale Orton"}


def test_a_shouted_word_is_not_a_name(extract):
    result = extract("Marisol Vance wore a feathered cape. It LOOKED amazing, and Vance knew it.")
    assert names(result) == {"Marisol Vance"}


def test_a_name_ending_in_a_number_word_is_not_a_person(extract):
    result = extract("Dale Orton told Page Nine he'd never dreamt of winning.")
    assert names(result) == {"Dale Orton"}


def test_a_listed_band_is_not_a_person_unless_the_alias_table_says_so(extract, tmp_path, monkeypatch):
    from spotted.aliases import load_aliases, load_not_people

    listed = tmp_path / "not_people.csv"
    listed.write_text("name,kind,source\nThe Marlow Vane,band,test\nJuniper Holt,show,test\n", encoding="utf-8")
    table = tmp_path / "aliases.csv"
    table.write_text("alias,name,source\nJuniper Holt,Juniper Holt,test\n", encoding="utf-8")
    monkeypatch.setenv("SPOTTED_NOT_PEOPLE", str(listed))
    monkeypatch.setenv("SPOTTED_ALIASES", str(table))
    load_not_people.cache_clear()
    load_aliases.cache_clear()
    try:
        result = extract("Marlow Vane played a late set. Juniper Holt told reporters that Dex Harlan danced all night.")
    finally:
        load_not_people.cache_clear()
        load_aliases.cache_clear()
    assert "Marlow Vane" not in names(result)
    assert {"Juniper Holt", "Dex Harlan"} <= names(result)


def test_a_show_that_owns_a_named_person_is_not_a_person(extract):
    result = extract("A ballroom number led by Hollowell's Dorian Vale closed the show.")
    assert names(result) == {"Dorian Vale"}


def test_a_venue_named_after_someone_is_not_a_person(extract):
    result = extract("Benny Rourke's Steakhouse: The steak spot was popular with athletes this week. Tessa Lind dined there.")
    assert names(result) == {"Tessa Lind"}


def test_two_shows_each_named_after_its_kind_are_not_people(extract):
    result = extract("Rory Dunn and Kit Lowe also presented gadget series Playboyz and car show Motor Maniacs for cable TV.")
    assert names(result) == {"Rory Dunn", "Kit Lowe"}


def test_a_two_word_name_on_a_kind_of_work_is_its_maker(extract):
    result = extract("He also appeared in seven Spud Kerrigan movies, including two comedies.")
    assert names(result) == {"Spud Kerrigan"}


def test_a_name_before_there_are_is_not_the_subject_of_a_plural_verb():
    # The parse the small model gives "…, Dev Marlow, etc, there are so many greater songs".
    words = ["Marlow", ",", "there", "are", "songs"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[3, 3, 3, 3, 3], deps=["nsubj", "punct", "expl", "ROOT", "attr"], tags=["NNP", ",", "EX", "VBP", "NNS"])
    assert not takes_a_plural_verb(doc[0])


def test_a_nationality_or_faith_alone_is_not_a_person(extract):
    result = extract("Briton wins short film prize\n\nSally Quinn grew up in an Irish Catholic boarding school in India.")
    assert names(result) == {"Sally Quinn"}


def extract_with_stage_names(extract, tmp_path, monkeypatch, rows: str, text: str):
    from spotted.aliases import load_stage_names

    listed = tmp_path / "stage_names.csv"
    listed.write_text("name,common_word,field\n" + rows, encoding="utf-8")
    monkeypatch.setenv("SPOTTED_STAGE_NAMES", str(listed))
    load_stage_names.cache_clear()
    try:
        return extract(text)
    finally:
        monkeypatch.delenv("SPOTTED_STAGE_NAMES")
        load_stage_names.cache_clear()


def test_a_listed_stage_name_is_a_person_without_other_evidence(extract, tmp_path, monkeypatch):
    text = "The rivalry involved fellow artists including Slim Vortex, Kaydo and Tessa Wren."
    result = extract_with_stage_names(extract, tmp_path, monkeypatch, "Slim Vortex,no,music\nKaydo,no,music\n", text)
    assert {"Slim Vortex", "Kaydo"} <= names(result)


def test_a_stage_name_that_is_an_ordinary_word_counts_only_mid_sentence(extract, tmp_path, monkeypatch):
    listed = "Marmalade,yes,music\n"
    opening = extract_with_stage_names(extract, tmp_path, monkeypatch, listed, "Marmalade was the star of the night.")
    inside = extract_with_stage_names(extract, tmp_path, monkeypatch, listed, "Later she sang a tribute to Marmalade on stage.")
    assert names(opening) == set()
    assert names(inside) == {"Marmalade"}



def test_the_owner_of_the_film_a_role_is_in_is_a_person(extract):
    result = extract("The actor was nominated for his role in Bernardo Vescari's Last Tango in Rome.")
    assert "Bernardo Vescari" in names(result)


def test_the_and_one_plural_looking_word_is_a_band():
    # "…in the way that the Vyrds, the Beatles and …": the small model tags the name NNP, not NNPS.
    doc = Doc(spacy.blank("en").vocab, words=["like", "the", "Vyrds", "did"], tags=["IN", "DT", "NNP", "VBD"])
    assert is_a_band(doc, 2, 3)


def test_a_surname_before_a_family_noun_is_not_a_band():
    words = ["like", "the", "Harlans", "sisters"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 3, 3, 0], deps=["ROOT", "det", "compound", "pobj"], tags=["IN", "DT", "NNP", "NNS"])
    assert not is_a_band(doc, 2, 3)


def test_an_owner_named_by_a_given_name_keeps_being_a_person(extract):
    result = extract("Sabrina told reporters she was thrilled. Backstage, Sabrina's Dorian Vale waited with flowers.")
    assert {"Sabrina", "Dorian Vale"} <= names(result)


def test_a_song_named_after_her_hit_is_not_a_person(extract):
    result = extract("Singer Marlow Vance opened the show, performing her hit Evelyn Gray with guitarist Nadia Quist.")
    assert names(result) == {"Marlow Vance", "Nadia Quist"}


def test_a_person_a_car_hit_is_still_a_person(extract):
    result = extract("Police said the car hit Evelyn Gray outside the studio on Tuesday.")
    assert names(result) == {"Evelyn Gray"}


def test_a_rival_beaten_to_best_band_is_a_band_unless_a_role_noun_says_otherwise(extract):
    result = extract("Indie group The Salt Lanterns won best band, beating Copper Hollow and rapper Kid Meridian, who was not at the ceremony.")
    assert names(result) == {"Kid Meridian"}


def test_a_venue_heading_a_sightings_item_is_not_a_person(extract):
    result = extract("The Lantern Room: Singer Odessa Vane celebrated her birthday with model Tasha Greer.")
    assert names(result) == {"Odessa Vane", "Tasha Greer"}


def test_a_plural_role_noun_before_two_names_is_not_part_of_the_first(extract):
    result = extract("Comedians Simon Hart and Ruth Bly are to reunite for a new sitcom. Simon still can't make tea, Bly said.")
    assert names(result) == {"Simon Hart", "Ruth Bly"}


def test_a_name_on_a_club_is_the_club(extract):
    result = extract("Singer Tamsin Roe left the Velvet Door club in Soho at 2am.")
    assert names(result) == {"Tamsin Roe"}


def test_a_shouted_function_word_in_a_headline_is_not_a_name(extract):
    text = (FIXTURES / "festival.txt").read_text(encoding="utf-8").split("---\n", 1)[1]
    assert "WHOM" not in names(extract(text))


def test_the_and_a_plural_possessive_is_a_band(extract):
    result = extract("The couple shared their first dance to the Everly Grays' Always You. Singer Gus Mallory performed the song live.")
    assert names(result) == {"Gus Mallory"}


def test_a_title_in_apposition_to_a_debut_is_a_work(extract):
    result = extract("The Fell is director Nadia Kamal's first feature since her 2019 debut, Salt Marsh.")
    assert names(result) == {"Nadia Kamal"}


def test_a_name_after_a_production_of_is_a_work(extract):
    result = extract("Actor Colm Rafferty, 47, won a Tony award in 2002 for his role in the Broadway production of Summer Fields.")
    assert names(result) == {"Colm Rafferty"}


def test_a_relationship_word_opening_the_sentence_is_not_part_of_the_name(extract):
    result = extract("Exes Jonah Pryce and Leila Moss were both at the club.")
    assert names(result) == {"Jonah Pryce", "Leila Moss"}


def test_a_headline_word_before_a_name_is_not_part_of_it(extract):
    result = extract("Inside Ravi Mendel's 40th birthday bash\n\nProducer Ravi Mendel celebrated on Saturday.")
    assert names(result) == {"Ravi Mendel"}


def test_a_role_noun_opening_the_sentence_marks_the_name_after_it(extract):
    result = extract("Rapper K-Dollar and producer Sean Ridley were spotted outside a recording studio.")
    assert names(result) == {"K-Dollar", "Sean Ridley"}


def test_a_sports_role_before_a_name_is_not_part_of_it(extract):
    result = extract("Footballer Dario Conti and his girlfriend, model Elsa Berg, shared a kiss.")
    assert names(result) == {"Dario Conti", "Elsa Berg"}


def test_a_title_after_a_possessive_and_a_kind_of_song_is_a_work(extract):
    result = extract("Dario Conti and Elsa Berg shared a kiss during Juno Vale's ballad Paper Moon.")
    assert "Paper Moon" not in names(result)


def test_the_news_recognizer_is_a_second_opinion_in_the_default_pipeline(extract):
    result = extract(
        "Spotted: Lena Ortiz and Sam Reyes at Casa Alba. The co-stars sat in a corner booth and "
        "split a plate of grilled sardines, an onlooker told Starwatch."
    )
    assert "Starwatch" not in names(result)


def test_the_news_recognizer_can_be_turned_off(monkeypatch):
    from spotted.recognize import load_nlp

    monkeypatch.setenv("SPOTTED_NEWS_NER", "0")
    load_nlp.cache_clear()
    try:
        assert "spotted_news_ner" not in load_nlp().pipe_names
    finally:
        load_nlp.cache_clear()


def test_titles_after_hits_such_as_are_works_even_when_the_parse_loses_the_list(extract):
    result = extract(
        "Former Velvet Crows singer Dean Holt, who sang on 1960s hits such as Come Tonight and La Di Da, "
        "said Marsh was one of his heroes."
    )
    assert names(result) == {"Dean Holt", "Marsh"}


def test_a_name_after_superyacht_is_a_boat(extract):
    result = extract("On board the superyacht Solstice, jury president Margot Villiers held court on the top deck.")
    assert names(result) == {"Margot Villiers"}


def test_an_illness_is_not_a_person(extract):
    result = extract("Co-star Ellie Grant missed the screening after testing positive for Covid.")
    assert names(result) == {"Ellie Grant"}


def test_a_title_with_its_own_the_after_a_kind_of_work_is_a_work(extract):
    result = extract("Prince Edmund joined the cast of war drama The Long Watch at its premiere.")
    assert names(result) == {"Prince Edmund"}


def test_a_noble_title_alone_is_not_a_name(extract):
    result = extract("The Duchess of Harwick, the film's patron, arrived separately and was greeted by producer Devan Shora.")
    assert names(result) == {"Devan Shora"}


def test_the_agency_after_a_photographers_credit_is_not_a_person(extract):
    result = extract(
        "NEW YORK - MAY 05: Aaron Kiel and Lila Marsden attend the 2025 Met Gala at the museum. (Photo by Jia Chen/WireImage)"
    )
    assert "WireImage" not in names(result)


def test_a_place_adverb_opening_a_paragraph_is_not_a_name(extract):
    result = extract("Stars party at the Lune launch\n\nBackstage at the after-party, singer Mila Hart hugged actor Ravi Sandhu.")
    assert names(result) == {"Mila Hart", "Ravi Sandhu"}


def test_a_setting_word_opening_a_sentence_before_a_comma_is_not_a_name(extract):
    result = extract("Stars party at the Lune launch\n\nRooftop, singer Mila Hart hugged actor Ravi Sandhu.")
    assert names(result) == {"Mila Hart", "Ravi Sandhu"}


def test_a_name_after_a_role_abbreviation_in_capitals_is_a_person(extract):
    result = extract("On the field, halftime headliner Nova Reyes brought out surprise guest DJ Pablo Cuervo for a medley.")
    assert "Pablo Cuervo" in names(result)


def test_a_given_name_and_a_place_word_both_models_call_a_person_is_one(extract):
    result = extract("Hawks owner Richard Lamb watched from his box, a few seats from commissioner Ellen Park.")
    assert "Ellen Park" in names(result)


def test_names_listed_after_a_single_work_are_still_people(extract):
    result = extract("The cast of the show, including Dean Holt and Mia Lane, posed on the carpet.")
    assert names(result) == {"Dean Holt", "Mia Lane"}


def test_a_band_before_singer_is_not_a_person(extract):
    result = extract("Former Velvet Crows singer Dean Holt said the tour would go ahead.")
    assert names(result) == {"Dean Holt"}


def test_a_capitalised_photo_by_credit_still_marks_the_agency(extract):
    result = extract("NEW YORK - MAY 05: Aaron Kiel attends the gala. (Photo By Jia Chen/WireImage)")
    assert names(result) == {"Aaron Kiel", "Jia Chen"}


def test_a_photographer_the_model_left_unlabelled_in_a_credit_is_a_person():
    doc = load_nlp()("CREDIT: Rob Latimer/Stockframe")
    doc.ents = []  # as when the small model misses the name
    assert list(evidenced_unlabelled_names(doc, [], set()).values()) == ["Rob Latimer"]
