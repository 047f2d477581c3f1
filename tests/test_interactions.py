"""Who interacted with whom, and who was only near whom: each rule on a sentence of the genre."""

import pytest

from conftest import FIXTURES, pairs


def pair(a: str, b: str) -> frozenset[str]:
    return frozenset({a, b})


def colocated(result) -> set[frozenset[str]]:
    return {frozenset({c.a, c.b}) for c in result.colocated}


def test_a_table_that_dined_together_gives_every_pair(extract):
    result = extract("The Linden Inn: Paula Marten, Nina Shell and Bruno Sprague dined together Friday night.")
    assert pairs(result) == {pair("Paula Marten", "Nina Shell"), pair("Paula Marten", "Bruno Sprague"), pair("Nina Shell", "Bruno Sprague")}


def test_dinner_with_two_people_pairs_all_three(extract):
    result = extract("Pastello: Connor Cruz had dinner with Michael Strand and musician Jay Galloway at around 8 p.m.")
    assert pairs(result) == {pair("Connor Cruz", "Michael Strand"), pair("Connor Cruz", "Jay Galloway"), pair("Michael Strand", "Jay Galloway")}


def test_friends_listed_at_a_dinner_dined_with_the_host(extract):
    result = extract("Jamie Foxworth celebrated his birthday. He and twenty of his closest friends, including Leon Drake and Toby Marsh, dined at the restaurant.")
    assert pairs(result) >= {pair("Jamie Foxworth", "Leon Drake"), pair("Jamie Foxworth", "Toby Marsh"), pair("Leon Drake", "Toby Marsh")}


def test_a_conversation_with_two_people_is_one_three_way_talk(extract):
    result = extract("Emma Stoll sat on a sofa, gabbing with Carey Mullen and Sienna Mills.")
    assert pair("Carey Mullen", "Sienna Mills") in pairs(result)


def test_seen_with_listed_models_pairs_each_with_him_but_not_each_other(extract):
    result = extract("Leon Drake was seen this weekend with a few models, obviously, including Irina Shaw and Stella Max.")
    assert pairs(result) == {pair("Leon Drake", "Irina Shaw"), pair("Leon Drake", "Stella Max")}


def test_a_partner_named_beside_a_person_was_with_them(extract):
    result = extract("Tory Birch and her husband, Pierre Rousseau, took to the dance floor.")
    assert pairs(result) == {pair("Tory Birch", "Pierre Rousseau")}


def test_a_partner_without_a_possessive_belongs_to_the_name_before(extract):
    result = extract("Carla Kloss and husband Josh Kramer took to the dance floor.")
    assert pairs(result) == {pair("Carla Kloss", "Josh Kramer")}


def test_a_light_verb_takes_its_kind_from_the_social_noun(extract):
    result = extract("Andrew Garland gave Colin Dorsey a quick kiss on the cheek.")
    assert [(i.kind, pair(i.a, i.b)) for i in result.interactions] == [("kissed", pair("Andrew Garland", "Colin Dorsey"))]


def test_exchanging_hellos_is_an_interaction_but_exchanging_glares_is_not(extract):
    hellos = extract("Daniel Crane and Kate Winter exchanged hellos.")
    glares = extract("Daniel Crane and Kate Winter exchanged glares.")
    assert (pairs(hellos), pairs(glares)) == ({pair("Daniel Crane", "Kate Winter")}, set())


def test_being_congratulated_by_people_pairs_them(extract):
    result = extract("Allie Jansen waved her statue as she was congratulated by James Cordell and Lin Moreno.")
    assert pairs(result) == {pair("Allie Jansen", "James Cordell"), pair("Allie Jansen", "Lin Moreno")}


def test_presenters_pair_with_each_other_and_with_the_winner(extract):
    result = extract("Comedy duo Matthew Larkin and David Wallace presented the best song prize to Robbie Wills.")
    assert pairs(result) == {pair("Matthew Larkin", "David Wallace"), pair("Matthew Larkin", "Robbie Wills"), pair("David Wallace", "Robbie Wills")}


