"""One canonical name per person in an article."""

from conftest import FIXTURES, names, pairs


def test_a_first_name_alone_joins_the_full_name_before_it(extract):
    result = extract("Marisol Vance hit the red carpet first. Later, Marisol was seen dancing.")
    assert names(result) == {"Marisol Vance"}


def test_an_honorific_is_not_part_of_the_name(extract):
    result = extract("Sir Reginald Ashdown arrived with his wife. Ashdown greeted fans at the door.")
    assert "Reginald Ashdown" in names(result)


def test_a_role_noun_before_a_name_is_not_part_of_it(extract):
    result = extract("We saw guitarist Niall Corrigan get a bottle of wine backstage.")
    assert names(result) == {"Niall Corrigan"}


def test_a_possessive_is_not_part_of_the_name(extract):
    result = extract("Niall Corrigan's dressing room was next to the stage.")
    assert [m.text for m in result.people[0].mentions] == ["Niall Corrigan"]


def test_an_alias_stated_in_the_text_joins_the_two_names(extract):
    result = extract("Delphine Okafor, aka DJ Sparrow, spun records all night. Sparrow later danced with fans.")
    [person] = result.people
    assert {m.text for m in person.mentions} >= {"Delphine Okafor", "Sparrow"}
    assert result.aliases


def test_a_character_shown_in_character_is_the_performer(extract):
    text = "» Rex Malone on the move! We witnessed Verity in character, dressed in a navy suit."
    result = extract(text)
    assert len(result.people) == 1
    assert result.people[0].name in {"Verity", "Rex Malone"}


def test_a_role_description_refers_back_to_the_person_named(extract):
    text = 'Ayla Brooks met Jonas Pike. Ayla, once she had passed the Velvet Engines frontman: "Wow!"'
    result = extract(text)
    [jonas] = [p for p in result.people if p.name == "Jonas Pike"]
    assert "the Velvet Engines frontman" in [m.text for m in jonas.mentions]


def test_the_alias_table_ties_a_stage_name_to_a_real_name(extract, tmp_path, monkeypatch):
    from spotted.aliases import load_aliases

    table = tmp_path / "aliases.csv"
    table.write_text("alias,name,source\nJenna Farrow,Jay Dub,test\n", encoding="utf-8")
    monkeypatch.setenv("SPOTTED_ALIASES", str(table))
    load_aliases.cache_clear()
    try:
        result = extract("Jay Dub walked the carpet. Jenna Farrow told reporters she was thrilled.")
    finally:
        load_aliases.cache_clear()
    assert names(result) == {"Jay Dub"}


def test_a_misspelt_full_name_is_the_same_person(extract):
    result = extract("Desmond Hale hugged fans. Later Desmond Hael was seen chatting with the host, and Desmond Hale left at midnight.")
    assert names(result) == {"Desmond Hale"}


def test_a_clipped_first_name_joins_the_full_name(extract):
    result = extract("Leonardo Vasquez arrived at the party. Leo was spotted at the bar an hour later.")
    assert names(result) == {"Leonardo Vasquez"}


def test_a_nickname_joins_the_full_name_through_the_nickname_table(extract):
    result = extract("William Thorne walked the red carpet. Bill then posed with fans.")
    assert names(result) == {"William Thorne"}


def test_an_object_pronoun_is_not_its_own_clause_subject(extract):
    result = extract("Dex Harlan arrived late. Marisol Vance hugged him at the door.")
    assert {frozenset({i.a, i.b}) for i in result.interactions} == {frozenset({"Marisol Vance", "Dex Harlan"})}


def test_a_pronoun_agrees_with_the_gender_of_a_first_name(extract):
    result = extract('Robert Vance and Maria Holt arrived together. "I love it here," he said.')
    assert [q.speaker for q in result.quotes] == ["Robert Vance"]


def test_in_character_ties_only_the_nearest_other_name(extract):
    result = extract("Backstage at the party, Rupert Vale in drag greeted Sarah Mitchell. Later Tom Leek chatted with Mia Cho on the red carpet.")
    assert {"Tom Leek", "Mia Cho"} <= names(result)


def test_a_bracket_that_does_not_close_after_the_name_is_no_alias(extract):
    result = extract("Guests included Tom Leek (Sarah Mitchell's husband) and Mia Cho.")
    assert {"Tom Leek", "Sarah Mitchell", "Mia Cho"} <= names(result)


def test_a_chain_of_pronouns_keeps_to_the_person_named_at_its_start(extract):
    text = (
        "Veteran comic Desmond Farrow has died aged 91. One of the last variety comedians, Farrow made "
        "his first TV appearance in 1937. A year later he was seen reciting poems on stage. "
        "He went on to become a regular voice on radio. He married Lorna Quill, an actress, in 1941."
    )
    assert pairs(extract(text)) == {frozenset({"Desmond Farrow", "Lorna Quill"})}


