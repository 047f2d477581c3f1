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


def test_a_quotation_reopened_without_closing_is_a_new_quote_by_the_same_speaker(extract):
    result = extract('Tomas Reyes won the award. Mr Reyes said: "It was a great night. "We will be back next year."')
    assert quote_table(result) == [("It was a great night.", "Tomas Reyes", None), ("We will be back next year.", "Tomas Reyes", None)]


def test_a_colon_ending_a_paragraph_introduces_the_quote_paragraphs_after_it(extract):
    result = extract('Tomas Reyes spoke after the ceremony. Reyes said:\n\n"First of all I want to thank my family.\n\n"Second, my band, who never gave up."')
    assert [q.speaker for q in result.quotes] == ["Tomas Reyes", "Tomas Reyes"]


def test_a_pronoun_speaker_never_refers_to_a_name_inside_the_quote(extract):
    result = extract('Ayla Brooks praised her co-star. "Working with Dex Harlan was a dream," she said.')
    assert quote_table(result) == [("Working with Dex Harlan was a dream,", "Ayla Brooks", None)]


def test_according_to_an_unnamed_source_gives_no_speaker(extract):
    result = extract('"We played every night," Tomas Reyes said of the tour.\n\n"We are heartbroken," according to his manager.')
    assert [q.speaker for q in result.quotes] == ["Tomas Reyes", None]


def test_a_role_description_after_the_quote_is_the_person_named_before(extract):
    result = extract('Ayla Brooks opened the show. "London, you are the best," said the singer.')
    assert quote_table(result) == [("London, you are the best,", "Ayla Brooks", None)]


def test_a_repeated_role_description_keeps_its_referent(extract):
    result = extract(
        "Tomas Reyes turned down the part at first. The actor's friend Hal Denton told a magazine that Reyes hated "
        'gangster films. The actor refused the role, saying: "I will never play a gangster."'
    )
    assert quote_table(result) == [("I will never play a gangster.", "Tomas Reyes", None)]


def test_a_fragment_after_described_as_is_a_quote_of_the_describer(extract):
    result = extract('Tomas Reyes described the film as a "labour of love".')
    assert quote_table(result) == [("labour of love", "Tomas Reyes", None)]


def test_the_agent_of_a_passive_speech_verb_is_the_speaker(extract):
    result = extract('Dex Harlan was described as a "true gentleman" by his friend and fellow actor Tomas Reyes.')
    assert quote_table(result) == [("true gentleman", "Tomas Reyes", None)]


def test_a_name_inside_an_unnamed_speakers_phrase_is_not_the_speaker(extract):
    result = extract('"Make way, Dex Harlan is here," a member of Dex Harlan\'s entourage yelled as the actor swept in.')
    assert quote_table(result) == [("Make way, Dex Harlan is here,", None, None)]


def test_the_named_person_in_apposition_speaks_not_the_possessor(extract):
    result = extract("Ayla Brooks's lawyer Hal Denton said: \"She is innocent.\"")
    assert quote_table(result) == [("She is innocent.", "Hal Denton", None)]


def test_a_title_before_a_work_noun_is_not_a_quote(extract):
    result = extract('Ayla Brooks is proud. "I loved every minute," said the "Galaxy Riders" star.\n\nThe "Galaxy Riders" star said she would return.')
    assert quote_table(result) == [("I loved every minute,", "Ayla Brooks", None)]


def test_a_nickname_inside_a_full_name_is_not_a_quote(extract):
    result = extract('Guests included Dwayne "The Hammer" Castillo and Ayla Brooks.')
    assert result.quotes == []


def test_a_quoted_modifier_of_a_noun_is_a_name_not_a_quote(extract):
    result = extract('Ayla Brooks said she had sought the "protective custody" orders last week.')
    assert result.quotes == []


def test_a_title_cased_passage_with_no_attribution_is_a_title(extract):
    result = extract('Fans of Tomas Reyes still ask for "Moonlight In Lisbon" at every show.')
    assert result.quotes == []