def test_collecting_a_prize_from_someone_pairs_them(extract):
    result = extract("Singer Ana Marlow collected the best album prize from actress Greta Holm.")
    assert pairs(result) == {pair("Ana Marlow", "Greta Holm")}


def test_showing_up_on_someones_stage_pairs_them(extract):
    result = extract("Surprise guests are standard now. Ciara Dunn showing up on Jackson Wei's stage was the best.")
    assert pairs(result) == {pair("Ciara Dunn", "Jackson Wei")}


def test_only_performers_named_together_pair_in_a_list_of_performances(extract):
    result = extract("The fans were treated to performances from rapper Jax Corder, Brian Kell with Delia Marsh and the band Thrillers.")
    assert pairs(result) == {pair("Brian Kell", "Delia Marsh")}


def test_plus_separates_two_collaborations(extract):
    result = extract("The show had collaborations from Ella May and Babyface Jones, plus Lotta Reyes and Maria Carver.")
    assert pairs(result) == {pair("Ella May", "Babyface Jones"), pair("Lotta Reyes", "Maria Carver")}


def test_being_backstage_with_someone_pairs_them(extract):
    result = extract("10:31 PM Jim Cantrell is backstage with Trey Song.")
    assert pairs(result) == {pair("Jim Cantrell", "Trey Song")}


def test_people_in_tow_came_with_the_subject(extract):
    result = extract("Sean Colby swept into the party, with Naomi Camp and Frankie Monroe in tow.")
    assert pairs(result) == {pair("Sean Colby", "Naomi Camp"), pair("Sean Colby", "Frankie Monroe")}


def test_coming_together_to_present_does_not_pair_everyone(extract):
    result = extract("Many stars, including Dwayne Jensen, Jada Pinkham and Sandra Bullard, came together to present honors.")
    assert pairs(result) == set()


def test_a_pair_that_worked_together_for_a_decade_interacted(extract):
    result = extract("Host Jason Kingsley and his partner Joel Rossi met on the radio. The pair have worked together for a decade.")
    assert pair("Jason Kingsley", "Joel Rossi") in pairs(result)


def test_recording_with_musicians_at_no_stated_time_is_a_career_not_an_interaction(extract):
    result = extract("He was a band leader, recording with noted jazz musicians such as Milton Jacks and Davis Newmark.")
    assert pairs(result) == set()


def test_their_dancing_pairs_the_two_subjects(extract):
    result = extract("Saoirse Rowan and Benedict Cumbers win for cutest dance moves, for their adorably dorky dancing.")
    assert pairs(result) == {pair("Saoirse Rowan", "Benedict Cumbers")}


def test_the_music_danced_to_is_no_partner(extract):
    result = extract("Tessa Lind spent the whole night dancing to Cardi Vex.")
    assert pairs(result) == set()


def test_a_couple_written_just_before_a_verb_is_its_subject(extract):
    result = extract("The Harlow sisters spent the night perfecting the selfie and Kimmy Kash and Kylie Jenson totally pashed.")
    assert pairs(result) == {pair("Kimmy Kash", "Kylie Jenson")}


def test_a_relative_pronoun_stands_for_the_name_it_follows(extract):
    result = extract("Ray Charlton's influence reached singers such as Norah Jonas, with whom Charlton recently recorded a duet.")
    assert pairs(result) == {pair("Ray Charlton", "Norah Jonas")}


def test_sitting_next_to_someone_is_colocation_not_interaction(extract):
    result = extract("At the gala, Dex Harlan sat next to Marisol Vance.")
    assert (pairs(result), colocated(result)) == (set(), {pair("Dex Harlan", "Marisol Vance")})


