"""Quotes, their speakers and their addressees, in the forms the genre uses."""


def quote_table(result):
    return [(q.text, q.speaker, q.addressee) for q in result.quotes]


def test_a_colon_dialogue_gives_speaker_and_addressee(extract):
    result = extract('» Kairo to Marisol Vance: "Wow. I\'m a huge fan!" Vance: "Thank you so much!"')
    assert quote_table(result) == [("Wow. I'm a huge fan!", "Kairo", "Marisol Vance"), ("Thank you so much!", "Marisol Vance", "Kairo")]


def test_a_told_after_the_quote_gives_speaker_and_addressee(extract):
    result = extract('Tomas Reyes and the Harbor Nights cast met backstage. "I watch your show," Reyes told the cast.')
    [(text, speaker, addressee)] = quote_table(result)
    assert (text, speaker) == ("I watch your show,", "Tomas Reyes")
    assert addressee is not None and "Harbor Nights" in addressee


def test_a_reply_is_addressed_to_the_previous_speaker(extract):
    result = extract('Dex Harlan, once they had passed the bar: "Aah?" To which Marisol Vance replied, "That was it."')
    assert quote_table(result) == [("Aah?", "Dex Harlan", None), ("That was it.", "Marisol Vance", "Dex Harlan")]


def test_a_speaker_after_the_quote_with_exclaimed(extract):
    result = extract('Ayla Brooks was walking briskly. "I knew she would be!" Ayla Brooks exclaimed.')
    assert quote_table(result) == [("I knew she would be!", "Ayla Brooks", None)]


def test_a_pronoun_speaker_is_the_person_named_before(extract):
    result = extract('Ayla Brooks arrived at the party. "This is the best night," she said.')
    assert quote_table(result)[0][1] == "Ayla Brooks"


def test_an_unnamed_speaker_gives_no_speaker(extract):
    result = extract('Ayla Brooks left early. "She was exhausted," a publicist said.')
    assert quote_table(result) == [("She was exhausted,", None, None)]


def test_a_song_title_is_not_a_quote(extract):
    result = extract('Dex Harlan strolled through, wearing denim and singing "Molly Brown."')
    assert result.quotes == []


def test_an_unclosed_quote_ends_with_its_paragraph(extract):
    result = extract('Ayla Brooks said: "It was a long night and I loved it\n\nThe party went on.')
    assert quote_table(result) == [("It was a long night and I loved it", "Ayla Brooks", None)]


def test_a_quote_continued_in_the_next_paragraph_keeps_its_speaker(extract):
    result = extract('"We had the best time," said Ayla Brooks.\n\n"Everyone was dancing until dawn."')
    assert [q.speaker for q in result.quotes] == ["Ayla Brooks", "Ayla Brooks"]
