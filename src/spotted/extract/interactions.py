"""Extract interactions and co-location: the resolved article → pairs of entities.

In: the `Resolution` (entities and their token mentions) and the article's quotes.
Out: `Interaction`s (unordered pairs with a kind: kissed, talked, lit a cigarette for…) and
`Colocation`s (placed side by side without an act between them), each with the sentence span.

An interaction needs an act joining the two on the dependency parse (ACE `Contact.Meet`;
"Automatic Detection and Classification of Social Events", EMNLP 2010):
- a social verb with one as agent and the other as object or partner ("Nova lit a cigarette for
  Solenne", "collected the prize from X", "was congratulated by X"), or a light verb with a social
  noun ("gave X a kiss", "made a gesture to X", "had dinner with X");
- a reciprocal verb with both as subjects ("X and Y hugged", "Everyone high-fived", "the pair
  worked together");
- a "with" partner of an act ("dined with Y", "was backstage with Y", "swept in with Y in tow");
  at a meal or in a conversation everyone at the table pairs with everyone else;
- a partner introduced as such ("X and her husband Y", "his wife Y");
- joining someone's stage or record ("showed up on X's stage", "appeared on X's album"), or one
  performance shared ("performances from X with Y", "collaborations from X and Y");
- a quote addressed to someone, or a speaker's "I met X" in their own quote.
When the parser leaves a verb without a subject, the "X", "X and Y" or "X/Y" written just before
it is taken ("…and Mimi K and Kaia J totally pashed"); in a verbless caption the people it is built
on ("X and Y, the prodigies behind…, hitting the town"); items of a list cut by semicolons never
lend each other subjects. What a judge tells the dock is sentencing, not an interaction. Work together counts only with a stated
time ("currently filming with X", "recently recorded a duet"); a career list ("recording with
musicians such as X") does not. Proximity words without an act ("next to", "beside") give
co-location instead.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from spacy.tokens import Span, Token

from spotted.extract.presence import (
    AWARD_NOUNS,
    MODALS,
    at_another_time,
    collective_members,
    in_page_furniture,
    in_the_occasion,
    listed_as_absent,
    named_as_absent,
    named_in_phrase,
    place_in,
    subject_tokens,
    the_dead,
)
from spotted.lexicon import (
    ACCOMPANIED_NOUNS,
    BODY_PARTS,
    CLOSENESS_WORDS,
    COLLABORATION_NOUNS,
    GROUP_ACTIVITIES,
    IMAGE_NOUNS,
    JOINED_NOUNS,
    JOINING_VERBS,
    CONTEST_WORDS,
    POSTED_NOUNS,
    GUEST_NOUNS,
    HOSTING_VERBS,
    LIGHT_VERBS,
    MEAL_NOUNS,
    NOT_TOGETHER_VERBS,
    PARTNER_NOUNS,
    PARTNER_PREPOSITIONS,
    PERFORMANCE_NOUNS,
    PLACE_ADVERBS,
    PRESIDING_TITLES,
    PROXIMITY_WORDS,
    RECIPROCAL_VERBS,
    SHARED_STATES,
    SOCIAL_NOUNS,
    SIGHTING_VERBS,
    SOCIAL_VERBS,
    TIME_CUES,
    TIME_PERIODS,
    WEEKDAYS,
    TOPIC_PREPOSITIONS,
    WORK_VERBS,
)
from spotted.resolve import PERSON_PRONOUNS, Entity, Resolution, titles_of
from spotted.types import Colocation, Interaction, Quote

RECIPROCAL_OBJECTS = {"another", "other"}  # "one another", "each other"
# Kinds that hold only with their object: "lit a cigarette for X", "held hands with X".
OBJECT_BOUND_KINDS = {
    "light": {"cigarette", "cigar", "joint", "smoke"},
    "lit": {"cigarette", "cigar", "joint", "smoke"},
    "hold": {"hand", "hands"},
    "link": {"arm"},
    "lock": {"lip"},
    "raise": {"toast", "glass"},
}
ACCOMPANIMENT_WORDS = {"with", "alongside", "along"}  # "X, along with her co-stars Y and Z, arrived"
HANDOVER_SOURCES = {"collect", "accept", "receive"}  # "collected the prize from X"
ADVANCE_VERBS = {"mack", "hit", "dote", "fawn", "crush"}  # "macking on X"
GESTURE_VERBS = {"wave", "smile", "wink", "nod", "grin", "blow"}  # "waved at X"
HANDLED_OBJECTS = {"hold", "grab", "kiss", "shake"}  # "grabbed X's hand"
# Someone's companion for the occasion: "X's date for the night", "her plus-one".
DATE_NOUNS = {"date", "plus-one"}
# Prepositions of a place an act happened in, whose object a "with X" can hang on.
PLACE_PREPOSITIONS = {"on", "at", "onto", "by", "near", "beside"}  # not "in": "in an interview with X" is no place
# Kinds that a light verb gives and that need two to do: "X and Y hit the town", "got cosy",
# "exchanged hellos", "shared a laugh".
LINKING_VERBS = {"be", "look", "seem", "appear"}  # "X and Y looked loved up"
RECIPROCAL_KINDS = {"got cosy", "went out together", "danced", "dined", "talked", "laughed", "greeted", "kissed", "hugged", "posed", "linked arms"}
SEPARATING_CONJUNCTIONS = {"plus", "then"}  # "X and Y, plus Z and W": two collaborations

Pair = tuple[Entity, Entity, str, Span]


def act_lemma(verb: Token) -> str:
    """The verb's lemma as the word lists spell it: the model lemmatises rare verbs badly
    ("dined" → "din", "gabbing" → "gabbing")."""
    lemma = verb.lemma_.lower()
    text = verb.lower_
    stems = (
        lemma, text, text.removesuffix("ing"), text.removesuffix("ing") + "e", text.removesuffix("ed"),
        text.removesuffix("d"), text.removesuffix("bing"), text.removesuffix("bed"), text.removesuffix("ied") + "y",
    )
    return next((stem for stem in stems if stem in SOCIAL_VERBS), lemma)


def verb_kind(verb: Token) -> str | None:
    """The interaction a verb (or a verbal noun: "macking on") names, if it names one; a light
    verb takes its kind from its object ("gave X a kiss", "had dinner with X", "got cosy")."""
    lemma = act_lemma(verb)
    if lemma == "five" or verb.lower_ in {"fived", "high-fived", "high-fiving"}:
        return "high-fived"
    if verb.pos_ == "VERB" and any(child.dep_ == "dobj" and child.lemma_.lower() in MEAL_NOUNS for child in verb.children):
        return "dined"  # "grabbed brunch with X", "enjoyed dinner with Y"
    if lemma == "bring" and any(child.dep_ == "prt" and child.lower_ == "along" for child in verb.children):
        return "accompanied"
    kind = SOCIAL_VERBS.get(lemma)
    if lemma in OBJECT_BOUND_KINDS and not any(child.dep_ == "dobj" and child.lemma_.lower() in OBJECT_BOUND_KINDS[lemma] for child in verb.children):
        kind = None  # "lit candles for", "held the door for" are no cigarette and no hands
    if hands_off(verb):
        return "got cosy"
    if kind is None and lemma in LINKING_VERBS and not lasting_state(verb):  # "were inseparable", "looked loved up"
        kind = next(
            (
                kind_of_object(child)
                for child in verb.children
                if child.dep_ in {"acomp", "oprd"} and kind_of_object(child) == "got cosy" and not any(c.dep_ == "prep" for c in child.children)
            ),
            None,
        )  # not "close to tears", "inseparable from their phones"
    if kind is None and lemma in LIGHT_VERBS:  # "shared nachos and a few laughs": any object in the list
        objects = [obj for child in verb.children if child.dep_ in {"dobj", "acomp", "oprd"} for obj in (child, *child.conjuncts)]
        kind = next((kind_of_object(obj) for obj in objects if kind_of_object(obj)), None)
    if kind is None and verb.pos_ == "VERB":  # "found X in the wings for a long embrace"
        purposes = [pobj for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "for" for pobj in prep.children if pobj.dep_ == "pobj"]
        kind = next((SOCIAL_NOUNS[noun.lemma_.lower()] for noun in purposes if noun.lemma_.lower() in SOCIAL_NOUNS), None)
    if kind is None and verb.pos_ == "VERB":
        kind = shared_state(verb)
    if kind is None and verb.pos_ == "VERB" and any(prep.dep_ == "prep" and owned_body_parts(prep) for prep in verb.children):
        kind = "touched"  # "sat on X's lap", "rested her head on X's shoulder"
    return kind


def shared_state(verb: Token) -> str | None:
    """ "X and Y were spotted deep in conversation", "caught in a clinch": the state they were in
    together names the interaction."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.lemma_.lower() in SHARED_STATES:
                    return SHARED_STATES[noun.lemma_.lower()]
    return None