def test_being_married_to_someone_pairs_them(extract):
    result = extract("Oscar Davies, who was married to Ruby Deane, was found dead on Friday.")
    assert pairs(result) == {pair("Oscar Davies", "Ruby Deane")}


def test_filming_with_someone_now_is_working_together(extract):
    result = extract("Nicola Kidd is currently in Sydney to film her latest movie, Eucalyptus, with Russell Crowley.")
    assert pairs(result) == {pair("Nicola Kidd", "Russell Crowley")}


def test_appearing_on_someones_album_pairs_them(extract):
    result = extract("Rapper Curtis Jackman appeared on Jaylen Tanner's debut album, which was number one.")
    assert pairs(result) == {pair("Curtis Jackman", "Jaylen Tanner")}


def test_a_speaker_saying_i_met_someone_met_them(extract):
    result = extract('Director Mina Nagar cast the film herself. "When I first met her husband [actor Ryan Phelps], I laughed," Nagar said.')
    assert pair("Mina Nagar", "Ryan Phelps") in pairs(result)


def test_a_partner_who_stayed_away_is_no_pair(extract):
    result = extract("Backstage at the party, Tessa Lind arrived sans husband Bram Keller and headed for the bar.")
    assert pairs(result) == set()


def test_greeting_the_pair_greets_the_two_named_before(extract):
    result = extract("Hattie Dela and Omar Sutter shared a late dinner. Chef Renee Castillo came out of the kitchen to greet the pair.")
    assert pairs(result) == {pair("Hattie Dela", "Omar Sutter"), pair("Renee Castillo", "Hattie Dela"), pair("Renee Castillo", "Omar Sutter")}


def test_a_slash_pair_holding_hands_held_hands_with_each_other(extract):
    result = extract("Spotted: Tasha Greenleaf/Marco Ruiz holding hands on the purple carpet at the premiere.")
    assert pairs(result) == {pair("Tasha Greenleaf", "Marco Ruiz")}


def test_trading_stories_with_someone_is_talking_with_them(extract):
    result = extract("Cassius Thorne arrived late. Thorne then spent twenty minutes trading road stories with guitarist Wade Kessler.")
    assert pairs(result) == {pair("Cassius Thorne", "Wade Kessler")}


def test_finding_someone_for_an_embrace_is_an_embrace(extract):
    result = extract("Irene Vargas accepted the award. She then found Thomas Bell in the wings for a long embrace.")
    assert pairs(result) == {pair("Irene Vargas", "Thomas Bell")}


def test_sharing_a_laugh_with_someone_pairs_them(extract):
    result = extract("Kairo Blaine shared a laugh with Marisol Vance before heading inside.")
    assert pairs(result) == {pair("Kairo Blaine", "Marisol Vance")}


def test_along_with_pairs_the_subject_with_each_companion(extract):
    result = extract("Tara Quill, along with her co-stars Gavin Lott and Ross Penn, booked it straight to the red carpet.")
    assert {frozenset({i.a, i.b}) for i in result.interactions} >= {frozenset({"Tara Quill", "Gavin Lott"}), frozenset({"Tara Quill", "Ross Penn"})}


def test_posing_for_selfies_with_someone_is_an_interaction(extract):
    result = extract("Dale Orton, in between posing for selfies with Ayla Brooks, told reporters he was happy.")
    assert {frozenset({i.a, i.b}) for i in result.interactions} == {frozenset({"Dale Orton", "Ayla Brooks"})}


def test_next_year_is_no_colocation(extract):
    result = extract("Next year Tom Leek and Ana Ruiz will tour Europe together.")
    assert result.colocated == []


def test_lighting_candles_for_someone_is_no_cigarette(extract):
    result = extract("At the gala, Tom Leek lit candles for his late mother, Ana Leek.")
    assert all(i.kind != "lit a cigarette for" for i in result.interactions)


