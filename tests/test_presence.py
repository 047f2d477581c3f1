"""Who the text places at the occasion: scene reports (who was backstage, at the party) and news
stories (who collected, performed, presided), each rule on a sentence of the genre."""

import pytest


def present(result) -> set[str]:
    return {person.name for person in result.people if person.present}


SCENE = "Backstage at the after-party, the celebrities kept coming. "


def test_in_a_scene_report_a_person_the_narrative_names_is_present(extract):
    result = extract(SCENE + "Marisol Vance looked flawless in a silver gown all night.")
    assert present(result) == {"Marisol Vance"}


def test_a_photo_credit_is_not_present(extract):
    result = extract("Marisol Vance at the party\nCREDIT: Dana Kimball/Stockframe\n\n" + SCENE + "Marisol Vance danced all night.")
    assert "Dana Kimball" not in present(result)


def test_someone_named_only_as_whose_ex_a_guest_is_is_not_present(extract):
    result = extract(SCENE + "Tessa Lind arrived early, and she is Bram Keller's ex.")
    assert present(result) == {"Tessa Lind"}


def test_someone_named_as_absent_with_sans_is_not_present(extract):
    result = extract(SCENE + "Tessa Lind arrived sans husband Bram Keller and headed for the bar.")
    assert "Bram Keller" not in present(result)


def test_a_guess_about_who_it_was_does_not_place_them(extract):
    result = extract(SCENE + "Someone smacked Dex Harlan on the back. He's 90% sure it was Rory Quill.")
    assert "Rory Quill" not in present(result)


def test_the_music_people_danced_to_is_not_present(extract):
    result = extract(SCENE + "Tessa Lind spent the whole night dancing to Cardi Vex.")
    assert "Cardi Vex" not in present(result)


def test_in_a_news_story_winning_is_not_presence(extract):
    result = extract("Tara Lenz won best female at the ceremony, beating Ivy Moss.")
    assert present(result) == set()


def test_in_a_news_story_talking_to_the_press_is_not_presence(extract):
    result = extract('Tara Lenz said the album was her best. "It was hard work," she said.')
    assert present(result) == set()


def test_telling_the_audience_places_the_speaker(extract):
    result = extract('Tara Lenz won best female. She told the audience: "Thank you all."')
    assert present(result) == {"Tara Lenz"}


def test_collecting_a_prize_from_someone_places_both(extract):
    result = extract("Singer Ana Marlow collected the best album prize from actress Greta Holm.")
    assert present(result) == {"Ana Marlow", "Greta Holm"}


def test_performers_named_by_their_performances_are_present(extract):
    result = extract("The fans were treated to performances from rapper Jax Corder, Brian Kell with Delia Marsh and the Thrillers featuring Ron Ashby.")
    assert present(result) == {"Jax Corder", "Brian Kell", "Delia Marsh", "Ron Ashby"}


def test_a_death_places_the_person_at_the_occasion(extract):
    result = extract("Veteran comedian Cyrus Flint has died aged 91 at his home in Guernsey.")
    assert present(result) == {"Cyrus Flint"}


def test_the_person_a_headline_is_about_is_present(extract):
    result = extract("No jail for singer Carla Lowe\n\nSinger Carla Lowe has been spared jail, the court heard.", title="No jail for singer Carla Lowe")
    assert present(result) == {"Carla Lowe"}


def test_a_headline_that_says_only_that_someone_won_places_nobody(extract):
    result = extract("Kendra Mill wins photographer battle\n\nKendra Mill has won a restraining order.", title="Kendra Mill wins photographer battle")
    assert present(result) == set()


def test_a_trio_stands_for_the_three_people_named_before_it(extract):
    text = "Anya Roth, Arjun Mehra and Gary Mellon were nominated. Last week, the trio attended an official screening."
    assert present(extract(text)) == {"Anya Roth", "Arjun Mehra", "Gary Mellon"}


def test_a_judge_who_ruled_was_at_the_hearing(extract):
    result = extract("Judge Randall Rubio said she must spend three years on probation.")
    assert present(result) == {"Randall Rubio"}