def test_a_so_called_phrase_is_a_scare_quote(extract):
    result = extract('Tomas Reyes recalled the so-called "golden era" of radio.')
    assert result.quotes == []


def test_fragments_in_one_sentence_share_their_speaker(extract):
    result = extract('Ayla Brooks\'s lawyer Hal Denton said she had "turned her life around" and was "clean and sober".')
    assert [(q.text, q.speaker) for q in result.quotes] == [("turned her life around", "Hal Denton"), ("clean and sober", "Hal Denton")]


def test_an_opinion_verb_attributes_a_fragment(extract):
    result = extract('The critic Hal Denton felt that there "might well be" a sweep for Ayla Brooks.')
    assert quote_table(result) == [("might well be", "Hal Denton", None)]


def test_that_said_is_not_an_attribution(extract):
    result = extract('"I never expected this," Ayla Brooks said.\n\n"You are left to your own devices." That said, Brooks is now working on a film.')
    assert [q.speaker for q in result.quotes] == ["Ayla Brooks", "Ayla Brooks"]


def test_a_speech_verb_with_its_own_clause_after_a_quote_starts_a_new_report(extract):
    result = extract(
        'Tomas Reyes died on Sunday. "It was a pleasure to work with him," Hal Denton said.\n\n'
        '"He was kind and generous." His daughter Ayla said her father would be missed.'
    )
    assert [q.speaker for q in result.quotes] == ["Hal Denton", "Hal Denton"]


def test_who_before_a_speech_verb_is_the_person_it_follows(extract):
    result = extract('"We want to have fun," says Tomas Reyes, who describes his co-host Dex Harlan as "an extremely professional broadcaster".')
    assert [q.speaker for q in result.quotes] == ["Tomas Reyes", "Tomas Reyes"]


def test_an_inverted_speech_verb_after_a_question_gives_the_speaker(extract):
    result = extract('"Wow, is it real?" asked Dex Harlan. "Do they do this every year?"')
    assert [q.speaker for q in result.quotes] == ["Dex Harlan", "Dex Harlan"]


def test_a_wrongly_guessed_gender_does_not_leave_a_quote_without_speaker(extract):
    result = extract('Talk show host Marisol Vance said he was "so lovely" to work with. "He was a true gentleman," she said.')
    assert [q.speaker for q in result.quotes] == ["Marisol Vance", "Marisol Vance"]


def test_a_speech_verb_the_parse_left_without_subject_takes_the_main_subject(extract):
    result = extract(
        'Ayla Brooks said: "This is amazing." The band - whose debut LP was the biggest-selling album of the year - '
        'thanked "all the members of the fan club".'
    )
    assert [q.speaker for q in result.quotes] == ["Ayla Brooks", None]


def test_an_object_pronoun_of_told_is_the_person_addressed(extract):
    result = extract('Hal Denton presented the prize to Ayla Brooks. "You earned it," Denton told her.')
    assert quote_table(result) == [("You earned it,", "Hal Denton", "Ayla Brooks")]


def test_the_object_of_a_verb_of_calling_is_not_the_addressee(extract):
    result = extract('The director Hal Denton praised the cast, calling them "the best I have ever worked with".')
    assert quote_table(result) == [("the best I have ever worked with", "Hal Denton", None)]


def test_a_bare_name_colon_far_from_the_last_quote_is_not_a_reply(extract):
    result = extract('Dex Harlan: "Great to see you!"\n\nThe party went on until dawn.\n\nTomas Reyes arrived at midnight.\n\nMarisol Vance: "What a night!"')
    assert quote_table(result) == [("Great to see you!", "Dex Harlan", None), ("What a night!", "Marisol Vance", None)]


def test_an_interview_partner_is_the_addressee_of_a_closing_remark(extract):
    result = extract('Nicki Vance ended her interview with Tomas Reyes by saying "See you soon."')
    assert quote_table(result) == [("See you soon.", "Nicki Vance", "Tomas Reyes")]