def test_a_verbless_caption_pairs_the_named_people_with_what_they_were_doing(extract):
    result = extract('Spotted downtown: Rafe Collins and Milo Grant, the prodigies behind "Tin Rockets" and "Orbit," hitting the town in style.')
    assert pairs(result) == {pair("Rafe Collins", "Milo Grant")}


def test_a_partner_named_after_a_comma_and_a_role_noun_pairs_with_the_owner(extract):
    result = extract("Bellamy's Grill: Rhea Castillo and her boyfriend, chef Luca Moretti, shared a bottle of wine at a corner table.")
    assert pairs(result) == {pair("Rhea Castillo", "Luca Moretti")}


def test_items_of_a_spotted_list_do_not_lend_each_other_subjects(extract):
    result = extract(
        "Spotted: Actor Brent Holloway signing autographs outside the theatre; Coco Lindqvist, walking her two "
        "greyhounds in the West Village; tennis star Mateo Reyes and his coach sharing a laugh over lunch."
    )
    assert pairs(result) == set()


def test_working_with_the_duo_named_a_paragraph_earlier_pairs_with_both(extract):
    text = (
        "Comedians Simon Hart and Ruth Bly are to reunite for a new sitcom. Bly said the read-through was a joy.\n\n"
        "The series is directed by Owen Pask, who worked with the duo on their 2008 show Second Helpings."
    )
    assert {pair("Owen Pask", "Simon Hart"), pair("Owen Pask", "Ruth Bly")} <= pairs(extract(text))


def test_shoving_someone_is_a_confrontation(extract):
    result = extract("The court heard singer Tamsin Roe shoved photographer Karl Ostrowski as she left a club in October.")
    assert pairs(result) == {pair("Tamsin Roe", "Karl Ostrowski")}


def test_a_judge_telling_the_defendant_is_sentencing_not_an_interaction(extract):
    text = 'Singer Tamsin Roe admitted assault. District Judge Helen Marsh told her the attack had been "unacceptable".'
    assert pairs(extract(text)) == set()


def test_a_couple_arriving_hand_in_hand_and_chatting_with_a_designer_pairs_all_three(extract):
    text = (
        "The newlyweds Marco Bellini and Sasha Quinn arrived hand in hand, and the couple spent most of "
        "the cocktail hour chatting with designer Yves Tandon."
    )
    assert pairs(extract(text)) == {pair("Marco Bellini", "Sasha Quinn"), pair("Marco Bellini", "Yves Tandon"), pair("Sasha Quinn", "Yves Tandon")}


def test_a_partner_introduced_with_a_title_word_after_the_comma_pairs_with_the_owner(extract):
    text = "On Saturday, model Anouk Devereux and her boyfriend, DJ Theo Lark, were inseparable in the VIP area, sharing a kiss at sunset."
    assert pair("Anouk Devereux", "Theo Lark") in pairs(extract(text))


def test_collecting_awards_together_on_stage_pairs_the_two(extract):
    text = "Actress Mira Castellanos and director Ines Halvorsen won. Castellanos and Halvorsen collected their awards together on stage."
    assert pair("Mira Castellanos", "Ines Halvorsen") in pairs(extract(text))


def test_a_relative_doing_something_is_not_the_person_whose_relative_she_is(extract):
    text = (
        "Singer Rae Sutton played Hyde Park on Saturday. Sutton's mother, who flew in from Dublin, watched from "
        "the side of the stage with the singer's manager, Greta Holm."
    )
    assert pairs(extract(text)) == set()


def test_the_couple_is_the_pair_the_text_married_not_the_last_two_named(extract):
    text = (FIXTURES / "wedding.txt").read_text(encoding="utf-8").split("---\n", 1)[1]
    assert pair("Tallulah Crane", "Dana Whitlock") not in pairs(extract(text))
    assert pair("Tallulah Crane", "Jonah Reyes") in pairs(extract(text))