def test_being_on_air_is_being_at_the_occasion(extract):
    result = extract("A man was shot outside the studios while rapper Jay Quinto was on air.")
    assert present(result) == {"Jay Quinto"}


def test_appearing_in_films_is_a_career_not_an_occasion(extract):
    result = extract("Oren Daly also appeared in seven films by Spike Vance.")
    assert present(result) == set()


def test_an_act_in_another_year_does_not_place_anyone(extract):
    result = extract("Oren Daly performed at the festival in 1998.")
    assert present(result) == set()


def test_what_someone_must_do_is_not_what_they_did(extract):
    result = extract("Carla Lowe must do community service, pay a fine and attend meetings.")
    assert present(result) == set()


def test_a_name_that_only_modifies_a_noun_places_nobody(extract):
    result = extract(SCENE + "As Nova's dancers left the stage, the Bulldog Vance dancers were walking on.")
    assert "Bulldog Vance" not in present(result)


def test_someone_who_stayed_home_is_not_present(extract):
    result = extract(SCENE + "Tessa Lind came alone; her husband Bram Keller stayed home.")
    assert "Bram Keller" not in present(result)


def test_a_pronoun_subject_places_the_person_it_stands_for(extract):
    wondered = SCENE + "Everyone wondered if Sarah Zimmer would come."
    assert (present(extract(wondered)), present(extract(wondered + " She looked radiant all night."))) == (set(), {"Sarah Zimmer"})


def test_a_performer_brings_the_partner_they_performed_with(extract):
    result = extract("Natasha Bellamy performed with her brother Daniel for the first time at Wednesday's event.")
    assert present(result) == {"Natasha Bellamy", "Daniel"}


def test_the_people_at_a_meeting_the_speaker_recalls_were_there(extract):
    result = extract('Director Mina Nagar cast the film herself. "When I first met her husband [actor Ryan Phelps], I laughed," Nagar said.')
    assert present(result) >= {"Mina Nagar", "Ryan Phelps"}


def test_someone_a_guest_channelled_is_not_present(extract):
    result = extract(SCENE + "Tessa Lind arrived in a white halter dress, channelling Marilyn Monro.")
    assert "Marilyn Monro" not in present(result)


def test_a_lead_that_lists_who_was_missing_places_nobody(extract):
    result = extract(SCENE + "Marisol Vance danced all night. Missing from the festivities: best album winner Monty Hale.")
    assert present(result) == {"Marisol Vance"}


def test_someone_who_skipped_the_event_is_absent_whatever_else_is_said(extract):
    result = extract(SCENE + "Odessa Grange skipped the event to finish her tour and sent a video message instead.")
    assert present(result) == set()


def test_an_award_that_went_to_someone_does_not_place_them(extract):
    result = extract(SCENE + "Best director went to Kwame Oduya. Lorna Tate posed with the cast.")
    assert present(result) == {"Lorna Tate"}


def test_a_name_after_at_or_in_is_a_place(extract):
    result = extract(SCENE + "The first stop was the engraving station, located at the Ray Dolan Ballroom.")
    assert present(result) == set()


def test_a_person_whose_dancers_are_seen_is_not_present_himself(extract):
    result = extract("Marisol Vance was nominated for best video. Backstage, the Marisol Vance dancers were walking on.")
    assert [(p.name, p.present) for p in result.people] == [("Marisol Vance", False)]


def test_a_political_party_does_not_make_a_news_story_a_scene_report(extract):
    text = (
        "Labour party leader Tom Leek said the Labour party would back the arts. "
        "Singer Ana Ruiz, whose father Carl Ruiz inspired her, welcomed the plan."
    )
    assert present(extract(text)) == set()


def test_accepting_a_prize_by_video_link_is_not_presence(extract):
    text = "Best male artist went to Ellis Moore, who was on tour and accepted the prize by video link. Tobias Reed presented it on stage."
    assert present(extract(text)) == {"Tobias Reed"}


def test_a_guest_unable_to_attend_is_not_present(extract):
    text = (
        "Nora Vell walked the red carpet with Sam Oduya before the screening, and the pair posed for photographers. "
        "Co-star Lina Marsh was unable to attend because she is filming abroad."
    )
    assert present(extract(text)) == {"Nora Vell", "Sam Oduya"}