def test_a_fragment_naming_a_thing_beside_a_quote_is_a_quote_too(extract):
    result = extract('Kristin Vale said the singer "threw the bottle at the left side of my face" in an "angry and erratic" attack.')
    assert [(q.text, q.speaker) for q in result.quotes] == [("threw the bottle at the left side of my face", "Kristin Vale"), ("angry and erratic", "Kristin Vale")]


def test_the_object_that_an_infinitive_speech_verb_hangs_from_is_the_speaker(extract):
    result = extract('Dex Harlan won again. The win prompted him to joke that he was "always the talented one".')
    assert quote_table(result) == [("always the talented one", "Dex Harlan", None)]


def test_a_pronoun_prefers_a_person_named_in_the_last_sentence_to_an_older_subject(extract):
    result = extract('Ayla Brooks presented the award. Voters chose Tomas Reyes as the best male singer. He told the audience: "I am just amazed."')
    assert quote_table(result)[0][1] == "Tomas Reyes"


def test_a_quote_followed_by_another_quote_takes_no_attribution_from_it(extract):
    result = extract('"I buy downloads," says Tomas Reyes. "Even my grandma does." "But it is too early to say the chart is dead," Ayla Brooks adds.')
    assert [q.speaker for q in result.quotes] == ["Tomas Reyes", "Tomas Reyes", "Ayla Brooks"]


def test_a_speech_verb_opening_the_next_sentence_is_not_the_attribution(extract):
    result = extract('"I never expected this," Ayla Brooks said.\n\n"I would still be proud of it." Asked what the nomination means, Brooks says she feels "honoured".')
    assert [q.speaker for q in result.quotes] == ["Ayla Brooks", "Ayla Brooks", "Ayla Brooks"]


def test_an_age_description_as_the_source_is_the_person_the_paragraph_is_about(extract):
    text = 'Rapper Jax Verity denied the feud on his radio show. "We had words, that\'s all," the 29-year-old told listeners.'
    assert [q.speaker for q in extract(text).quotes] == ["Jax Verity"]


def test_a_shout_when_someone_walks_past_is_addressed_to_them(extract):
    text = 'Comedian Rafi Adler hosted the show. When winner Lulu Crane walked past, he bowed and shouted, "Your majesty!"'
    [quote] = extract(text).quotes
    assert (quote.speaker, quote.addressee) == ("Rafi Adler", "Lulu Crane")


def test_a_bellowed_toast_is_attributed_to_the_pronoun_s_referent(extract):
    text = 'Across the room, hip-hop mogul Big Marcus raised a glass. "To the future!" he bellowed, before the cake came out.'
    assert [q.speaker for q in extract(text).quotes] == ["Big Marcus"]


def test_raising_a_glass_to_quoted_words_makes_them_a_toast_by_the_subject(extract):
    result = extract(
        'Inez Marlowe greeted guests at the door before raising a glass to "everyone who believed in this crazy idea."'
    )
    assert quote_table(result) == [("everyone who believed in this crazy idea.", "Inez Marlowe", None)]


def test_turning_to_someone_and_saying_addresses_them(extract):
    result = extract('Backstage, Tessa Lind turned to Bram Keller and said: "You were brilliant tonight."')
    assert quote_table(result) == [("You were brilliant tonight.", "Tessa Lind", "Bram Keller")]


def test_a_pronoun_turned_to_is_the_person_its_gender_fits(extract):
    result = extract(
        'After the show, Bram Keller found Tessa Lind backstage. He turned to her and said: "You were brilliant tonight."'
    )
    assert quote_table(result) == [("You were brilliant tonight.", "Bram Keller", "Tessa Lind")]


def test_a_caption_is_the_words_of_whoever_captioned_the_post(extract):
    result = extract('At the after-party, Tyler Brooks hugged Marla Voss. "Best night ever," Tyler Brooks captioned the post.')
    assert quote_table(result) == [("Best night ever,", "Tyler Brooks", None)]


def test_shouting_at_someone_addresses_them(extract):
    result = extract('At the after-party, Tyler Brooks hugged Marla Voss. "Get over here!" Tyler Brooks shouted at Marla Voss.')
    assert quote_table(result) == [("Get over here!", "Tyler Brooks", "Marla Voss")]
