"""Who is a person: spaCy's opinion corrected by how the text uses each name."""

from conftest import names


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