def test_the_cast_of_an_old_film_is_not_present(extract):
    text = (
        "Nora Vell walked the red carpet with Sam Oduya before the screening, and the pair posed for photographers. "
        "It is her first film since her 2014 drama Winter Orchard, which starred Gemma Lowe."
    )
    assert present(extract(text)) == {"Nora Vell", "Sam Oduya"}


def test_a_gala_roundup_places_the_people_its_narrative_names(extract):
    text = (
        "Monday night's Harbour Gala had everything: a proposal and a tearful speech. The big moment came during "
        "dessert, when footballer Jamal Oyelaran got down on one knee and proposed to his girlfriend, presenter "
        "Nina Farrow, on the balcony. The champagne flowed."
    )
    assert present(extract(text)) == {"Jamal Oyelaran", "Nina Farrow"}


def test_the_presenter_of_a_passive_handing_over_and_a_wife_in_the_audience_are_present(extract):
    text = (
        "Veteran actor Sir Desmond Hale was honoured at the Harbour Film Awards. He was handed the award by his "
        "former co-star, Dame Priya Nair. He thanked his wife, Eleanor, who was in the audience."
    )
    assert present(extract(text)) == {"Desmond Hale", "Priya Nair", "Eleanor"}


def test_a_spy_column_is_a_scene_report(extract):
    text = (
        "Rumoured exes Callie Shaw and Dex Moreno put on a united front at Lucio's on Friday, a spy tells us. "
        '"They looked very much together," the onlooker said. '
        "Meanwhile, tennis ace Petra Voss was seen slipping out the back door."
    )
    assert present(extract(text)) == {"Callie Shaw", "Dex Moreno", "Petra Voss"}


def test_a_party_report_calling_it_a_bash_is_a_scene_report_and_absent_means_absent(extract):
    text = (
        "Reality star Molly Shaw posed for photographers at the launch on Thursday night. Also at the bash was "
        "soap actress Jess Kaur, 31. Molly's former co-star Connor Blake was notably absent."
    )
    assert present(extract(text)) == {"Molly Shaw", "Jess Kaur"}


def test_someone_who_cancelled_after_a_clause_about_them_is_not_present(extract):
    result = extract(SCENE + "Singer Della Quist, who had been expected, cancelled at the last minute because of a flight delay.")
    assert "Della Quist" not in present(result)


def test_a_clause_about_another_time_does_not_keep_someone_away(extract):
    result = extract(SCENE + "Jonah Pryce and Leila Moss, who split last year, were both at the club.")
    assert present(result) == {"Jonah Pryce", "Leila Moss"}


def test_the_owner_of_the_venue_is_not_placed_there(extract):
    result = extract(
        "Producer Ravi Mendel celebrated his birthday on Saturday with a party at Casa Alba, the restaurant owned by chef Lorenzo Ferri."
    )
    assert "Lorenzo Ferri" not in present(result)


def test_the_host_of_the_show_someone_spoke_on_was_there(extract):
    result = extract("Singer Lola Brandt spoke about the split on Simon Hale's breakfast show on Tuesday.")
    assert "Simon Hale" in present(result)


def test_someone_the_report_says_was_not_seen_is_not_present(extract):
    result = extract(SCENE + "Model Jada Okonkwo was photographed leaving her ex Marcus Lee's house early on Tuesday. Lee was not seen.")
    assert present(result) == {"Jada Okonkwo"}


def test_a_meeting_dated_to_last_week_does_not_place_people_at_the_story(extract):
    result = extract(
        "Singer Lola Brandt has told radio host Simon Hale that the split was hard. "
        "Brandt said she had met guitarist Jed Carver for lunch last week to clear the air."
    )
    assert "Jed Carver" not in present(result)


def test_playing_an_instrument_at_the_session_is_performing_there(extract):
    result = extract(
        "More than 20 musicians gathered at a London studio on Sunday to record a charity single. "
        "Singer Rosa Kemp sang the opening verse, while veteran rocker Alan Frayne played guitar."
    )
    assert "Alan Frayne" in present(result)