def test_shooting_scenes_with_two_actors_pairs_all_three(extract):
    text = "Director Nadia Kamal is currently shooting the film's night scenes with Edie Lowther and Aaron Pike on the moors."
    assert pairs(extract(text)) == {pair("Nadia Kamal", "Edie Lowther"), pair("Nadia Kamal", "Aaron Pike"), pair("Edie Lowther", "Aaron Pike")}


def test_ran_over_to_hug_her_pairs_the_runner_with_her(extract):
    text = "Best actress winner Sofia Lind just walked in clutching her trophy. Her co-star Ben Okafor ran over to hug her."
    assert pairs(extract(text)) == {pair("Ben Okafor", "Sofia Lind")}


def test_coaching_someone_at_a_stated_time_is_working_together(extract):
    text = "Pop star Jade Morrow, whom choreographer Lena Ashby coached for her first tour in 2009, paid tribute."
    assert pairs(extract(text)) == {pair("Lena Ashby", "Jade Morrow")}


def test_coaching_with_no_stated_time_is_a_career_fact(extract):
    text = "Pop star Jade Morrow, whom choreographer Lena Ashby coached for years, paid tribute."
    assert pairs(extract(text)) == set()


def test_brunch_with_his_co_stars_pairs_everyone_at_the_table(extract):
    text = "Actor Zane Okoye, 35, grabbed brunch with his Night Shift co-stars Priya Das and Leo Marchetti on Sunday."
    assert pairs(extract(text)) == {pair("Zane Okoye", "Priya Das"), pair("Zane Okoye", "Leo Marchetti"), pair("Priya Das", "Leo Marchetti")}


def test_waving_at_someone_is_an_interaction(extract):
    text = "Singer Amara Bell and actor Zane Okoye were both at the restaurant. Bell waved at Okoye on her way out."
    assert pair("Amara Bell", "Zane Okoye") in pairs(extract(text))


def test_posing_for_photographers_with_someone_is_posing_with_them(extract):
    result = extract("Tavi Moreau, the face of the brand, posed for photographers with creative director Anselm Roth after the finale.")
    assert pairs(result) == {pair("Tavi Moreau", "Anselm Roth")}


def test_an_embrace_backstage_after_a_bow_is_the_bowing_persons(extract):
    result = extract("Noor Castellano sat in the front row. Anselm Roth took his bow alongside the models, then embraced Castellano backstage.")
    assert pairs(result) == {pair("Anselm Roth", "Noor Castellano")}


def test_bumping_into_someone_is_meeting_them(extract):
    result = extract("On Saturday, host Gideon Rooke bumped into old flame Carina Sol on the dance floor.")
    assert pairs(result) == {pair("Gideon Rooke", "Carina Sol")}


def test_the_two_after_a_meeting_are_the_two_who_met_not_the_last_two_named(extract):
    result = extract(
        "Host Gideon Rooke waved to bartender Tessa Quill, then bumped into old flame Carina Sol on the dance floor. "
        "The two chatted for a few minutes."
    )
    assert pair("Gideon Rooke", "Carina Sol") in pairs(result)
    assert pair("Tessa Quill", "Carina Sol") not in pairs(result)


def test_two_people_seen_deep_in_conversation_talked(extract):
    result = extract("Rapper Kai Dollan and producer Sean Ridley were spotted deep in conversation outside a recording studio.")
    assert pairs(result) == {pair("Kai Dollan", "Sean Ridley")}


def test_writing_a_song_together_last_month_is_working_together_at_a_stated_time(extract):
    result = extract("The session was organised by producer Marcus Dell, who wrote the song with singer Rosa Kemp last month.")
    assert pairs(result) == {pair("Marcus Dell", "Rosa Kemp")}


def test_photobombing_a_picture_of_two_people_acts_on_both(extract):
    result = extract("Comedian Rhys Bowen photobombed a picture of Felix Arden and Yumi Sato.")
    assert pairs(result) == {pair("Rhys Bowen", "Felix Arden"), pair("Rhys Bowen", "Yumi Sato")}


