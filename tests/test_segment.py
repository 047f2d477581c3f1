"""Blocks: paragraphs, list items, soft-wrapped lines, headlines."""

from spotted.segment import split_blocks


def test_a_hard_wrapped_paragraph_is_one_block():
    text = (
        "PARK CITY - At the sight of lightning around mid-afternoon, the\n"
        "ski lifts shut down and the crowds descended onto historic Main\n"
        "Street. So did the celebrities.\n"
        "Trey Lamont and Matt Oakes, the prodigies behind \"Cow Town\"\n"
        "and \"Orbit,\" hitting the town in style.\n"
    )
    blocks = split_blocks(text)
    assert [text[b.start : b.end].split()[0] for b in blocks] == ["PARK", "Trey"]


def test_one_paragraph_to_a_line_is_not_taken_for_hard_wrapping():
    text = "Hattie Delacroix & Omar Sutter Spotted at Cafe Lisboa\nHattie Delacroix and Omar Sutter were spotted sharing a late dinner at Cafe Lisboa on Friday night.\nThe co-stars sat in a corner booth."
    assert len(split_blocks(text)) == 3


def test_list_items_are_blocks_of_their_own():
    text = "» Kairo arrived first.\n» Dex Harlan came later.\n• Marisol Vance left early."
    blocks = split_blocks(text)
    assert [(b.kind, b.marker, text[b.start : b.end]) for b in blocks] == [
        ("item", "»", "Kairo arrived first."),
        ("item", "»", "Dex Harlan came later."),
        ("item", "•", "Marisol Vance left early."),
    ]


def test_a_headline_does_not_swallow_the_name_opening_the_next_paragraph(extract):
    result = extract("Stars Turn Out At The Gala\n\nMarisol Vance was spotted at the bar.")
    assert {p.name for p in result.people} == {"Marisol Vance"}


def test_page_furniture_lines_are_marked_as_such():
    text = (
        "Backstage at the after-party, Mila Hart hugged Ravi Sandhu.\n\n"
        "RELATED: Dana Whitlock Reveals Her Wedding Plans\n\n"
        "View this post on Instagram\n\n"
        "A post shared by Pete Lowry (@petelowry)\n\n"
        "Advertisement\n"
    )
    assert [block.kind for block in split_blocks(text)] == ["paragraph", "furniture", "furniture", "furniture", "furniture"]


def test_a_sentence_that_opens_with_more_is_story_text():
    assert [block.kind for block in split_blocks("More guests arrived: actress Nadia Reyes and actor Jules Okoye.\n")] == ["paragraph"]