def test_one_scene_word_and_people_busy_with_each_other_make_a_scene_report(extract):
    result = extract(
        "The official after-party at the Harbour Lounge on Sunday was packed. "
        "Comedian Rhys Bowen hugged actor Felix Arden. "
        "Singer Noa Kessler kissed her husband Leon Grey. "
        "Later, Bowen danced with director Yumi Sato. "
        "Around 3am, DJ Lexi Crane took over the decks."
    )
    assert "Lexi Crane" in present(result)


def test_a_sentence_opening_with_missing_from_rules_out_who_it_lists(extract):
    result = extract(
        SCENE + "Inez Marlowe greeted guests. "
        "Missing from the guest list was Marlowe's ex-husband, producer Damon Shaw, who is said to be filming in London."
    )
    assert present(result) == {"Inez Marlowe"}


NEWS_SHOW = "Pop star Lena Fairweather left the stage midway through her show in Manchester on Saturday. "


def test_a_fan_who_was_in_the_front_row_was_at_the_show(extract):
    result = extract(NEWS_SHOW + '"She was in tears," said student Chloe Adams, who was in the front row.')
    assert "Chloe Adams" in present(result)


def test_finishing_the_night_with_a_set_places_the_performer(extract):
    result = extract(NEWS_SHOW + "Her support act, the rapper Kwame Ofori, finished the night with an extended set.")
    assert "Kwame Ofori" in present(result)


def test_skipping_the_after_party_of_an_opening_night_keeps_someone_in_the_audience(extract):
    result = extract(
        "Stars turn out for opening night of The Glass Orchard\n\n"
        "It was a starry night at the Belasco Theatre as The Glass Orchard opened on Broadway.\n\n"
        "In the audience were Tony winner Ruth Okonkwo and talk show host Benny Castellano, who went backstage "
        "to congratulate the cast.\n\n"
        "Okonkwo skipped the after-party at Sardi's but stopped to sign autographs for fans outside the theatre."
    )
    assert "Ruth Okonkwo" in present(result)


def test_skipping_the_after_party_a_report_is_about_rules_out(extract):
    result = extract(
        "Inside the Glass Orchard after-party\n\n"
        "The after-party at Sardi's went on until 3am, and talk show host Benny Castellano held court.\n\n"
        "Tony winner Ruth Okonkwo skipped the after-party."
    )
    assert "Ruth Okonkwo" not in present(result)


def test_chatting_with_someone_at_a_news_story_occasion_places_them(extract):
    result = extract(
        "Prince Edmund attended the charity premiere of The Long Watch in London on Wednesday. "
        "He walked the red carpet and chatted with director Sofia Laine."
    )
    assert "Sofia Laine" in present(result)


def test_telling_someone_something_a_month_ago_does_not_place_them(extract):
    result = extract(
        "Pop star Lena Fairweather left the stage midway through her show in Manchester on Saturday. "
        '"I told her to stop a month ago," said her manager, Simon Greaves.'
    )
    assert "Simon Greaves" not in present(result)


def test_the_couple_is_not_a_photographer_named_in_a_credit(extract):
    result = extract(
        "NEW YORK - MAY 05: (L-R) Aaron Kiel and Lila Marsden attend the 2025 Met Gala at the museum. "
        "(Photo by Jia Chen/WireImage)\n\n"
        "The couple, who married last summer, posed arm in arm before heading inside."
    )
    assert present(result) == {"Aaron Kiel", "Lila Marsden"}


def test_a_name_in_a_related_story_link_is_not_placed(extract):
    result = extract(
        SCENE + "Mila Hart hugged Ravi Sandhu by the bar.\n\nRELATED: Dana Whitlock Reveals Her Wedding Plans\n\n"
        "Later, Hart danced with Pete Lowry."
    )
    assert "Dana Whitlock" not in present(result)


def test_a_suite_sightings_column_is_read_as_a_scene_report(extract):
    result = extract(
        "Super Bowl suite sightings: who partied with whom at the big game\n\n"
        "In a private suite above the 50-yard line, pop star Kira Vale watched the game.\n\n"
        "Two suites over, rapper Lil Stax ate nachos."
    )
    assert present(result) == {"Kira Vale", "Lil Stax"}