def test_an_act_on_someones_body_is_an_act_on_them(extract):
    result = extract("Comedian Rhys Bowen whispered something in Carla Mendez's ear. Singer Noa Kessler sat on her husband Leon Grey's lap.")
    assert pairs(result) == {pair("Rhys Bowen", "Carla Mendez"), pair("Noa Kessler", "Leon Grey")}


def test_a_hyphenated_verb_the_parser_reads_as_a_modifier_still_joins_the_two_names(extract):
    result = extract("Across the runway, designer Ilse Brandvold air-kissed magazine editor Margot Lindqvist before sitting down.")
    assert pairs(result) == {pair("Ilse Brandvold", "Margot Lindqvist")}


def test_a_shout_out_to_someone_is_an_interaction(extract):
    result = extract("Midway through the set, singer Juno Vale gave a shout-out to her old friend Kit Marlow.")
    assert pairs(result) == {pair("Juno Vale", "Kit Marlow")}


def test_a_with_hung_on_the_place_of_the_act_accompanies_the_act(extract):
    result = extract("Tennis champion Ana Petrovic relaxed on a sun lounger with her sister Mila Petrovic.")
    assert pairs(result) == {pair("Ana Petrovic", "Mila Petrovic")}


def test_an_interview_with_a_station_is_no_place_to_be_with_someone(extract):
    result = extract("In an interview with radio host Dana Kole on Saturday, rapper Jay Vonn described his rivals as friends.")
    assert pairs(result) == set()


def test_someones_date_for_the_night_was_with_them(extract):
    result = extract("Backstage at the gala, the celebrities kept coming. Actor Dev Malhotra's date for the night was his mother, Sunita Malhotra.")
    assert pairs(result) == {pair("Dev Malhotra", "Sunita Malhotra")}


def test_an_ex_partner_named_as_missing_is_no_pair(extract):
    result = extract(
        "Backstage at the after-party, Inez Marlowe greeted guests. "
        "Missing from the guest list was Marlowe's ex-husband, producer Damon Shaw."
    )
    assert pairs(result) == set()


def test_compared_notes_is_a_conversation_between_its_subjects(extract):
    result = extract("At the launch party, model Sasha Ivers and stylist Leo Brandt compared notes at a corner table.")
    assert pairs(result) == {frozenset({"Sasha Ivers", "Leo Brandt"})}


def test_challenging_someone_to_a_game_is_an_interaction(extract):
    result = extract("At the after-party, Sam Porter challenged actor Tom Hale to a game of table tennis.")
    assert pairs(result) == {frozenset({"Sam Porter", "Tom Hale"})}


def test_pulling_someone_onto_the_dance_floor_is_an_interaction(extract):
    result = extract("At the yacht party, Nadia Reyes returned and pulled Jules Okoye onto the dance floor.")
    assert pairs(result) == {frozenset({"Nadia Reyes", "Jules Okoye"})}


def test_a_dance_off_against_a_couple_pairs_both_sides(extract):
    result = extract(
        "At the yacht party, actress Nadia Reyes and actor Jules Okoye attempted a dance-off against "
        "rapper Santi Blaze and his girlfriend, model Freya Lund."
    )
    assert {frozenset({"Nadia Reyes", "Freya Lund"}), frozenset({"Jules Okoye", "Santi Blaze"})} <= pairs(result)


def test_speaking_out_against_someone_is_no_interaction(extract):
    result = extract("At the awards, actress Nadia Reyes spoke out against producer Aldo Ferri.")
    assert pairs(result) == set()


