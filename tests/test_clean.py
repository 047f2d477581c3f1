from spotted.clean import clean


def test_a_numeric_entity_that_lost_its_ampersand_is_decoded():
    assert clean("Ren#233;e's belly!").text == "Renée's belly!"


def test_a_numeric_entity_without_its_semicolon_is_decoded():
    assert clean("Zo&#235 Marchetti arrived").text == "Zoë Marchetti arrived"


def test_named_entities_are_decoded():
    assert clean("Hollis &amp; Marsh at the Caf&eacute;").text == "Hollis & Marsh at the Café"


def test_mojibake_is_repaired():
    assert clean("Marisol VancÃ© said itâ€™s over").text == "Marisol Vancé said it's over"


def test_a_hash_number_in_ordinary_text_is_left_alone():
    assert clean("They were #1; the rest followed").text == "They were #1; the rest followed"


def test_offsets_map_back_to_the_raw_text():
    raw = "Marisol Vanc&eacute;  met Kairo\r\nat the bar"
    result = clean(raw)
    start = result.text.index("Kairo")
    assert raw[result.to_raw(start) : result.to_raw(start + len("Kairo"))] == "Kairo"


def test_lines_are_never_merged_or_split():
    raw = "Title line\n\nFirst paragraph.\nSecond\u00a0paragraph.  \n"
    assert clean(raw).text.count("\n") == raw.count("\n")


def test_a_caption_glued_to_the_next_headline_is_split_at_the_acronym():
    cleaned = clean("Kira Dune and Ross VantMTV Movie Awards, Arrivals")
    assert cleaned.text == "Kira Dune and Ross Vant MTV Movie Awards, Arrivals"
    assert cleaned.to_raw(cleaned.text.index("MTV")) == "Kira Dune and Ross VantMTV".index("MTV")


def test_names_with_a_capital_inside_are_not_split():
    assert clean("McDonald met LeBron and bbyVEX at the DiCaprio party").text == "McDonald met LeBron and bbyVEX at the DiCaprio party"
