"""Extract interactions and co-location: the resolved article → pairs of entities.

In: the `Resolution` (entities and their token mentions) and the article's quotes.
Out: `Interaction`s (unordered pairs with a kind: kissed, talked, lit a cigarette for…) and
`Colocation`s (placed side by side without an act between them), each with the sentence span.

An interaction needs an act joining the two on the dependency parse (ACE `Contact.Meet`,
Agarwal & Rambow 2010): a social verb with one as agent and the other as object or partner
("Gaga lit a cigarette for Adele"), a reciprocal verb with both as subjects ("X and Y hugged",
"Everyone high-fived"), a "with" partner of an act ("dined with Y"), or a quote addressed to
someone. Proximity words without an act ("next to", "beside") give co-location instead.
"""

from __future__ import annotations

from itertools import combinations

from spacy.tokens import Span, Token

from spotted.extract.presence import place_in

from spotted.lexicon import PARTNER_PREPOSITIONS, PROXIMITY_WORDS, RECIPROCAL_VERBS, SOCIAL_VERBS
from spotted.resolve import Entity, Resolution
from spotted.types import Colocation, Interaction, Quote

COLLECTIVE_SUBJECTS = {"everyone", "everybody", "they", "both", "all", "two", "pair", "duo", "couple", "trio"}
RECIPROCAL_OBJECTS = {"another", "other"}  # "one another", "each other"
ACCOMPANIMENT_WORDS = {"with", "alongside"}


def verb_kind(verb: Token) -> str | None:
    """The interaction a verb (or a verbal noun: "macking on") names, if it names one."""
    lemma = verb.lemma_.lower()
    text = verb.lower_
    if lemma == "five" or text in {"fived", "high-fived", "high-fiving"}:
        return "high-fived"
    stems = (lemma, text, text.removesuffix("ing"), text.removesuffix("ed"), text.removesuffix("d"))
    return next((SOCIAL_VERBS[stem] for stem in stems if stem in SOCIAL_VERBS), None)


def entities_in(resolution: Resolution, token: Token) -> list[Entity]:
    """The entities a noun phrase names, following coordination ("X and Y", "X/Y")."""
    found: list[Entity] = []
    for item in [token] + [t for t in token.subtree if t.dep_ in {"conj", "appos"} or t.head.dep_ == "conj"]:
        entity = resolution.entity_at(item)
        if entity is not None and entity not in found:
            found.append(entity)
    return found


def subjects_of(resolution: Resolution, verb: Token) -> list[Entity]:
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            return entities_in(resolution, child)
    if verb.pos_ == "NOUN":  # "Gaga/Jo macking on Britney": the agents modify the verbal noun
        agents = [resolution.entity_at(child) for child in verb.children if child.dep_ in {"compound", "nmod", "poss"}]
        return list(dict.fromkeys(entity for entity in agents if entity is not None))
    if verb.dep_ in {"conj", "xcomp", "advcl"} and verb.head is not verb:
        return subjects_of(resolution, verb.head)
    return []