def test_guests_of_a_hosted_dinner_all_shared_the_table(extract):
    result = extract(
        "Director Paolo Benedetti hosted an intimate dinner for the cast at the Hotel du Cap. "
        "Guests included its star Camille Aubert and screenwriter Hana Sato."
    )
    assert {
        frozenset({"Paolo Benedetti", "Camille Aubert"}),
        frozenset({"Paolo Benedetti", "Hana Sato"}),
        frozenset({"Camille Aubert", "Hana Sato"}),
    } <= pairs(result)


def test_a_singular_co_star_split_by_the_parser_is_still_the_object(extract):
    result = extract(
        "Afterwards, Benny Castellano went backstage to congratulate Mara Quint and her co-star Theo Brandt, "
        "and was spotted hugging the play's writer, Jonah Fields, in the wings."
    )
    assert frozenset({"Benny Castellano", "Theo Brandt"}) in pairs(result)


def test_posting_a_video_of_oneself_and_someone_pairs_them(extract):
    result = extract(
        "At the birthday party, actor Ravi Sandhu shared a video of himself and singer Zara Okafor belting out karaoke."
    )
    assert pairs(result) == {frozenset({"Ravi Sandhu", "Zara Okafor"})}


def test_a_social_object_later_in_a_list_still_names_the_act(extract):
    result = extract(
        "In a suite at the game, rapper Lil Stax and actress Priya Menon shared nachos and a few laughs."
    )
    assert pairs(result) == {frozenset({"Lil Stax", "Priya Menon"})}


def test_a_related_story_link_gives_no_pair(extract):
    result = extract(
        "Backstage at the after-party, Mila Hart hugged Ravi Sandhu.\n\n"
        "RELATED: Dana Whitlock kissed Tom Vale at the Oscars\n"
    )
    assert pairs(result) == {frozenset({"Mila Hart", "Ravi Sandhu"})}


def test_two_people_spotted_kissing_kissed(extract):
    result = extract("At the party, Tyler Brooks and Marla Voss were spotted kissing.")
    assert pairs(result) == {frozenset({"Tyler Brooks", "Marla Voss"})}


def test_two_people_spotted_trading_numbers_talked_though_the_tagger_reads_a_noun(extract):
    result = extract("At the party, Tyler Brooks and Marla Voss were spotted trading phone numbers.")
    assert pairs(result) == {frozenset({"Tyler Brooks", "Marla Voss"})}


def test_one_person_spotted_wearing_something_is_no_pair(extract):
    result = extract("At the party, Tyler Brooks was spotted wearing sunglasses near Marla Voss.")
    assert pairs(result) == set()


GOSSIP_IDIOMS = {
    "cozying up to": "Tyler Brooks was seen cozying up to Marla Voss.",
    "couldn't keep his hands off": "Tyler Brooks couldn't keep his hands off Marla Voss.",
    "looked loved up": "Tyler Brooks and Marla Voss looked loved up.",
    "were inseparable": "Tyler Brooks and Marla Voss were inseparable.",
    "linked arms with": "Tyler Brooks linked arms with Marla Voss.",
    "raised a toast to": "Tyler Brooks raised a toast to Marla Voss.",
    "took a selfie": "Tyler Brooks and Marla Voss took a selfie.",
    "had a heart-to-heart with": "Tyler Brooks had a heart-to-heart with Marla Voss.",
    "planted a kiss on": "Tyler Brooks planted a kiss on Marla Voss.",
    "locked lips": "Tyler Brooks and Marla Voss locked lips.",
    "canoodled": "Tyler Brooks and Marla Voss canoodled in a booth.",
    "whispered in her ear": "Tyler Brooks whispered in Marla Voss's ear.",
}


@pytest.mark.parametrize("sentence", GOSSIP_IDIOMS.values(), ids=GOSSIP_IDIOMS.keys())
def test_a_gossip_idiom_pairs_the_two_people_it_names(extract, sentence):
    result = extract("At the after-party, " + sentence)
    assert pairs(result) == {frozenset({"Tyler Brooks", "Marla Voss"})}


