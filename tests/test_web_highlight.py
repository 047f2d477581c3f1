"""Cutting an article into marked pieces: the text comes back whole, marks nest, nothing breaks it."""

from __future__ import annotations

from spotted.web.highlight import Mark, Piece, layout, snippet_pieces

TEXT = 'KBlitz told Pike: "That was Jonas Pike!" Then she left.'


def flatten(pieces: list[Piece]) -> str:
    return "".join(piece.text if piece.mark is None else flatten(piece.inside) for piece in pieces)


def span(snippet: str, kind: str = "person") -> Mark:
    start = TEXT.index(snippet)
    return Mark(start, start + len(snippet), kind)


def test_the_pieces_read_back_as_the_text():
    pieces = layout(TEXT, [span("KBlitz"), span("That was Jonas Pike!", "quote"), span("Jonas Pike")])
    assert flatten(pieces) == TEXT


def test_a_name_inside_a_quote_is_marked_inside_it():
    quote = next(p for p in layout(TEXT, [span("That was Jonas Pike!", "quote"), span("Jonas Pike")]) if p.mark)
    assert [p.mark.kind for p in quote.inside if p.mark] == ["person"]


def test_a_mark_crossing_another_is_left_out():
    start = TEXT.index("Pike!")
    crossing = Mark(start, start + len('Pike!" Then'), "person")
    pieces = layout(TEXT, [span("That was Jonas Pike!", "quote"), crossing])
    assert [p.mark.kind for p in pieces if p.mark] == ["quote"]
    assert flatten(pieces) == TEXT


def test_a_mark_outside_the_text_is_left_out():
    assert layout("short", [Mark(2, 40, "person")]) == [Piece("short")]


def test_search_matches_are_marked_and_their_brackets_dropped():
    pieces = snippet_pieces("Nova ⟦lit⟧ a ⟦cigarette⟧")
    assert flatten(pieces) == "Nova lit a cigarette"
    assert [flatten(p.inside) for p in pieces if p.mark] == ["lit", "cigarette"]