def partners_of(resolution: Resolution, verb: Token) -> list[Entity]:
    partners: list[Entity] = []
    for child in verb.children:
        if child.dep_ in {"dobj", "dative", "obj", "iobj"} and child.lower_ not in RECIPROCAL_OBJECTS:
            partners += entities_in(resolution, child)
            partners += partners_of(resolution, child)  # "lit a cigarette for Adele"
        elif child.dep_ in {"prep", "agent"} and (child.lower_ in PARTNER_PREPOSITIONS or child.dep_ == "agent"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    partners += entities_in(resolution, pobj)
        elif child.dep_ == "prt":
            partners += partners_of(resolution, child)
    return partners


def collective_subject(verb: Token) -> bool:
    subject = next((child for child in verb.children if child.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None and verb.dep_ in {"amod", "acl", "relcl"}:
        subject = verb.head  # "Everyone high-fived." is often parsed with the verb under its subject
    return subject is not None and subject.lower_ in COLLECTIVE_SUBJECTS


def reciprocal_object(verb: Token) -> bool:
    return any(token.lower_ in RECIPROCAL_OBJECTS for token in verb.subtree if token.i > verb.i)


def recent_entities(resolution: Resolution, verb: Token) -> list[Entity]:
    """Who a collective subject ("Everyone", "they") covers: those named just before — the
    groups when two or more groups were named, since "everyone" then means their members."""
    entities: list[Entity] = []
    for _, entity in resolution.mentions_before(verb, sentences=3):
        if entity not in entities:
            entities.append(entity)
    groups = [entity for entity in entities if entity.kind == "group"]
    return groups if len(groups) >= 2 else entities


def extract_interactions(resolution: Resolution, quotes: list[Quote]) -> list[Interaction]:
    doc = resolution.doc
    found: dict[frozenset[str], Interaction] = {}

    def add(a: Entity, b: Entity, kind: str, sentence: Span) -> None:
        if a is b or a.name == b.name:
            return
        key = frozenset({a.name, b.name})
        found.setdefault(key, Interaction(a.name, b.name, kind, sentence.start_char, sentence.end_char))

    for verb in doc:
        if verb.pos_ not in {"VERB", "NOUN", "ADJ"} or verb.i in resolution.quoted_tokens:
            continue
        kind = verb_kind(verb)
        if kind is None:
            continue
        subjects = subjects_of(resolution, verb)
        partners = partners_of(resolution, verb)
        sentence = verb.sent
        for a in subjects:
            for b in partners:
                add(a, b, kind, sentence)
        reciprocal = verb.lemma_.lower() in RECIPROCAL_VERBS or kind == "high-fived"
        if reciprocal or reciprocal_object(verb):
            group = subjects if len(subjects) >= 2 else recent_entities(resolution, verb) if collective_subject(verb) else []
            for a, b in combinations(group, 2):
                add(a, b, kind, sentence)
    for quote in quotes:
        if quote.speaker and quote.addressee and quote.speaker != quote.addressee:
            key = frozenset({quote.speaker, quote.addressee})
            span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
            sentence = span[0].sent if span is not None else None
            start = sentence.start_char if sentence is not None else quote.start
            found.setdefault(key, Interaction(quote.speaker, quote.addressee, "talked", start, quote.end))
    for a, b, kind, sentence in accompaniments(resolution):
        add(a, b, kind, sentence)
    return list(found.values())


def accompaniments(resolution: Resolution):
    """ "X dined with Y", "X was backstage with Y", "X swept in with Y in tow"."""
    doc = resolution.doc
    for prep in doc:
        if prep.lower_ not in ACCOMPANIMENT_WORDS or prep.dep_ != "prep":
            continue
        verb = prep.head
        if verb.pos_ not in {"VERB", "AUX"} or verb_kind(verb) is not None and verb.lemma_.lower() in SOCIAL_VERBS:
            continue
        partners = [entity for pobj in prep.children if pobj.dep_ == "pobj" for entity in entities_in(resolution, pobj)]
        for a in subjects_of(resolution, verb):
            for b in partners:
                if a.kind == "person" and b.kind == "person":
                    yield a, b, "together", verb.sent


def extract_colocations(resolution: Resolution, interactions: list[Interaction]) -> list[Colocation]:
    """Pairs placed side by side: "X sat next to Y", "X's and Y's dressing rooms were next to one
    another", and "Next to that? Z." after a sentence about someone's place."""
    doc = resolution.doc
    interacting = {frozenset({i.a, i.b}) for i in interactions}
    found: dict[frozenset[str], Colocation] = {}
    sentences = list(doc.sents)
    for position, sentence in enumerate(sentences):
        proximity = next((token for token in sentence if token.lower_ in PROXIMITY_WORDS), None)
        if proximity is None:
            continue
        people = sentence_entities(resolution, sentence)
        where = place_in(sentence.text)
        pairs = list(combinations(people, 2))
        if len(people) < 2 and proximity.i == sentence.start and position + 1 < len(sentences) and position > 0:
            following = sentence_entities(resolution, sentences[position + 1])
            previous = sentence_entities(resolution, sentences[position - 1])
            if following and previous:
                pairs = [(previous[-1], following[0])]
        for a, b in pairs:
            key = frozenset({a.name, b.name})
            if a is not b and key not in interacting:
                found.setdefault(key, Colocation(a.name, b.name, where, sentence.start_char, sentence.end_char))
    return list(found.values())


def sentence_entities(resolution: Resolution, sentence: Span) -> list[Entity]:
    entities: list[Entity] = []
    for token in sentence:
        entity = resolution.token_entity.get(token.i)
        if entity is not None and entity.kind == "person" and entity not in entities:
            entities.append(entity)
    return entities