def test_the_owner_of_a_subject_is_preferred_to_the_last_name_in_a_list(extract):
    text = (
        "Wendell Price's songs cast their spell on singers such as Jo Hart, Sam Rusk and Tom Vail. "
        "His influence has extended to newer artists such as Mara Lind, with whom he recently recorded a duet."
    )
    assert frozenset({"Wendell Price", "Mara Lind"}) in pairs(extract(text))


def test_a_description_refers_to_the_one_person_given_that_role_earlier(extract):
    text = (
        "Actress Coral Weston has won a court order against two photographers.\n\n"
        "The star took action against Jim Rusk and Ben Adair last week. "
        "The Australian actress is currently in Sydney to film her latest movie with Liam Corbett."
    )
    assert frozenset({"Coral Weston", "Liam Corbett"}) in pairs(extract(text))


def test_a_pronoun_after_a_quoted_paragraph_still_reaches_back(extract):
    text = (FIXTURES / "obituary.txt").read_text(encoding="utf-8")
    assert frozenset({"Harold Pemberton", "Daphne Okafor"}) in pairs(extract(text))


def test_a_first_name_inside_a_short_spoken_quote_is_a_mention(extract):
    result = extract('Harold Pemberton hosted the quiz for years. "Harold taught me everything," Daphne Okafor said.')
    [harold] = [p for p in result.people if p.name == "Harold Pemberton"]
    assert "Harold" in [m.text for m in harold.mentions]


def test_whose_real_name_is_ties_the_two_names(extract):
    result = extract("Rapper Jax Verity, whose real name is James Okonjo, rose to fame in 2019. Verity toured Europe last year.")
    assert names(result) == {"Jax Verity"}


def test_an_age_description_opening_a_paragraph_is_the_subject_of_the_one_before(extract):
    text = (
        'Singer Ada Knox says supporting her hero, soul veteran Lionel Bray, on his farewell tour has been "surreal".\n\n'
        "The 24-year-old, who grew up in Cardiff, is currently opening for Bray across Europe. "
        "She met him for the first time backstage in Paris last month."
    )
    assert frozenset({"Ada Knox", "Lionel Bray"}) in pairs(extract(text))


def test_a_name_inside_a_quote_is_not_what_a_description_outside_refers_to(extract):
    text = (
        "The pair were pictured arguing last week, but Jax Verity said on his radio show that the row was over.\n\n"
        '"Dion Hale is my brother. We had words, that\'s all," the 29-year-old told listeners.'
    )
    assert [q.speaker for q in extract(text).quotes] == ["Jax Verity"]


def test_dame_is_a_title_before_a_full_name_and_before_a_first_name(extract):
    text = 'Veteran actor Sir Desmond Hale was honoured by his co-star, Dame Priya Nair. "He taught me everything," Dame Priya said.'
    result = extract(text)
    assert names(result) == {"Desmond Hale", "Priya Nair"}


def test_the_birthday_boy_is_whose_birthday_it_is(extract):
    result = extract(
        "Producer Ravi Mendel celebrated his 40th birthday on Saturday. Singer Ama Okafor performed. "
        "Later, tennis star Nina Varga danced with the birthday boy."
    )
    assert frozenset({"Nina Varga", "Ravi Mendel"}) in pairs(result)


def test_a_first_names_gender_outweighs_one_stray_possessive(extract):
    result = extract(
        'Simon Hale hosted the show. Lola Brandt said on his show that the split hurt. '
        'Omar Reyes and Lola Brandt arrived later. "It was hard," she said.'
    )
    assert [q.speaker for q in result.quotes] == ["Lola Brandt"]


def test_a_first_name_is_not_tied_to_an_unlike_nickname_of_the_same_formal_name(extract):
    result = extract(
        "Midway through the set, Juno Vale gave a shout-out to her old friend Kit Marlow. "
        "Host Ben Okafor danced with his wife, Lena, in the front row."
    )
    assert "Lena" in names(result)


def test_a_role_description_followed_by_its_own_name_is_not_someone_named_before(extract):
    result = extract(
        "At the dinner, Tessa Lind chatted with chef Omar Reyes. "
        "Noted absence: the gallery's founder, Helene Marsh, who stayed home in Lyon."
    )
    [reyes] = [person for person in result.people if person.name == "Omar Reyes"]
    assert "founder" not in " ".join(mention.text for mention in reyes.mentions)


def test_a_surname_two_full_names_share_goes_to_the_one_named_most(extract):
    result = extract(
        "Zara Okafor turned 30 on Saturday. Zara Okafor danced all night. "
        "Her sister, Nia Okafor, was also at the party. Okafor later thanked her guests."
    )
    by_name = {person.name: [mention.text for mention in person.mentions] for person in result.people}
    assert by_name["Nia Okafor"] == ["Nia Okafor"]
    assert "Okafor" in by_name["Zara Okafor"]


def test_a_pronoun_after_a_quote_is_not_the_name_quoted_in_its_sentence(extract):
    result = extract(
        "Backstage at the after-party, Odette Laurent held her trophy. "
        '"Greta is the reason I became an actress," she said.'
    )
    assert {person.name for person in result.people if person.present} == {"Odette Laurent"}