def kind_of_object(noun: Token) -> str | None:
    word = noun.lemma_.lower()
    doc = noun.doc
    start, end = noun.i, noun.i + 1
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_:
        start -= 2  # spaCy splits "shout-out", "heart-to-heart" at the hyphens (not a spaced dash)
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_:
        end += 2
    parts = [token for token in doc[start:end] if token.text != "-"]
    if len(parts) > 1:
        word = "-".join(noun.lemma_.lower() if token is noun else token.lower_ for token in parts)
    if noun.lower_ == "loved" and any(child.dep_ == "prt" and child.lower_ == "up" for child in noun.children):
        word = "loved-up"
    if word in MEAL_NOUNS:
        return "dined"
    if word in CLOSENESS_WORDS:
        return "got cosy"
    return SOCIAL_NOUNS.get(word) or SOCIAL_NOUNS.get(noun.lower_)  # "notes", "numbers": plural idioms


def entities_in(resolution: Resolution, token: Token) -> list[Entity]:
    """The people and groups a noun phrase names, following coordination and lists."""
    return named_in_phrase(resolution, token, kinds=("person", "group"))


def subjects_of(resolution: Resolution, verb: Token) -> list[Entity]:
    """Who did it: the subjects (inherited along "bounded in, embracing X"), a collective's
    members ("the pair"), the agents of a verbal noun ("Nova/Jo macking on Norah"), or the
    subjects put after the verb ("getting cosy were X and Y")."""
    if verb.pos_ in {"VERB", "AUX"} and not any(child.dep_ in {"nsubj", "nsubjpass"} for child in verb.children):
        written_before = names_just_before(resolution, verb)
        if written_before:
            return written_before
    found: list[Entity] = []
    for subject in subject_tokens(verb):
        found += collective_members(resolution, subject) or entities_in(resolution, subject)
    if not found and verb.pos_ == "NOUN":
        found = verbal_noun_agents(resolution, verb)
    if not found:
        found = [entity for attr in inverted_subjects(verb) for entity in entities_in(resolution, attr)]
    if not found and is_caption_gerund(verb):
        found = caption_subjects(resolution, verb)
    return within_the_item(resolution, verb, found)


def within_the_item(resolution: Resolution, verb: Token, entities: list[Entity]) -> list[Entity]:
    """Items of a list cut at semicolons ("X, walking her dogs; Y and his coach sharing a
    laugh") do not lend each other subjects: those named in the verb's own item, when any are."""
    sentence = verb.sent
    cuts = [token.i for token in sentence if token.text == ";"]
    if not cuts or not entities:
        return entities
    start = max((cut for cut in cuts if cut < verb.i), default=sentence.start)
    end = min((cut for cut in cuts if cut > verb.i), default=sentence.end)
    own = {id(resolution.token_entity[index]) for index in range(start, end) if index in resolution.token_entity}
    kept = [entity for entity in entities if id(entity) in own]
    return kept or entities


def is_caption_gerund(verb: Token) -> bool:
    """ "X and Y, the pair behind 'Show', hitting the town in style.": an -ing verb in a
    sentence with no finite verb, built on names, is what the named people were doing."""
    return verb.tag_ == "VBG" and verb.sent.root.pos_ in {"PROPN", "NOUN"} and not any(
        token.pos_ in {"VERB", "AUX"} and token.tag_ not in {"VBG", "VBN"} for token in verb.sent
    )