def test_an_absence_lead_ends_where_the_sentence_turns(extract):
    result = extract(SCENE + "Missing from the party was Jo Kent, but Nadia Reyes was there with Jules Okoye.")
    assert present(result) == {"Nadia Reyes", "Jules Okoye"}


def test_talking_by_phone_does_not_place_the_caller(extract):
    result = extract(NEWS_SHOW + "Her manager, Simon Greaves, spoke to Fairweather by phone from Los Angeles.")
    assert "Simon Greaves" not in present(result)


def test_someone_asked_about_is_not_placed(extract):
    result = extract(SCENE + "When asked about her rival nominee Greta Solberg, Odette Laurent was gracious.")
    assert present(result) == {"Odette Laurent"}


ABSENCE_IDIOMS = {
    "nowhere to be seen": "Tyler Brooks was nowhere to be seen.",
    "sat this one out": "Tyler Brooks sat this one out.",
    "bowed out": "Tyler Brooks bowed out at the last minute.",
    "pulled out of": "Tyler Brooks pulled out of the event.",
    "missed the bash": "Tyler Brooks, who was filming in Budapest, missed the bash.",
    "sent her regrets": "Tyler Brooks sent her regrets.",
    "watched from home": "Tyler Brooks watched from home.",
}
PARTY_SCENE = "Backstage at the after-party, the celebrities kept coming. Mila Hart hugged Ravi Sandhu. "


@pytest.mark.parametrize("sentence", ABSENCE_IDIOMS.values(), ids=ABSENCE_IDIOMS.keys())
def test_an_absence_idiom_rules_the_person_out(extract, sentence):
    assert "Tyler Brooks" not in present(extract(PARTY_SCENE + sentence))


@pytest.mark.parametrize("sentence", ["Tyler Brooks pulled out a chair for Mila Hart.", "Tyler Brooks sat out on the terrace."])
def test_out_that_withdraws_nobody_keeps_the_person_there(extract, sentence):
    assert "Tyler Brooks" in present(extract(PARTY_SCENE + sentence))


AWARDS_NEWS = "The Harbor Film Awards were handed out at a ceremony in London on Sunday night. "


def test_dedicating_the_award_is_done_at_the_ceremony(extract):
    result = extract(AWARDS_NEWS + "Tyler Brooks dedicated the award to his late mother, Marla Voss.")
    assert present(result) == {"Tyler Brooks"}


def test_receiving_a_standing_ovation_places_the_person(extract):
    result = extract(AWARDS_NEWS + "Tyler Brooks received a standing ovation.")
    assert present(result) == {"Tyler Brooks"}


def test_a_description_opening_a_joined_clause_is_the_subject_before_it(extract):
    result = extract(
        AWARDS_NEWS + "Best male artist winner Dex Harlan does not usually attend award ceremonies, "
        "but the Leeds rapper performed his hit Dry Season at the ceremony."
    )
    assert present(result) == {"Dex Harlan"}


STILL_THERE = {
    "cookies from home": "Tyler Brooks brought cookies from home.",
    "far from home": "Tyler Brooks, far from home, danced all night.",
    "sat out the first dance": "Tyler Brooks sat out the first dance.",
    "opted out of the red carpet": "Tyler Brooks opted out of the red carpet but partied inside.",
    "dropped out of the conversation": "Tyler Brooks dropped out of the conversation to dance.",
    "nowhere near the buffet": "Tyler Brooks was nowhere near the buffet.",
}


@pytest.mark.parametrize("sentence", STILL_THERE.values(), ids=STILL_THERE.keys())
def test_words_of_absence_used_otherwise_keep_the_person_there(extract, sentence):
    assert "Tyler Brooks" in present(extract(PARTY_SCENE + sentence))


def test_dedicating_an_album_does_not_place_anyone_at_the_ceremony(extract):
    result = extract(AWARDS_NEWS + "Tyler Brooks, who lives in Paris, dedicated his new album to his fans.")
    assert "Tyler Brooks" not in present(result)