def test_not_speaking_to_someone_is_no_pair(extract):
    result = extract("At the after-party, Tyler Brooks did not speak to Marla Voss.")
    assert pairs(result) == set()


def test_the_two_people_someone_introduces_to_each_other_met(extract):
    result = extract("At the after-party, Tyler Brooks introduced his girlfriend, Marla Voss, to Jo Kent.")
    assert frozenset({"Marla Voss", "Jo Kent"}) in pairs(result)


def test_thanking_a_late_husband_is_no_pair(extract):
    result = extract("At the ceremony, singer Ruth Adair thanked her late husband, the drummer Tommy Adair, who died in 2019.")
    assert pairs(result) == set()


def test_meeting_a_late_husband_long_ago_is_a_pair(extract):
    result = extract("Singer Ruth Adair met her late husband, the drummer Tommy Adair, in 1975.")
    assert pairs(result) == {frozenset({"Ruth Adair", "Tommy Adair"})}


def test_presenting_the_award_goes_to_whom_the_main_clause_is_about(extract):
    result = extract(
        "Soul singer Ruth Adair picked up the prize at the ceremony on Tuesday.\n\n"
        'Presenting the award, fellow singer Callum Moir described her as "the voice of a generation".'
    )
    assert pairs(result) == {frozenset({"Callum Moir", "Ruth Adair"})}


NOT_TOGETHER = {
    "arms in the air": "Tyler Brooks and Marla Voss threw their arms in the air.",
    "lips done": "Tyler Brooks and Marla Voss got their lips done by the same surgeon.",
    "raised laughs": "Tyler Brooks and Marla Voss raised a few laughs with their speeches.",
    "close to tears": "Tyler Brooks and Marla Voss were close to tears.",
    "close since school": "Tyler Brooks and Marla Voss have been close since high school.",
    "selfies with fans": "Tyler Brooks and Marla Voss took selfies with fans.",
    "each took a selfie": "Tyler Brooks and Marla Voss each took a selfie.",
    "not spotted together": "Tyler Brooks and Marla Voss were not spotted trading phone numbers.",
    "grabbing coffee": "Tyler Brooks and Marla Voss were spotted grabbing coffee.",
    "hands steady": "Tyler Brooks could not keep his hands steady on stage with Marla Voss.",
}


@pytest.mark.parametrize("sentence", NOT_TOGETHER.values(), ids=NOT_TOGETHER.keys())
def test_words_of_closeness_used_otherwise_give_no_pair(extract, sentence):
    assert frozenset({"Tyler Brooks", "Marla Voss"}) not in pairs(extract("At the after-party, " + sentence))


def test_a_late_night_host_is_not_dead(extract):
    result = extract("At the gala, Ruth Adair kissed Marla Voss, the late-night host.")
    assert pairs(result) == {frozenset({"Ruth Adair", "Marla Voss"})}


def test_presenting_an_award_and_mocking_the_host_gives_the_host_no_award(extract):
    result = extract("At the ceremony on Sunday, presenting the award, actor Ben Ward mocked host Jo Kent.")
    assert all(interaction.kind != "presented" for interaction in result.interactions)


def test_introducing_several_presenters_does_not_pair_them(extract):
    result = extract("At the ceremony, host Tyler Brooks introduced presenters Marla Voss, Jo Kent and Tom Reed.")
    assert frozenset({"Marla Voss", "Jo Kent"}) not in pairs(result)


def test_a_spaced_dash_does_not_join_words(extract):
    result = extract("At the after-party, Tyler Brooks and Marla Voss got cosy - again.")
    assert pairs(result) == {frozenset({"Tyler Brooks", "Marla Voss"})}


def test_a_vocative_in_the_quote_can_still_be_her(extract):
    result = extract('At the after-party, the celebrities kept coming. "Come here, Marla Voss," Tyler Brooks said, and kissed her.')
    assert frozenset({"Tyler Brooks", "Marla Voss"}) in pairs(result)
