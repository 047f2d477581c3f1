"""Extract presence and sightings: the resolved article → who the text places at the event.

In: the `Resolution`, the quotes, interactions and co-locations already extracted.
Out: the names of people present, and `Sighting`s (person, where inside the event, doing what,
with the clause's span).

A person is present when the text has them act at the occasion (FrameNet Arriving, Presence,
Attending, Performers): subject of a presence verb ("strolled through", "got wine"), seen by the
writer ("We spotted X", "X was seen"), owner of a place there ("X's dressing room"), speaker of
a quote addressed to someone there, or party to an interaction or co-location. Negated,
hypothetical and absence acts ("skipped", "will attend", "didn't show") do not count, nor acts
at another occasion ("last year", "in 2014").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from spotted.lexicon import ABSENCE_VERBS, PLACES, PRESENCE_VERBS, SIGHTING_VERBS
from spotted.resolve import Entity, Resolution
from spotted.types import Colocation, Interaction, Quote, Sighting

MODALS = {"will", "would", "could", "might", "may", "should", "shall", "'ll", "must", "wo"}
OTHER_OCCASION = re.compile(r"\b(?:last year|next year|in (?:19|20)\d\d|years? ago|back in|previous(?:ly)?|last time|next month|next week)\b", re.I)
WRITER_SUBJECTS = {"we", "i", "us", "you"}
OWN_ROOM = re.compile(r"\b(?:his|her|their) (?:own )?(?:dressing )?(?:room|trailer|suite|table|booth)\b", re.I)
WAY_OUT = re.compile(r"\b(?:on (?:his|her|their|the) way (?:out|in|to [\w ]+?)|heading (?:up )?to the [\w ]+?|as (?:he|she|they) (?:left|arrived))\b", re.I)
PLACE_PATTERN = re.compile(r"\b(?:" + "|".join(re.escape(place) for place in PLACES) + r")\b", re.I)


@dataclass
class Act:
    person: Entity
    verb: Token
    clause: Span


def place_in(text: str) -> str | None:
    """Where inside the event a piece of text is set: "his room", "on her way out", "stage"…"""
    for pattern in (WAY_OUT, OWN_ROOM, PLACE_PATTERN):
        match = pattern.search(text)
        if match:
            return match.group(0).strip()
    return None


def is_actual(verb: Token) -> bool:
    """Not negated, not hypothetical or future, not an absence, not at another occasion."""
    if verb.lemma_.lower() in ABSENCE_VERBS:
        return False
    for child in verb.children:
        if child.dep_ == "neg" or (child.dep_ == "aux" and child.lower_ in MODALS):
            return False
    if verb.dep_ in {"xcomp"} and verb.head.lemma_.lower() in {"plan", "hope", "want", "expect", "schedule", "intend"}:
        return False
    return not OTHER_OCCASION.search(clause_of(verb).text)


def clause_of(verb: Token) -> Span:
    """The verb with its dependents, minus any subordinate clause it heads on its left."""
    tokens = [verb] + [t for t in verb.subtree if t.i >= verb.i or t.dep_ not in {"advcl"}]
    left = min(token.i for token in tokens)
    right = max(token.i for token in tokens) + 1
    return verb.doc[left:right]


def acts(resolution: Resolution) -> list[Act]:
    """Every act by which the text places a person at the occasion."""
    doc = resolution.doc
    found: list[Act] = []
    for verb in doc:
        if verb.pos_ not in {"VERB", "AUX"} or verb.i in resolution.quoted_tokens:
            continue
        lemma = verb.lemma_.lower()
        if lemma in SIGHTING_VERBS:
            found += sighting_acts(resolution, verb)
        if lemma not in PRESENCE_VERBS or not is_actual(verb):
            continue
        for child in verb.children:
            if child.dep_ in {"nsubj", "nsubjpass"}:
                for person in people_named_by(resolution, child):
                    found.append(Act(person, verb, clause_of(verb)))
        if verb.dep_ == "conj" and not any(child.dep_ in {"nsubj", "nsubjpass"} for child in verb.children):
            for child in verb.head.children:
                if child.dep_ in {"nsubj", "nsubjpass"}:
                    for person in people_named_by(resolution, child):
                        found.append(Act(person, verb, clause_of(verb)))
    return found


def sighting_acts(resolution: Resolution, verb: Token) -> list[Act]:
    """ "We spotted X chilling", "We saw X get a delivery", "X was seen all smiles"."""
    found: list[Act] = []
    if not is_actual(verb):
        return found
    subject = next((child for child in verb.children if child.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None and subject.dep_ == "nsubjpass":
        found += [Act(person, verb, clause_of(verb)) for person in people_named_by(resolution, subject)]
    elif subject is None or subject.lower_ in WRITER_SUBJECTS or resolution.entity_at(subject) is not None:
        for child in verb.children:
            if child.dep_ in {"dobj", "obj", "ccomp", "xcomp", "nsubj"} and child is not subject:
                target = child if child.dep_ in {"dobj", "obj"} else next((c for c in child.children if c.dep_ in {"nsubj", "dobj"}), child)
                found += [Act(person, verb, clause_of(verb)) for person in people_named_by(resolution, target)]
    return found


def people_named_by(resolution: Resolution, token: Token) -> list[Entity]:
    people: list[Entity] = []
    for item in [token] + [t for t in token.subtree if t.dep_ == "conj"]:
        entity = resolution.entity_at(item)
        if entity is not None and entity.kind == "person" and entity not in people:
            people.append(entity)
    return people


def possessed_places(resolution: Resolution) -> list[Act]:
    """ "X's dressing room" — a person with a room at the event is there."""
    doc = resolution.doc
    found: list[Act] = []
    for token in doc:
        if token.dep_ != "poss" or token.i not in resolution.token_entity:
            continue
        noun_phrase = doc[token.head.left_edge.i : token.head.i + 1].text.lower()
        if any(place in noun_phrase for place in ("dressing room", "trailer", "table", "booth", "suite")):
            entity = resolution.token_entity[token.i]
            if entity.kind == "person":
                found.append(Act(entity, token.head, token.head.sent))
    return found


def sightings_from(acts_found: list[Act]) -> list[Sighting]:
    sightings: list[Sighting] = []
    seen: set[tuple[str, int]] = set()
    for act in acts_found:
        key = (act.person.name, act.clause.start)
        if key in seen:
            continue
        seen.add(key)
        where = place_in(act.clause.text) or place_in(act.verb.sent.text)
        sightings.append(Sighting(act.person.name, where, doing_text(act), act.clause.start_char, act.clause.end_char))
    return sightings


def doing_text(act: Act) -> str:
    """What the person was doing: the clause from its verb on, without the subject."""
    clause = act.clause
    tokens = [token for token in clause if token.i >= act.verb.i or token.dep_ in {"aux", "auxpass", "neg", "advmod"} and token.head is act.verb]
    text = act.verb.doc[tokens[0].i : clause.end].text if tokens else clause.text
    return re.sub(r"\s+", " ", text).strip(" ,.;:!?")


def extract_presence(
    resolution: Resolution,
    quotes: list[Quote],
    interactions: list[Interaction],
    colocated: list[Colocation],
) -> tuple[set[str], list[Sighting]]:
    """(names of people present, their sightings)."""
    found = acts(resolution) + possessed_places(resolution)
    present = {act.person.name for act in found}
    people = {entity.name for entity in resolution.people()}
    for pair in [*interactions, *colocated]:
        present.update(name for name in (pair.a, pair.b) if name in people)
    for quote in quotes:
        if quote.speaker and quote.addressee:
            present.add(quote.speaker)
    return present, sightings_from(found)
