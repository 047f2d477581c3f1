"""The naive system the accuracy benchmark measures spotted against (issue 4).

In: `SourceArticle`s. Out: an `Extraction` for each, made by these rules alone:
- people: spaCy PERSON entities of the same pipeline spotted loads; each distinct entity string
  (a possessive "'s" dropped) is one person, its occurrences are its mentions, and every person
  is present;
- interactions: every two people named in one sentence;
- quotes: segments between paired double-quote marks in a paragraph (an opening mark left
  unclosed ends at the paragraph's end); the speaker is the PERSON mention nearest the quote in
  its paragraph, or null when the paragraph names nobody; no addressee.

The text is cleaned by `spotted.clean` first, so both systems read the same characters.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import combinations

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from spotted.clean import clean
from spotted.recognize import model_name
from spotted.types import Extraction, Interaction, Mention, Person, Quote, SourceArticle

POSSESSIVE = re.compile(r"\s*['’]s?$")
PARAGRAPH = re.compile(r"[^\n]+")
QUOTE_MARK = re.compile(r'["“”]')


def load_nlp(model: str | None = None) -> Language:
    """The spaCy pipeline spotted would load (`--model`, SPOTTED_MODEL, else the default), bare."""
    return spacy.load(model_name(model))


def person_name(entity: Span) -> str:
    return POSSESSIVE.sub("", entity.text)


def people_of(doc: Doc) -> list[Person]:
    """One present person per distinct PERSON entity string, in order of first mention."""
    people: dict[str, Person] = {}
    for entity in doc.ents:
        name = person_name(entity)
        if entity.label_ == "PERSON" and name:
            person = people.setdefault(name, Person(name, present=True))
            person.mentions.append(Mention(name, entity.start_char, entity.start_char + len(name)))
    return list(people.values())


def interactions_of(doc: Doc) -> list[Interaction]:
    """Every unordered pair of distinct people named in the same sentence."""
    pairs: dict[frozenset[str], Interaction] = {}
    for sentence in doc.sents:
        names = dict.fromkeys(person_name(e) for e in sentence.ents if e.label_ == "PERSON" and person_name(e))
        for a, b in combinations(names, 2):
            pair = Interaction(a, b, "same sentence", sentence.start_char, sentence.end_char)
            pairs.setdefault(frozenset((a, b)), pair)
    return list(pairs.values())


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the text between paired double-quote marks, paragraph by paragraph.

    Straight marks alternate open/close; a curly opening mark inside an open quote starts a new
    one (news reopens a continuing quote without closing it); an unclosed quote ends with its
    paragraph.
    """
    spans: list[tuple[int, int]] = []
    for paragraph in PARAGRAPH.finditer(text):
        opened: int | None = None
        for mark in QUOTE_MARK.finditer(text, paragraph.start(), paragraph.end()):
            if opened is None and mark.group() != "”":
                opened = mark.end()
            elif opened is not None:
                spans.append((opened, mark.start()))
                opened = mark.end() if mark.group() == "“" else None
        if opened is not None:
            spans.append((opened, paragraph.end()))
    return [(start, end) for start, end in spans if text[start:end].strip()]


def nearest_person(doc: Doc, start: int, end: int) -> str | None:
    """The PERSON mention outside start..end and closest to it within its paragraph, or None."""
    paragraph_start = doc.text.rfind("\n", 0, start) + 1
    paragraph_end = doc.text.find("\n", end)
    paragraph_end = len(doc.text) if paragraph_end < 0 else paragraph_end

    def distance(entity: Span) -> int:
        return start - entity.end_char if entity.end_char <= start else max(0, entity.start_char - end)

    candidates = [e for e in doc.ents if e.label_ == "PERSON" and person_name(e)
                  and paragraph_start <= e.start_char and e.end_char <= paragraph_end
                  and not (start <= e.start_char < end)]
    return person_name(min(candidates, key=distance)) if candidates else None


def quotes_of(doc: Doc) -> list[Quote]:
    """A quote per segment, its offsets trimmed of blanks, spoken by the nearest PERSON."""
    quotes = []
    for start, end in quote_spans(doc.text):
        words = doc.text[start:end].strip()
        begin = doc.text.index(words, start)
        quotes.append(Quote(words, nearest_person(doc, start, end), None, begin, begin + len(words)))
    return quotes


def extraction_of(doc: Doc, article: SourceArticle) -> Extraction:
    return Extraction(text=doc.text, title=article.title, url=article.url, published=article.published,
                      people=people_of(doc), interactions=interactions_of(doc), quotes=quotes_of(doc))


def extract_many(
    articles: Iterable[SourceArticle], nlp: Language, batch_size: int = 32
) -> Iterator[tuple[SourceArticle, Extraction]]:
    """The baseline's extraction of each article, streamed through `nlp.pipe`."""
    articles = list(articles)
    texts = (clean(article.raw).text for article in articles)
    for article, doc in zip(articles, nlp.pipe(texts, batch_size=batch_size)):
        yield article, extraction_of(doc, article)