def caption_subjects(resolution: Resolution, verb: Token) -> list[Entity]:
    root = verb.sent.root
    heads = [root] + [child for child in root.children if child.dep_ == "appos"]  # "Spotted downtown: X and Y, …"
    return [entity for head in heads for entity in entities_in(resolution, head) if entity.kind == "person"]


def verbal_noun_agents(resolution: Resolution, noun: Token) -> list[Entity]:
    """ "Nova/Jo macking on Norah": the agents modify the noun; "X and Y win for their
    dancing": "their" is the subjects of the clause; a bare gerund ("the pair worked together -
    meeting on the radio") is done by the subjects of the clause it hangs on."""
    if any(child.dep_ == "poss" and child.lower_ == "their" for child in noun.children):
        clause = next((token for token in noun.ancestors if any(child.dep_ == "nsubj" for child in token.children)), None)
        return subjects_of(resolution, clause) if clause is not None else []
    agents = [entity for child in noun.children if child.dep_ in {"compound", "nmod", "poss"} and (entity := resolution.entity_at(child)) is not None]
    if agents:
        return list(dict.fromkeys(agents))
    clause = next((token for token in noun.ancestors if token.pos_ in {"VERB", "AUX"}), None)
    return subjects_of(resolution, clause) if clause is not None else []  # "worked together - meeting on the radio"


def names_just_before(resolution: Resolution, verb: Token) -> list[Entity]:
    """ "…and Mimi K and Kaia Vance totally pashed", "Spotted: X/Y holding hands", "the audio
    of Darius coming on stage": a verb without a subject of its own takes the "X", "X and Y" or
    "X/Y" written right before it (adverbs aside), whatever the parser attached them to."""
    doc = resolution.doc
    index = verb.i - 1
    while index >= 0 and doc[index].pos_ == "ADV":
        index -= 1
    found: list[Entity] = []
    while index >= 0 and len(found) < 2:
        entity = resolution.token_entity.get(index)
        if entity is None or entity.kind != "person":
            break
        while index >= 0 and resolution.token_entity.get(index) is entity:
            index -= 1
        found.insert(0, entity)
        if len(found) == 1 and index >= 0 and doc[index].lower_ in {"and", "&", "/"}:
            index -= 1
        elif len(found) == 1:
            break
    return found


def inverted_subjects(verb: Token) -> Iterator[Token]:
    """ "Also arriving separately but getting super cosy were X and Y": the people after "were"."""
    for head in (verb, verb.head):
        for aux in head.children:
            if aux.dep_ == "aux" and aux.lemma_ == "be":
                yield from (child for child in aux.children if child.dep_ == "attr")


def partners_of(resolution: Resolution, verb: Token, subjects: list[Entity] | None = None) -> list[Entity]:
    """Who it was done to or with: objects ("greet the pair": the two named before, the
    subjects aside), "with/to/for" partners, the agent of a passive, the source of a prize taken
    ("from X"), the owner of a hand held ("grabbed X's hand")."""
    partners: list[Entity] = []
    lemma = act_lemma(verb)
    for child in verb.children:
        if child.dep_ == "dative" and child.pos_ == "ADP":  # "presented the prize to X"
            partners += objects_of(resolution, child)
        elif child.dep_ in {"dobj", "dative", "obj", "iobj"} and child.lower_ in PLACE_ADVERBS:
            partners += [entity for word in child.children if word.dep_ == "compound" for entity in entities_in(resolution, word)]
        elif child.dep_ in {"dobj", "dative", "obj", "iobj"} and child.lower_ not in RECIPROCAL_OBJECTS:
            named = entities_in(resolution, child) or collective_members(resolution, child, excluding=subjects or [])
            if not named and child.lemma_.lower() in IMAGE_NOUNS:  # "photobombed a picture of X and Y"
                named = [entity for prep in child.children if prep.dep_ == "prep" and prep.lower_ == "of" for entity in objects_of(resolution, prep)]
            if not named and lemma in HANDLED_OBJECTS:
                named = [entity for grandchild in child.children if grandchild.dep_ == "poss" and (entity := resolution.entity_at(grandchild))]
            partners += named
            partners += partners_of(resolution, child)  # "lit a cigarette for Solenne"
            if lemma in HANDOVER_SOURCES:  # "collected the prize from X"
                partners += [entity for prep in child.children if prep.dep_ == "prep" and prep.lower_ == "from" for entity in objects_of(resolution, prep)]
        elif child.dep_ in {"prep", "agent"} and is_partner_preposition(child, lemma):
            if (lemma, child.lower_) not in TOPIC_PREPOSITIONS:  # not "danced to X" (the music)
                partners += companions_named(resolution, child, subjects or [])
        elif child.dep_ == "prep" and child.lower_ == "along":
            partners += [entity for prep in child.children if prep.lower_ == "with" for entity in objects_of(resolution, prep)]
        elif child.dep_ == "prt":
            partners += partners_of(resolution, child)
        if child.dep_ == "prep":  # "posed for photographers with X": "with X" hung on the wrong noun
            partners += [entity for with_ in nested_withs(child) for entity in companions_named(resolution, with_, subjects or [])]
            partners += body_part_owners(resolution, child)
    return partners


def owned_body_parts(preposition: Token) -> list[Token]:
    """ "in X's ear", "on her husband Y's lap": body parts with an owner, as the preposition's object
    or in apposition to it."""
    return [
        part
        for noun in preposition.children
        if noun.dep_ == "pobj"
        for part in [noun, *(child for child in noun.children if child.dep_ == "appos")]
        if part.lemma_.lower() in BODY_PARTS and any(owner.dep_ == "poss" for owner in part.children)
    ]


def body_part_owners(resolution: Resolution, preposition: Token) -> list[Entity]:
    """ "whispered in X's ear", "sat on her husband Y's lap": whose body the act landed on."""
    return [
        entity
        for part in owned_body_parts(preposition)
        for owner in part.children
        if owner.dep_ == "poss" and (entity := resolution.entity_at(owner)) is not None and entity.kind == "person"
    ]


def nested_withs(preposition: Token) -> list[Token]:
    """The "with" phrases the parser attached to the object of another preposition of the verb."""
    return [
        inner
        for noun in preposition.children
        if noun.dep_ == "pobj" and noun.ent_type_ != "PERSON"
        for inner in noun.children
        if inner.dep_ == "prep" and inner.lower_ == "with"
    ]


def is_partner_preposition(preposition: Token, lemma: str) -> bool:
    """ "with/to/for X", the agent of a passive, "from X" after taking a prize, "on X" only after
    a verb of advances ("macking on X", not "sang on X's hits"), "into X" after bumping."""
    word = preposition.lower_
    if preposition.dep_ == "agent" or word == "from" and lemma in HANDOVER_SOURCES:
        return True
    if word == "on":
        return lemma in ADVANCE_VERBS or lemma == "plant"  # "planted a kiss on X"
    if word == "at":
        return lemma in GESTURE_VERBS  # "waved at X", not "danced at X's party"
    if word == "into":
        return lemma == "bump"  # "bumped into X"
    if word == "off":
        return lemma == "keep"  # "couldn't keep his hands off X" (see `hands_off`)
    if word == "against":
        return lemma in CONTEST_WORDS  # "a dance-off against X", not "spoke out against X"
    return word in PARTNER_PREPOSITIONS


def objects_of(resolution: Resolution, preposition: Token) -> list[Entity]:
    return [entity for pobj in preposition.children if pobj.dep_ == "pobj" for entity in entities_in(resolution, pobj)]


def collective_subject(verb: Token) -> bool:
    subject = next((child for child in verb.children if child.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None and verb.dep_ in {"amod", "acl", "relcl"}:
        subject = verb.head  # "Everyone high-fived." is often parsed with the verb under its subject
    return subject is not None and subject.lower_ in {"everyone", "everybody", "they", "all"}


def reciprocal_object(verb: Token) -> bool:
    """ "kissed each other", "held hands"."""
    if any(child.dep_ == "dobj" and child.lower_ == "hands" for child in verb.children):
        return True
    return any(token.lower_ in RECIPROCAL_OBJECTS for token in verb.subtree if token.i > verb.i)


def done_together(verb: Token) -> bool:
    """ "dined together", "worked together", "arrived hand in hand" — but not "came together" (a
    gathering)."""
    if verb.lemma_.lower() in {"come", "bring", "put"}:
        return False
    following = " ".join(token.lower_ for token in verb.doc[verb.i + 1 : verb.i + 4])
    together = any(token.lower_ == "together" and verb in (token.head, token.head.head) for token in verb.subtree)  # "together on stage"
    return together or following in {"hand in hand", "arm in arm"}


def is_act(token: Token) -> bool:
    """A verb, a participle used as an adjective ("was married to"), or a verbal noun ("macking
    on", "their dancing") — not a plain noun ("the film")."""
    return token.pos_ in {"VERB", "AUX", "ADJ"} or token.pos_ == "NOUN" and token.lower_.endswith("ing")


def has_own_subject(verb: Token) -> bool:
    """Whether the verb has its own subject: "came together to present" does not make everyone
    who came a co-presenter."""
    if verb.dep_ == "acl" and verb.head.pos_ == "PROPN" or is_caption_gerund(verb):  # "X and Y, the prodigies, hitting the town"
        return True
    if verb.dep_ in {"xcomp", "oprd"} and verb.head.lemma_.lower() in SIGHTING_VERBS:  # "X and Y were spotted kissing"
        return True
    return verb.dep_ not in {"xcomp", "advcl", "acl", "pcomp"} or any(child.dep_ in {"nsubj", "nsubjpass"} for child in verb.children)


def is_asserted(verb: Token) -> bool:
    """Not negated, not hypothetical: "didn't speak to X", "will perform with X" (but "couldn't
    keep his hands off X" says he could not stop touching X)."""
    if hands_off(verb):
        return True
    return not any(
        child.dep_ == "neg" or child.dep_ == "aux" and child.lower_ in MODALS or child.dep_ == "mark" and child.lower_ == "if"
        for child in verb.children
    )


def hands_off(verb: Token) -> bool:
    """ "couldn't keep his hands off X", "can't keep their hands off each other"."""
    children = list(verb.children)
    return (
        verb.lemma_.lower() == "keep"
        and any(child.dep_ == "dobj" and child.lower_ == "hands" for child in children)
        and any(child.dep_ == "neg" for child in children)
        and any(child.lower_ == "off" for child in children)
    )


def is_dated(verb: Token) -> bool:
    """Working together counts only at a stated time ("currently", "recently", "while making",
    "on their 2008 show", "last month")."""
    return any(is_time_cue(token) for token in verb.sent)


def is_time_cue(token: Token) -> bool:
    """ "currently", "while", "2008", "last month", "on Sunday"."""
    if token.lower_ in TIME_CUES or token.lower_ in WEEKDAYS:
        return True
    if token.lower_ == "last" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ in TIME_PERIODS:
        return True
    return token.like_num and len(token.text) == 4 and token.text[:2] in {"19", "20"}


def social_acts(resolution: Resolution, dead: set[str]) -> Iterator[Pair]:
    """Pairs joined by a social verb, and groups that did a reciprocal act together; never with
    `dead` people (`without_the_dead`)."""
    for verb in resolution.tokens:
        if not is_act(verb) or verb.i in resolution.quoted_tokens or not is_asserted(verb):
            continue
        kind = verb_kind(verb) or ("together" if done_together(verb) else None)
        lemma = act_lemma(verb)
        if kind is None or lemma in WORK_VERBS and not is_dated(verb):
            continue
        subjects = subjects_of(resolution, verb)
        partners = partners_of(resolution, verb, subjects)
        if not partners and lemma in {"present", "hand"} and verb.dep_ == "advcl":
            partners = recipient_in_main_clause(resolution, verb)
        partners = without_the_dead(partners, dead, verb)
        if verb.dep_ == "compound" and not subjects and not partners:
            subjects, partners = misparsed_infinitive(resolution, verb)
        if verb.dep_ == "amod" and not subjects and not partners:
            subjects, partners = names_around_hyphenated_verb(resolution, verb)
        for a in subjects:
            for b in partners:
                yield a, b, kind, verb.sent
        if lemma in GROUP_ACTIVITIES or kind == "dined":  # everyone at the table, or in the conversation
            for a, b in combinations(partners, 2):
                yield a, b, kind, verb.sent
        if lemma == "introduce":  # "introduced Y to Z": Y and Z met
            for a, b in introduced_to_each_other(resolution, verb):
                yield a, b, "met", verb.sent
        light_reciprocal = (  # "X and Y shared a laugh"; not "took selfies with fans", "each took a selfie"
            (lemma in LIGHT_VERBS or lemma in LINKING_VERBS) and kind in RECIPROCAL_KINDS and not partners and not done_separately(verb)
        )
        reciprocal = (
            lemma in RECIPROCAL_VERBS or kind == "high-fived" or light_reciprocal or done_together(verb)
            or reciprocal_object(verb) or shared_state(verb) is not None
        )
        if reciprocal and (has_own_subject(verb) or done_together(verb) or verb.dep_ == "conj"):
            group = subjects if len(subjects) >= 2 else recent_entities(resolution, verb) if collective_subject(verb) else []
            for a, b in combinations(group, 2):
                yield a, b, kind, verb.sent


def without_the_dead(partners: list[Entity], dead: set[str], verb: Token) -> list[Entity]:
    """Partners less those the text says are dead, unless the act is dated to another time
    ("thanked her late husband" is no pair, "met her late husband in 1975" is)."""
    if not dead or at_another_time(verb):
        return partners
    return [entity for entity in partners if entity.name not in dead]


def recipient_in_main_clause(resolution: Resolution, verb: Token) -> list[Entity]:
    """ "Presenting the award, X described her as …": the award's winner, named before, is the
    "her" the main clause is about (not "Presenting the award, X mocked host Y")."""
    if not any(child.dep_ == "dobj" and child.lemma_.lower() in AWARD_NOUNS for child in verb.children):
        return []
    objects = [child for child in verb.head.children if child.dep_ in {"dobj", "dative"} and child.lower_ in PERSON_PRONOUNS]
    return [entity for child in objects if (entity := resolution.entity_at(child)) is not None and entity.kind == "person"]


def introduced_to_each_other(resolution: Resolution, verb: Token) -> Iterator[tuple[Entity, Entity]]:
    """ "X introduced Y to Z": Y and Z (not every pair of those X introduced)."""
    introduced = [entity for child in verb.children if child.dep_ in {"dobj", "obj"} for entity in entities_in(resolution, child)]
    to = [entity for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "to" for entity in objects_of(resolution, prep)]
    for a in introduced:
        for b in to:
            if a is not b and a.kind == "person" and b.kind == "person":
                yield a, b


def lasting_state(verb: Token) -> bool:
    """ "have been close since high school": a friendship, not an act at the occasion."""
    return any(child.dep_ == "aux" and child.lemma_ == "have" for child in verb.children) or any(
        child.dep_ == "prep" and child.lower_ in {"since", "for"} for child in verb.children
    )


def done_separately(verb: Token) -> bool:
    """ "each took a selfie", "posed separately", "took selfies with fans" (with others)."""
    words = [verb, *verb.children, *(grand for child in verb.children if child.dep_ in {"nsubj", "nsubjpass"} for grand in child.children)]
    with_others = any(child.dep_ == "prep" and child.lower_ == "with" for child in verb.children)
    return with_others or any(word.lower_ in {"each", "separately", "individually"} for word in words)


def misparsed_infinitive(resolution: Resolution, verb: Token) -> tuple[list[Entity], list[Entity]]:
    """ "X ran over to hug her", which the small parser reads as "to [hug her]" with "hug" a
    modifier of "her": the person it modifies is the object, the clause's subject the doer."""
    target = resolution.entity_at(verb.head)
    clause = next((token for token in verb.ancestors if token.pos_ in {"VERB", "AUX"}), None)
    if target is None or clause is None or verb.tag_ != "VB":
        return [], []
    return subjects_of(resolution, clause), [target]


def names_around_hyphenated_verb(resolution: Resolution, verb: Token) -> tuple[list[Entity], list[Entity]]:
    """ "X air-kissed editor Y", "X high-fived Y", which the small parser reads as one noun
    phrase ("kissed" a modifier): the person written right before the hyphenated verb did it to
    the person named within the next few words (a role noun between them aside)."""
    doc = resolution.doc
    if verb.i < 2 or doc[verb.i - 1].text != "-" or not verb.lower_.endswith("ed"):
        return [], []
    before = resolution.token_entity.get(verb.i - 3)
    after = next(
        (resolution.token_entity[i] for i in range(verb.i + 1, min(verb.i + 5, verb.sent.end)) if i in resolution.token_entity),
        None,
    )
    if before is None or after is None or before is after or before.kind != "person" or after.kind != "person":
        return [], []
    return [before], [after]


def recent_entities(resolution: Resolution, verb: Token) -> list[Entity]:
    """Who a collective subject ("Everyone", "they") covers: those named just before — the
    groups when two or more groups were named, since "everyone" then means their members. An
    unresolved "they" is trusted only for a couple: two people named in the last sentences."""
    entities: list[Entity] = []
    for _, entity in resolution.mentions_before(verb, sentences=3):
        if entity not in entities:
            entities.append(entity)
    groups = [entity for entity in entities if entity.kind == "group"]
    if len(groups) >= 2:
        return groups
    if any(child.lower_ == "they" for child in verb.children) and len(entities) != 2:
        return []
    return entities


def accompaniments(resolution: Resolution, dead: set[str]) -> Iterator[Pair]:
    """ "X dined with Y", "X was backstage with Y", "X swept in with Y in tow", "X is filming a
    movie with Y"; at a group activity the companions pair among themselves too. Never with
    `dead` people (`without_the_dead`)."""
    for prep in resolution.tokens:
        if prep.lower_ not in ACCOMPANIMENT_WORDS or prep.dep_ != "prep" or prep.i in resolution.quoted_tokens:
            continue
        verb = accompanied_act(prep)
        if verb is None or verb_kind(verb) is not None and prep.head is verb or not is_asserted(verb):
            continue  # social verbs take their own "with" partners in `social_acts`
        lemma = verb.lemma_.lower()
        if lemma in NOT_TOGETHER_VERBS or lemma == "be" and not place_in(verb.sent.text) or lemma in WORK_VERBS and not is_dated(verb):
            continue
        subjects = subjects_of(resolution, verb)
        partners = companions_named(resolution, prep, subjects) or listed_beside(resolution, prep)  # people and groups ("with her dancers")
        partners = without_the_dead(partners, dead, verb)
        for a in subjects:
            if a.kind == "person" and a not in partners:  # a misattached "including" can list them twice
                for b in partners:
                    yield a, b, "together", verb.sent
        if lemma in GROUP_ACTIVITIES or lemma in WORK_VERBS:  # "shooting the scenes with X and Y": X and Y too
            for a, b in combinations([entity for entity in partners if entity.kind == "person"], 2):
                yield a, b, "together", verb.sent


def companions_named(resolution: Resolution, prep: Token, subjects: list[Entity]) -> list[Entity]:
    """Who "with" names: people and groups, or the members of "the duo" / "the pair" (the two
    named before, the subjects aside: "X, who worked with the duo")."""
    found: list[Entity] = []
    for pobj in (child for child in prep.children if child.dep_ == "pobj"):
        found += collective_members(resolution, pobj, excluding=subjects) or entities_in(resolution, pobj)
    return found


def listed_beside(resolution: Resolution, prep: Token) -> list[Entity]:
    """ "seen with a few models, obviously, including X and Y": the members listed after the
    "with", wherever the parser hung the "including"."""
    listing = [token for token in prep.sent if token.i > prep.i and token.lower_ in {"including", "like"} and token.dep_ == "prep"]
    return [entity for token in listing[:1] for entity in objects_of(resolution, token)]


def accompanied_act(prep: Token) -> Token | None:
    """The act a "with" phrase accompanies: its verb, or the verb of the meal, film, record or
    talk it is attached to ("had dinner with X", "to film her movie with X", "spent twenty
    minutes trading stories with X"), or of the place the act was in ("relaxed on a lounger with X")."""
    head = prep.head
    if head.dep_ in {"acomp", "advmod"} and head.pos_ in {"ADJ", "ADV"}:  # "is backstage with X"
        head = head.head
    if head.pos_ in {"VERB", "AUX"}:
        return head
    noun = head.lemma_.lower()
    if (noun in ACCOMPANIED_NOUNS or noun in SOCIAL_NOUNS) and head.dep_ in {"dobj", "pobj", "appos"}:
        governor = head.head if head.dep_ != "pobj" else head.head.head
        return governor if governor.pos_ in {"VERB", "AUX"} else None
    if head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPOSITIONS and head.head.head.pos_ == "VERB" and not head.ent_type_:
        return head.head.head  # "relaxed on a sun lounger with X": the place's "with" is the act's
    return None


def partner_relations(resolution: Resolution) -> Iterator[Pair]:
    """ "X and her husband Y", "Miller and boyfriend Y", "his new squeeze, Y", "support wife Y",
    "X's date for the night was Y": a partner (or date) named as such was with the person whose
    partner they are."""
    for noun in resolution.tokens:
        someones_date = noun.lemma_.lower() in DATE_NOUNS and any(child.dep_ == "poss" for child in noun.children)
        if noun.lemma_.lower() not in PARTNER_NOUNS and not someones_date or noun.pos_ != "NOUN":
            continue
        word = noun.doc[noun.i : noun.i + 1]
        if named_as_absent(resolution, word) or listed_as_absent(resolution, word) or not in_the_occasion(noun) or is_former(noun):
            continue  # "arrived sans husband Y", "her husband Y stayed home", "Missing was her ex-husband, Y"
        partner = partner_named(resolution, noun)
        owner = partner_owner(resolution, noun)
        if partner is not None and owner is not None and partner is not owner:
            yield owner, partner, "partner", noun.sent


def is_former(noun: Token) -> bool:
    """ "ex-husband", "former wife", "late husband": no partner at the occasion."""
    doc = noun.doc
    hyphenated_ex = noun.i >= 2 and doc[noun.i - 1].text == "-" and doc[noun.i - 2].lower_ == "ex"
    return hyphenated_ex or any(child.dep_ == "amod" and child.lower_ in {"former", "late", "estranged"} for child in noun.children)


def partner_named(resolution: Resolution, noun: Token) -> Entity | None:
    """The name a partner noun introduces: "husband, Y" (apposition, or just after the comma when
    the parse hangs it elsewhere) or "husband Y" (compound)."""
    candidates = [child for child in noun.children if child.dep_ == "appos"]
    if noun.dep_ == "compound":
        candidates.append(noun.head)
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":  # "X's date for the night was his mother, Y"
        attributes = [child for child in noun.head.children if child.dep_ == "attr"]
        candidates += attributes + [child for attribute in attributes for child in attribute.children if child.dep_ == "appos"]
    doc = noun.doc
    if noun.i + 2 < len(doc) and doc[noun.i + 1].text == ",":
        after_comma = doc[noun.i + 2 : min(noun.i + 5, len(doc))]  # "her boyfriend, chef Luca Moretti", "…, DJ Theo Lark"
        candidates += [token for token in after_comma if resolution.token_entity.get(token.i) is not None][:1]
    for token in candidates:
        entity = resolution.entity_at(token)
        if entity is not None and entity.kind == "person":
            return entity
    return None


def partner_owner(resolution: Resolution, noun: Token) -> Entity | None:
    """Whose partner: the possessor ("her husband", "X's wife"), else the name coordinated just
    before ("X and boyfriend Y"), else the last person named before it."""
    for child in noun.children:
        if child.dep_ == "poss":
            return resolution.entity_at(child)
    named = noun.head if noun.dep_ == "compound" else noun
    if named.dep_ == "conj":
        before = [token for token in named.head.subtree if token.i < noun.i and token.dep_ in {"conj", "nsubj", "pobj", "dobj", "appos"} or token is named.head]
        for token in sorted(before, key=lambda token: -token.i):
            entity = resolution.entity_at(token)
            if entity is not None and entity.kind == "person":
                return entity
    people = [entity for _, entity in resolution.mentions_before(noun, sentences=2) if entity.kind == "person"]
    return people[-1] if people else None


def joined_stages(resolution: Resolution) -> Iterator[Pair]:
    """ "Solara showing up on Jonas Pike's stage", "Darius coming on stage in the middle of
    Norah Vale's performance", "appeared on The Prophet's debut album"."""
    for verb in resolution.tokens:
        lemma = verb.lemma_.lower()
        if lemma not in JOINING_VERBS or verb.pos_ != "VERB" or not is_asserted(verb):
            continue
        if lemma in {"show", "turn"} and not any(child.dep_ == "prt" and child.lower_ == "up" for child in verb.children):
            continue
        owners = [owner for noun in nouns_reached(verb) for owner in possessors(resolution, noun)]
        for a in subjects_of(resolution, verb):
            for b in owners:
                yield a, b, "joined on stage", verb.sent


def nouns_reached(verb: Token) -> Iterator[Token]:
    """Stage, performance and record nouns reached from the verb through at most two
    prepositions ("on X's stage", "in the middle of X's performance")."""
    stack = [(child, 1) for child in verb.children if child.dep_ == "prep"]
    while stack:
        prep, depth = stack.pop()
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            if pobj.lemma_.lower() in JOINED_NOUNS:
                yield pobj
            if depth < 2:
                stack.extend((child, depth + 1) for child in pobj.children if child.dep_ == "prep")


def possessors(resolution: Resolution, noun: Token) -> list[Entity]:
    return [entity for child in noun.children if child.dep_ == "poss" and (entity := resolution.entity_at(child)) is not None and entity.kind == "person"]


def shared_performances(resolution: Resolution) -> Iterator[Pair]:
    """ "performances from X, Y with Z" (Y and Z performed together), "collaborations from X and
    Y, plus Z and W" (X with Y, Z with W)."""
    for noun in resolution.tokens:
        lemma = noun.lemma_.lower()
        if lemma not in PERFORMANCE_NOUNS | COLLABORATION_NOUNS or noun.pos_ != "NOUN" or noun.i in resolution.quoted_tokens:
            continue
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.lower_ not in {"from", "by", "between"}:
                continue
            for pobj in (child for child in prep.children if child.dep_ == "pobj"):
                for performer in pobj.subtree:
                    yield from performer_partners(resolution, performer, noun.sent)
                if lemma in COLLABORATION_NOUNS or prep.lower_ == "between":
                    for group in coordinated_groups(pobj):
                        people = [entity for token in group if (entity := resolution.entity_at(token)) is not None]
                        for a, b in combinations(people, 2):
                            yield a, b, "performed together", noun.sent


def performer_partners(resolution: Resolution, performer: Token, sentence: Span) -> Iterator[Pair]:
    """ "X with Y", "The Lanterns featuring Z"."""
    a = resolution.entity_at(performer)
    if a is None:
        return
    for child in performer.children:
        if child.lower_ in {"with", "featuring"}:
            objects = [grandchild for grandchild in child.children if grandchild.dep_ in {"pobj", "dobj"}]
            for b in (entity for obj in objects for entity in entities_in(resolution, obj)):
                yield a, b, "performed together", sentence


def coordinated(token: Token) -> list[Token]:
    """A coordinated list in text order: "X, Y and Z"."""
    items = [token]
    for child in token.children:
        if child.dep_ == "conj":
            items += coordinated(child)
    return sorted(items, key=lambda item: item.i)


def coordinated_groups(token: Token) -> list[list[Token]]:
    """A coordinated list cut where "plus" starts a new set: "X and Y plus Z and W"."""
    doc = token.doc
    groups: list[list[Token]] = []
    previous: Token | None = None
    for item in coordinated(token):
        between = doc[previous.i + 1 : item.i] if previous is not None else doc[item.i : item.i]
        if previous is None or any(word.lower_ in SEPARATING_CONJUNCTIONS for word in between):
            groups.append([])
        groups[-1].append(item)
        previous = item
    return groups


def seen_doing_misread(resolution: Resolution) -> Iterator[Pair]:
    """ "X and Y were spotted trading phone numbers", which the small parser reads as "spotted
    [trading phone numbers]" with "trading" a noun: the -ing word is what the two were seen doing."""
    for verb in resolution.tokens:
        if verb.lemma_.lower() not in SIGHTING_VERBS or verb.i in resolution.quoted_tokens:
            continue
        if not any(child.dep_ == "nsubjpass" for child in verb.children) or not is_asserted(verb):
            continue
        for noun in (child for child in verb.children if child.dep_ == "dobj"):
            gerunds = [word for word in noun.children if word.dep_ in {"compound", "amod"} and word.lower_.endswith("ing") and word.i < noun.i]
            kind = next((misread_kind(gerund, noun) for gerund in gerunds if misread_kind(gerund, noun)), None)
            if kind is not None:
                seen = [entity for entity in subjects_of(resolution, verb) if entity.kind == "person"]
                for a, b in combinations(seen, 2):
                    yield a, b, kind, verb.sent


def misread_kind(gerund: Token, noun: Token) -> str | None:
    """The act an -ing word tagged as a noun names: "trading [phone numbers]" (a light verb, its
    kind from the object), "kissing" (a social verb)."""
    base = gerund.lower_.removesuffix("ing")
    for stem in (base, base + "e", base[:-1] if len(base) > 2 and base[-1] == base[-2] else base):
        if stem in LIGHT_VERBS:
            kind = kind_of_object(noun)
        elif stem in SOCIAL_VERBS and (stem not in OBJECT_BOUND_KINDS or noun.lemma_.lower() in OBJECT_BOUND_KINDS[stem]):
            kind = SOCIAL_VERBS[stem]
        else:
            continue
        return kind if kind in RECIPROCAL_KINDS else None  # something the two did together, not "grabbing coffee"
    return None


def posted_with_themselves(resolution: Resolution) -> Iterator[Pair]:
    """ "shared a video of himself and X belting out karaoke", "posted a photo of herself with X":
    whoever posts a picture of themselves with someone was with them. Read off the words after
    the reflexive, since the parse often hangs "X" on the next verb."""
    doc = resolution.doc
    for reflexive in resolution.tokens:
        if reflexive.lower_ not in {"himself", "herself", "themselves"} or reflexive.i in resolution.quoted_tokens:
            continue
        preposition = reflexive.head
        picture = preposition.head
        if preposition.lower_ != "of" or picture.lemma_.lower() not in POSTED_NOUNS or picture.head.pos_ != "VERB":
            continue
        posters = [entity for entity in subjects_of(resolution, picture.head) if entity.kind == "person"]
        after = doc[reflexive.i + 1 : min(reflexive.i + 5, reflexive.sent.end)]
        if not posters or not after or after[0].lower_ not in {"and", "with"}:
            continue
        partner = next((resolution.token_entity[token.i] for token in after if token.i in resolution.token_entity), None)
        if partner is not None and partner.kind == "person":
            yield posters[0], partner, "pictured together", reflexive.sent


def dinner_guests(resolution: Resolution) -> Iterator[Pair]:
    """ "X hosted an intimate dinner … Guests included A and her husband, B, as well as C":
    everyone at the table, the host included, shared the meal."""
    for verb in resolution.tokens:
        if verb.lemma_.lower() != "include" or verb.i in resolution.quoted_tokens:
            continue
        if not any(child.dep_ == "nsubj" and child.lower_ in GUEST_NOUNS for child in verb.children):
            continue
        host = meal_host(resolution, verb)
        listed = (resolution.token_entity.get(token.i) for token in verb.sent if token.i > verb.i and token.i not in resolution.quoted_tokens)
        guests = [entity for entity in listed if entity is not None and entity.kind == "person"]  # the rest of the sentence is the list
        if host is None or not guests:
            continue
        for a, b in combinations(list(dict.fromkeys([host, *guests])), 2):
            yield a, b, "dined", verb.sent


def meal_host(resolution: Resolution, verb: Token) -> Entity | None:
    """Who hosted a meal in the verb's sentence or the one before ("hosted an intimate dinner")."""
    doc = resolution.doc
    start = doc[verb.sent.start - 1].sent.start if verb.sent.start > 0 else verb.sent.start
    for meal in doc[start : verb.sent.end]:
        if meal.lemma_.lower() in MEAL_NOUNS and meal.dep_ == "dobj" and meal.head.lemma_.lower() in HOSTING_VERBS:
            hosts = [entity for entity in subjects_of(resolution, meal.head) if entity.kind == "person"]
            if hosts:
                return hosts[0]
    return None


def first_person_acts(resolution: Resolution, quotes: list[Quote]) -> Iterator[Pair]:
    """ "When I first met her husband [X]…," said Y: "I" in a quote is its speaker."""
    speakers = {entity.name: entity for entity in resolution.people()}
    for quote in quotes:
        speaker = speakers.get(quote.speaker or "")
        span = resolution.doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if speaker is None or span is None:
            continue
        for verb in span:
            kind = verb_kind(verb)
            if kind and is_asserted(verb) and any(child.dep_ == "nsubj" and child.lower_ == "i" for child in verb.children):
                for partner in partners_of(resolution, verb):
                    yield speaker, partner, kind, verb.sent


def addressed_quotes(resolution: Resolution, quotes: list[Quote]) -> Iterator[Interaction]:
    doc = resolution.doc
    for quote in quotes:
        if quote.speaker and quote.addressee and quote.speaker != quote.addressee:
            span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
            sentence = span[0].sent if span is not None else None
            start = sentence.start_char if sentence is not None else quote.start
            yield Interaction(quote.speaker, quote.addressee, "talked", start, quote.end)


def extract_interactions(resolution: Resolution, quotes: list[Quote]) -> list[Interaction]:
    found: dict[frozenset[str], Interaction] = {}
    dead = the_dead(resolution)
    rules = (partner_relations, joined_stages, shared_performances, dinner_guests, posted_with_themselves, seen_doing_misread)
    found_pairs = [
        *social_acts(resolution, dead),
        *accompaniments(resolution, dead),
        *(pair for rule in rules for pair in rule(resolution)),
        *first_person_acts(resolution, quotes),
    ]
    presiding = presiding_names(resolution)
    for a, b, kind, sentence in found_pairs:
        if a is b or a.name == b.name or kind == "talked" and {a.name, b.name} & presiding or in_page_furniture(resolution, sentence):
            continue
        key = frozenset({a.name, b.name})
        if key not in found:
            found[key] = Interaction(a.name, b.name, kind, sentence.start_char, sentence.end_char)
        elif kind not in kinds_of(found[key]):  # "worked together, met": every act the text gives them
            found[key].kind += f", {kind}"
    for interaction in addressed_quotes(resolution, quotes):
        if not {interaction.a, interaction.b} & presiding:
            found.setdefault(frozenset({interaction.a, interaction.b}), interaction)
    return list(found.values())


def presiding_names(resolution: Resolution) -> set[str]:
    """Judges and magistrates: what they tell the dock is sentencing, which the annotation rules
    do not count as an interaction."""
    return {entity.name for entity in resolution.people() if titles_of(resolution, entity) & PRESIDING_TITLES}


def kinds_of(interaction: Interaction) -> list[str]:
    return interaction.kind.split(", ")


def extract_colocations(resolution: Resolution, interactions: list[Interaction]) -> list[Colocation]:
    """Pairs placed side by side: "X sat next to Y", "X's and Y's dressing rooms were next to one
    another", and "Next to that? Z." after a sentence about someone's place."""
    doc = resolution.doc
    interacting = {frozenset({i.a, i.b}) for i in interactions}
    found: dict[frozenset[str], Colocation] = {}
    sentences = list(doc.sents)
    for position, sentence in enumerate(sentences):
        proximity = next((token for token in sentence if is_proximity(token)), None)
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


def is_proximity(token: Token) -> bool:
    """ "next to", "next door", "beside", "neighbouring": side by side — not "next year"."""
    if token.lower_ == "next":
        return token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ in {"to", "door"}
    return token.lower_ in PROXIMITY_WORDS


def sentence_entities(resolution: Resolution, sentence: Span) -> list[Entity]:
    entities: list[Entity] = []
    for token in sentence:
        entity = resolution.token_entity.get(token.i)
        if entity is not None and entity.kind == "person" and entity not in entities:
            entities.append(entity)
    return entities
