"""Extract quotes: quoted passages → `Quote` records with speaker and addressee.

In: the `Resolution` of the article and its double-quoted passages (`segment.find_quoted`).
Out: one `Quote` per passage that is someone's words, with the canonical speaker and addressee or
None. Titles, nicknames, names of things and scare quotes are dropped first (`is_speech`).

Attribution sieves after the two-stage sieve approach to quote attribution (EACL 2017), most
precise first:
1. colon introductions, on the line or ending the paragraph before: `X said: "…"` (the verb's
   subject), `X to Y: "…"`, a bare `Y: "…"` reply;
2. a speech verb right after a closed passage: `"…," X told Y`, `"…," said X`, `"…" asked X`;
3. a speech verb before it in the same sentence: `To which Z replied, "…"`, `described him as "…"`;
4. `according to X`;
5. a passage in the sentence of the quote before it shares that quote's speaker;
6. any cue verb of the sentence whose subject is named, or reached through "by saying";
7. a passage with no attribution continues the quote before it in the same or previous block.
The source of a cue is a noun phrase: a name in it is the speaker; a pronoun or a role description
("she said", "said the director") is the most salient person before it (`salient_person`); a
common noun ("a publicist", "police") is an unnamed speaker, None. A reply is addressed to the
previous speaker.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from spotted.lexicon import FEMALE_ROLE_NOUNS, MALE_ROLE_NOUNS, ROLE_NOUNS, SPEECH_VERBS
from spotted.resolve import (
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
    PERSON_PRONOUNS,
    SUBJECT_DEPS,
    Entity,
    Resolution,
    is_age_description,
    is_subject_or_its_owner,
)
from spotted.segment import Block, Quoted, block_of, text_of
from spotted.types import Quote

REPLY_VERBS = {"reply", "respond", "answer", "retort", "counter", "fire"}
# Verbs that present quoted words as someone's, fragments included: felt there "might well be" a
# sweep, thanked fans for enduring "rubbish gigs", calling him "an icon".
CUE_VERBS = SPEECH_VERBS | frozenset(
    "call feel think believe thank inform praise hail brand label warn urge predict promise suggest "
    "argue complain accuse criticise criticize vow comment remark stress acknowledge concede "
    "maintain observe mention lament rave dismiss welcome caption".split()
)
# Verbs whose "at Y" is the person addressed: "shouted at Y", "snapped at Y".
AT_ADDRESSING_VERBS = frozenset("shout yell scream snap bark holler bellow hiss snarl".split())
# A toast: raised a glass to "…", proposed a toast to "…".
TOAST_VERBS = frozenset("raise lift propose make give".split())
TOAST_OBJECTS = frozenset({"glass", "glasses", "toast"})
# A word right before the marks that makes a title-cased passage a title or a name: the film
# "Harbor Lights", dubbed "The Night of the Long Lenses" (but: the show "a disaster").
TITLE_CUES = {"song", "songs", "single", "album", "film", "movie", "show", "series", "titled", "called", "named", "hit", "track", "tune", "book", "play", "dubbed", "nicknamed", "anthem", "performance", "video"}
# Singing or performing words make any short passage a song: sang "happy birthday".
SINGING_CUES = {"singing", "sang", "sing", "sings", "performing", "performed", "chanting", "chanted"}
# A noun right after the marks that the passage names a work for: the "Galaxy Riders!" star, her
# "Blue Hour" album.
TITLE_FOLLOWERS = frozenset("album song single track film movie show series book play video tour episode cast trailer soundtrack franchise premiere co-stars costars stars".split()) | ROLE_NOUNS
ADDRESSEE_DEPS = {"dobj", "dative", "obj", "iobj"}
# Verbs whose object is the person spoken to ("told Reyes"); for others only "to Y" is ("said to Y").
ADDRESSING_VERBS = {"tell", "ask", "inform", "thank", "assure", "warn", "urge", "remind", "beg", "answer", "congratulate", "greet"}
# Dependents that hang a second noun phrase off a speaker's phrase: "a member [of X's entourage]".
MODIFIER_DEPS = {"poss", "prep", "relcl", "acl", "advcl", "case", "punct", "cc"}
CONVERSATION_NOUNS = {"interview", "conversation", "chat", "talk", "exchange", "call"}
RELATIVE_PRONOUNS = {"who", "that", "which"}


@dataclass
class Said:
    """A quote already attributed: where it is and the entity it was given to."""

    span: Span
    speaker: Entity | None
    block: Block | None


class History:
    """The quotes attributed so far, and the referent found for each pronoun or description."""

    def __init__(self) -> None:
        self.said: list[Said] = []
        self.referents: dict[int, Entity | None] = {}

    @property
    def last(self) -> Said | None:
        return self.said[-1] if self.said else None


@dataclass
class Attribution:
    cue: str | None
    speaker: Entity | None
    addressee: Entity | None = None
    replying: bool = False


def extract_quotes(resolution: Resolution, quoted: list[Quoted]) -> list[Quote]:
    doc = resolution.doc
    quotes: list[Quote] = []
    history = History()
    speech_sentences: set[int] = set()
    for passage in quoted:
        span = doc.char_span(passage.start, passage.end, alignment_mode="expand")
        if span is None or not is_speech(resolution, passage, span, speech_sentences):
            continue
        speech_sentences.add(span[0].sent.start)
        block = block_of(resolution.blocks, passage.start)
        attribution = attribute(resolution, passage, span, history) or continuation(resolution, block, history)
        attribution = attribution or Attribution(None, None)
        previous = history.last
        if attribution.replying and attribution.addressee is None and is_near(resolution, previous, block) and previous.speaker is not attribution.speaker:
            attribution.addressee = previous.speaker
        quotes.append(Quote(text_of(doc)[passage.start : passage.end], name(attribution.speaker), name(attribution.addressee), passage.start, passage.end, attribution.cue))
        history.said.append(Said(span, attribution.speaker, block))
    return quotes


def name(entity: Entity | None) -> str | None:
    return entity.name if entity is not None else None


def continuation(resolution: Resolution, block: Block | None, history: History) -> Attribution | None:
    """A passage with no attribution of its own goes on with the quote before it, in its block or
    the one before (news style reopens a quotation at each sentence or paragraph)."""
    previous = history.last
    if is_near(resolution, previous, block):
        return Attribution("continues the previous quote", previous.speaker)
    return None


def is_near(resolution: Resolution, previous: Said | None, block: Block | None) -> bool:
    """Whether the quote before is in `block` or in the block just before it."""
    if previous is None or block is None or previous.block is None:
        return False
    blocks = resolution.blocks
    return block is previous.block or blocks.index(block) - blocks.index(previous.block) == 1


# ---------------------------------------------------------------------------------------------
# Which passages are speech


def is_speech(resolution: Resolution, passage: Quoted, span: Span, speech_sentences: set[int]) -> bool:
    """Someone's words, not a title ("Glass Orbit"), a nickname, a thing's name or a scare quote."""
    doc = resolution.doc
    words = [token for token in span if not token.is_punct]
    if not words or is_named_by_context(doc, span, words):
        return False
    if is_directly_attributed(doc, passage, span) or len(words) > 6:
        return True
    if looks_like_title(words):
        return False
    if span[0].sent.start in speech_sentences:
        return True  # "… had "turned her life around" and she was "clean and sober""
    if modifies_next_noun(doc, span):
        return False  # the "apprehended violence" orders
    if has_cue_verb(resolution, span):
        return True
    return span.text[-1] in ".,!?" or len(words) > 3


def is_named_by_context(doc: Doc, span: Span, words: list[Token]) -> bool:
    """A title word or "so-called" before the marks, a work noun after them, or a nickname inside
    a full name."""
    if len(words) > 6 and not looks_like_title(words):
        return False
    before, after = outer_tokens(doc, span)
    word_before = doc[before] if before >= 0 else None
    word_after = doc[after] if after < len(doc) else None
    if text_of(doc)[max(0, span.start_char - 12) : span.start_char].rstrip(' "').lower().endswith("so-called"):
        return True  # the so-called "golden era": a scare quote by definition
    if word_before is not None and (word_before.lower_ in SINGING_CUES or word_before.lower_ in TITLE_CUES and looks_like_title(words)):
        return True
    if word_after is not None and word_after.lower_ in TITLE_FOLLOWERS and span.text[-1] not in ".,":
        return True
    return word_before is not None and word_after is not None and is_name_word(word_before) and is_name_word(word_after) and looks_like_title(words)


def is_name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper()


def looks_like_title(words: list[Token]) -> bool:
    """Title case: the first word and every word of four letters or more capitalised."""
    alphabetic = [token for token in words if token.is_alpha]
    if not alphabetic or not alphabetic[0].text[0].isupper():
        return False
    return all(token.text[0].isupper() for token in alphabetic if len(token.text) >= 4)


def is_directly_attributed(doc: Doc, passage: Quoted, span: Span) -> bool:
    """A colon or a speech verb right before the marks, or a speech verb right after them."""
    before, after = outer_tokens(doc, span)
    if introducing_colon(doc, span) is not None:
        return True
    if before >= 0 and (is_speech_verb(doc[before]) or doc[before].text == "," and before > 0 and is_speech_verb(doc[before - 1])):
        return True
    if not passage.closed:
        return False
    for token in doc[after : min(after + 3, len(doc))]:
        if token.is_punct or token.is_space:
            return False
        if is_speech_verb(token):
            return True
    return False


def modifies_next_noun(doc: Doc, span: Span) -> bool:
    _, after = outer_tokens(doc, span)
    return after < len(doc) and doc[after].pos_ == "NOUN" and span.text[-1].isalnum()


def has_cue_verb(resolution: Resolution, span: Span) -> bool:
    """A speech or opinion verb in the passage's sentence, outside any quotation."""
    sentence = span[0].sent
    return any(is_cue_verb(token) and token.i not in resolution.quoted_tokens for token in sentence if not span.start <= token.i < span.end)


def is_speech_verb(token: Token) -> bool:
    return token.lemma_.lower() in SPEECH_VERBS and token.pos_ in {"VERB", "AUX"}


def is_cue_verb(token: Token) -> bool:
    return token.pos_ in {"VERB", "AUX"} and (token.lemma_.lower() in CUE_VERBS or is_toast(token))


def is_toast(verb: Token) -> bool:
    """ "raised a glass to "…"", "proposed a toast to "…"": the words after it are a toast."""
    return verb.lemma_.lower() in TOAST_VERBS and any(child.dep_ == "dobj" and child.lemma_.lower() in TOAST_OBJECTS for child in verb.children)


def outer_tokens(doc: Doc, span: Span) -> tuple[int, int]:
    """Token indices just outside the quote marks around `span`."""
    start = skip_spaces(doc, span.start - 1, -1)
    if start >= 0 and doc[start].is_quote:
        start = skip_spaces(doc, start - 1, -1)
    end = skip_spaces(doc, span.end, 1)
    if end < len(doc) and doc[end].is_quote:
        end = skip_spaces(doc, end + 1, 1)
    return start, end


def skip_spaces(doc: Doc, index: int, step: int) -> int:
    """The first token from `index` in direction `step` that is not white space within a line."""
    while 0 <= index < len(doc) and doc[index].is_space and "\n" not in doc[index].text:
        index += step
    return index


# ---------------------------------------------------------------------------------------------
# Who said it


def attribute(resolution: Resolution, passage: Quoted, span: Span, history: History) -> Attribution | None:
    sieves = (colon_introduction, verb_after, verb_before, according_to, same_sentence, verb_in_sentence)
    for sieve in sieves:
        found = sieve(resolution, passage, span, history)
        if found is not None:
            return found
    return None


def introducing_colon(doc: Doc, span: Span) -> int | None:
    """The colon that introduces the passage, on its line or ending the paragraph before it."""
    index = span.start - 1
    if index >= 0 and doc[index].is_quote:
        index -= 1
    while index >= 0 and doc[index].is_space:
        index -= 1
    return index if index >= 0 and doc[index].text == ":" else None


def colon_introduction(resolution: Resolution, passage: Quoted, span: Span, history: History) -> Attribution | None:
    """`Ayla Brooks said: "…"` (the verb's subject), or the dialogue forms `X to Y: "…"`, `Y: "…"`;
    the colon may end the paragraph before the quotation."""
    doc = resolution.doc
    before = introducing_colon(doc, span)
    if before is None:
        return None
    intro = doc[doc[before].sent.start : before]
    verb = next((token for token in reversed(intro) if is_cue_verb(token) and token.i not in resolution.quoted_tokens), None)
    if verb is not None:
        found = speech_verb_attribution(resolution, verb, history, "speech verb before a colon")
        if found is not None:
            return found
    return dialogue_colon(resolution, intro)


def dialogue_colon(resolution: Resolution, intro: Span) -> Attribution | None:
    doc = resolution.doc
    people = [(token.i, resolution.token_entity[token.i]) for token in intro if token.i in resolution.token_entity]
    if not people:
        return None
    speaker = people[0][1]
    addressee = None
    for index, entity in people[1:]:
        if entity is not speaker and doc[index - 1].lower_ == "to" and index - 1 < people[0][0] + 8:
            addressee = entity
            break
    # A bare "Y:" answers the previous turn.
    return Attribution("dialogue colon", speaker, addressee, replying=addressee is None and len(intro) <= 3)


def verb_after(resolution: Resolution, passage: Quoted, span: Span, history: History) -> Attribution | None:
    """`"…," X told Y` / `"…" a publicist said` / `"…," said X`: a speech verb within a few words
    after a closed passage; its source is the phrase between the marks and the verb, or after the verb."""
    if not passage.closed:
        return None  # an unclosed passage runs to its paragraph's end or to the next quotation
    doc = resolution.doc
    _, after = outer_tokens(doc, span)
    window = doc[after : min(after + 8, len(doc))]
    for offset, token in enumerate(window):
        if token.is_quote or "\n" in token.text or token.text in {".", "!", "?", ";"}:
            return None
        if is_speech_verb(token):
            return attribution_after(resolution, span, token, list(window[:offset]), history)
    return None


def attribution_after(resolution: Resolution, span: Span, verb: Token, between: list[Token], history: History) -> Attribution | None:
    """`"…," PHRASE said` or `"…," said PHRASE`, where the verb takes the quotation as its
    complement: no clause of its own follows it (`"…." Her daughter said she was …` starts anew)."""
    if any(child.dep_ in {"ccomp", "xcomp"} and child.i > verb.i for child in verb.children):
        return None
    phrase = [token for token in between if not token.is_punct]
    if not phrase:
        phrase = phrase_after(resolution.doc, verb)
    if not any(token.pos_ in {"NOUN", "PROPN", "PRON"} for token in phrase):
        return None
    speaker = referent_of_phrase(resolution, phrase, history)
    addressee = addressee_of_verb(resolution, verb, speaker, history)
    return Attribution("speech verb after", speaker, addressee, verb.lemma_.lower() in REPLY_VERBS)


def phrase_after(doc: Doc, verb: Token) -> list[Token]:
    """The noun phrase right after an inverted speech verb: said [the director] behind Harbor Lights."""
    phrase: list[Token] = []
    for token in doc[verb.i + 1 : min(verb.i + 9, len(doc))]:
        if token.is_punct and token.text not in {"'", "-"} or token.is_space or token.pos_ in {"ADP", "VERB", "AUX"} and token.text not in {"'s", "'"}:
            break
        phrase.append(token)
    return phrase


def verb_before(resolution: Resolution, passage: Quoted, span: Span, history: History) -> Attribution | None:
    """`To which Z replied, "…"` / `described him as a "…"`: the nearest cue verb before the
    passage in its sentence, with no other quotation between."""
    doc = resolution.doc
    before, _ = outer_tokens(doc, span)
    if before < 0 or "\n" in doc[before].text:
        return None
    for token in reversed(doc[doc[before].sent.start : before + 1]):
        if token.is_quote or token.i in resolution.quoted_tokens:
            return None
        if is_cue_verb(token):
            return speech_verb_attribution(resolution, token, history, "speech verb before")
    return None


def according_to(resolution: Resolution, passage: Quoted, span: Span, history: History) -> Attribution | None:
    """ "…", according to X: X, or an unnamed source when X is not a person's name."""
    for token in span[0].sent:
        if token.lower_ == "according" and token.i not in resolution.quoted_tokens and token.i + 1 < len(token.doc) and token.nbor().lower_ == "to":
            source = next((child for child in token.nbor().children if child.dep_ == "pobj"), None)
            if source is not None:
                return Attribution("according to", referent_of_phrase(resolution, noun_phrase(source), history))
    return None


def same_sentence(resolution: Resolution, passage: Quoted, span: Span, history: History) -> Attribution | None:
    """Two quotations in one sentence with no cue between them have one source."""
    previous = history.last
    if previous is not None and previous.span[0].sent.start == span[0].sent.start:
        return Attribution("shares the sentence of the quote before", previous.speaker)
    return None


def verb_in_sentence(resolution: Resolution, passage: Quoted, span: Span, history: History) -> Attribution | None:
    """Any cue verb of the quote's sentence outside quotations, e.g. "ended … by saying "…"". """
    for token in span[0].sent:
        if token.i in resolution.quoted_tokens or span.start <= token.i < span.end or not is_cue_verb(token):
            continue
        found = speech_verb_attribution(resolution, token, history, "speech verb in sentence")
        if found is not None and found.speaker is not None:
            return found
    return None


def speech_verb_attribution(resolution: Resolution, verb: Token, history: History, cue: str) -> Attribution | None:
    """The verb's source as the speaker; None when the verb has no source at all."""
    source = source_of_verb(resolution, verb)
    if source is None:
        return None
    speaker = referent_of_phrase(resolution, source, history) if source else None
    addressee = addressee_of_verb(resolution, verb, speaker, history)
    return Attribution(cue, speaker, addressee, verb.lemma_.lower() in REPLY_VERBS)


def source_of_verb(resolution: Resolution, verb: Token) -> list[Token] | None:
    """The noun phrase that says the verb's words; [] for a passive with no agent ("was described
    as"), None when the parse gives no source.

    The subject, outside quotations; the antecedent of "who"; the agent of a passive; the object
    that controls "leading him to quip"; the source of the verb it hangs from ("by saying"); else
    the subject of the sentence's main clause.
    """
    if is_passive(verb):
        agent = next((child for child in verb.children if child.dep_ == "agent"), None)
        agent = agent or next((token for token in verb.subtree if token.lower_ == "by" and token.dep_ == "prep" and token.i not in resolution.quoted_tokens), None)
        objects = [child for child in agent.children if child.dep_ == "pobj"] if agent is not None else []
        return noun_phrase(objects[0]) if objects else []
    subjects = [child for child in verb.children if child.dep_ == "nsubj" and child.i not in resolution.quoted_tokens]
    if subjects and subjects[0].lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return noun_phrase(verb.head)
    if subjects:  # the parse may split "Brooks's lawyer Hal Denton" into two subjects
        return sorted((token for subject in subjects for token in subject.subtree), key=lambda token: token.i)
    head = verb.head
    controller = next((child for child in head.children if child.dep_ == "dobj"), None) if is_infinitive(verb) else None
    if controller is not None and (controller.lower_ in PERSON_PRONOUNS or controller.i in resolution.token_entity):
        return noun_phrase(controller)
    if verb.dep_ in {"xcomp", "advcl", "pcomp", "conj", "acl"} and head.i != verb.i:
        while head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i:
            head = head.head
        if head.i != verb.i:
            return source_of_verb(resolution, head)
    return main_subject_before(verb)


def main_subject_before(verb: Token) -> list[Token] | None:
    """When the parse leaves a verb without a subject ("The band - whose LP was … - thanked"), the
    subject of its sentence's main clause, or a noun the parse made the root, if it comes first."""
    root = verb.sent.root
    if root.pos_ in {"NOUN", "PROPN", "PRON"} and root.i < verb.i:
        return noun_phrase(root)
    subject = next((child for child in root.children if child.dep_ == "nsubj" and child.i < verb.i), None)
    return noun_phrase(subject) if subject is not None and root.i != verb.i else None


def is_infinitive(verb: Token) -> bool:
    return verb.dep_ in {"xcomp", "advcl"} and any(child.lower_ == "to" and child.dep_ == "aux" for child in verb.children)


def is_passive(verb: Token) -> bool:
    return any(child.dep_ in {"nsubjpass", "auxpass"} for child in verb.children)


def noun_phrase(head: Token) -> list[Token]:
    return list(head.subtree)


def addressee_of_verb(resolution: Resolution, verb: Token, speaker: Entity | None, history: History) -> Entity | None:
    """`told Y`, `said to Y`, `gushed to Y`, or the person of an interview the verb ends: "ended
    her interview with Y by saying". A pronoun ("told her") is the most salient person other
    than the speaker."""
    for target in addressed_tokens(verb):
        if target.i in resolution.quoted_tokens:
            continue
        if target.lower_ in PERSON_PRONOUNS:
            entity = salient_person(resolution, target, history, other_than=speaker)
        else:
            entity = resolution.entity_at(target)
        if entity is not None and entity is not speaker:
            return entity
    return (
        conversation_partner(resolution, verb, speaker)
        or arrival_addressed(resolution, verb, speaker)
        or turned_to(resolution, verb, speaker, history)
    )


def turned_to(resolution: Resolution, verb: Token, speaker: Entity | None, history: History) -> Entity | None:
    """ "turned to Y and said", "throwing the book at her and saying": whom the act the speech
    verb is coordinated with was aimed at; a pronoun only when its referent's gender fits."""
    if verb.dep_ != "conj":
        return None
    aimed = [pobj for prep in verb.head.children if prep.dep_ == "prep" and prep.lower_ in {"to", "at"} for pobj in prep.children if pobj.dep_ == "pobj"]
    for target in aimed:
        if target.i in resolution.quoted_tokens:
            continue
        if target.lower_ in PERSON_PRONOUNS:
            entity = salient_person(resolution, target, history, other_than=speaker)
            entity = entity if entity is not None and fits(entity, target) and entity.gender is not None else None
        else:
            entity = resolution.entity_at(target)
        if entity is not None and entity.kind == "person" and entity is not speaker:
            return entity
    return None


def arrival_addressed(resolution: Resolution, verb: Token, speaker: Entity | None) -> Entity | None:
    """ "When Y walked past, he bowed and shouted, '…'": the one person whose arrival or passing
    the speech answers, named as the subject of a "when" clause on the verb (or on the verb it
    is coordinated with)."""
    heads = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    clauses = [child for head in heads for child in head.children if child.dep_ == "advcl"]
    for clause in clauses:
        if not any(child.lower_ in {"when", "as"} for child in clause.children if child.dep_ in {"advmod", "mark"}):
            continue
        subjects = [resolution.entity_at(child) for child in clause.children if child.dep_ == "nsubj"]
        people = [entity for entity in subjects if entity is not None and entity.kind == "person" and entity is not speaker]
        if len(people) == 1:
            return people[0]
    return None


def addressed_tokens(verb: Token) -> list[Token]:
    """The object of a verb of telling, the object of "to" on the verb ("at" on a shout), or a
    "to Y" right after it."""
    targets = [child for child in verb.children if child.dep_ in ADDRESSEE_DEPS and verb.lemma_.lower() in ADDRESSING_VERBS]
    for child in verb.children:
        at_addressed = child.lower_ == "at" and verb.lemma_.lower() in AT_ADDRESSING_VERBS
        if child.dep_ == "prep" and (child.lower_ == "to" or at_addressed):
            targets.extend(grandchild for grandchild in child.children if grandchild.dep_ == "pobj")
    following = verb.doc[verb.i + 1 : verb.i + 3]
    if len(following) == 2 and following[0].lower_ == "to":
        targets.append(following[1])
    return targets


def conversation_partner(resolution: Resolution, verb: Token, speaker: Entity | None) -> Entity | None:
    governing = verb
    while governing.pos_ not in {"VERB", "AUX"} or governing.i == verb.i:
        if governing.head.i == governing.i:
            return None
        governing = governing.head
    for noun in governing.children:
        if noun.dep_ == "dobj" and noun.lemma_.lower() in CONVERSATION_NOUNS:
            for prep in noun.children:
                if prep.dep_ == "prep" and prep.lower_ == "with":
                    partner = next((resolution.entity_at(c) for c in prep.children if c.dep_ == "pobj"), None)
                    if partner is not None and partner is not speaker:
                        return partner
    return None


# ---------------------------------------------------------------------------------------------
# From a source phrase to an entity


def referent_of_phrase(resolution: Resolution, phrase: list[Token], history: History) -> Entity | None:
    """The entity a source phrase names: a name in its core, else the referent of a pronoun or of
    a role description ("the director"); None for an unnamed source ("a member of X's entourage")."""
    core = core_tokens(phrase)
    for token in core:
        if is_name_token(resolution, token):
            return resolution.token_entity[token.i]
    for token in core:
        if token.lower_ in PERSON_PRONOUNS:
            return salient_person(resolution, token, history)
        if token.lower_ in {"they", "them"}:
            return resolution.entity_at(token)
        if is_role_description(token):
            return resolution.token_entity.get(token.i) or salient_person(resolution, token, history)
    return None


def core_tokens(phrase: list[Token]) -> list[Token]:
    """The phrase less what hangs off it inside it: possessors ("Brooks's publicist"),
    prepositional phrases ("a member of …"), relative clauses and punctuation."""
    inside = {token.i for token in phrase}
    core = []
    for token in phrase:
        node = token
        while node.head.i in inside and node.head.i != node.i and node.dep_ not in MODIFIER_DEPS:
            node = node.head
        if node.head.i not in inside or node.head.i == node.i:
            core.append(token)
    return core


def is_name_token(resolution: Resolution, token: Token) -> bool:
    entity = resolution.token_entity.get(token.i)
    return entity is not None and (token.text[:1].isupper() or token.text[:1].isdigit()) and token.lower_ not in ROLE_NOUNS and token.pos_ != "DET"


def is_role_description(token: Token) -> bool:
    """ "the director", "the actor", "the Harbor Nights frontman", "the 29-year-old"."""
    if is_age_description(token):
        return True
    return token.lower_ in ROLE_NOUNS and any(child.lower_ in {"the", "this"} for child in token.children)


def salient_person(resolution: Resolution, token: Token, history: History, other_than: Entity | None = None) -> Entity | None:
    """The person a pronoun or a role description stands for: walking back sentence by sentence
    (its own sentence first, up to two paragraphs back), the speaker of a quote there, else the
    subject of a speech verb, of the main verb, of any verb; failing all, the nearest person named
    outside quotations. Names inside quotations are never referents: they are the speaker's words.
    An addressee ("told her") is never the speaker, `other_than`. Found once per token."""
    if token.i not in history.referents:
        history.referents[token.i] = None  # a reference that leads back to itself finds nobody
        history.referents[token.i] = most_salient_person(resolution, token, history, other_than)
    return history.referents[token.i]


def most_salient_person(resolution: Resolution, token: Token, history: History, other_than: Entity | None) -> Entity | None:
    """The first candidate whose gender fits; when none does, the first candidate at all, since
    a gender guessed from the text can be wrong."""
    sentences = window(resolution, token)
    earlier = same_description_before(resolution, token, sentences)
    if earlier is not None:
        return resolution.token_entity.get(earlier.i) or salient_person(resolution, earlier, history)
    first_person = None
    for entity in salience_order(resolution, token, sentences, history):
        if entity.kind != "person" or entity is other_than:
            continue
        if fits(entity, token):
            return entity
        first_person = first_person or entity
    return first_person


def same_description_before(resolution: Resolution, token: Token, sentences: list[Span]) -> Token | None:
    """An earlier "the actor" for "the actor": a repeated description keeps its referent."""
    if not is_role_description(token):
        return None
    for sentence in sentences:
        for other in reversed(sentence):
            if other.i < token.i and other.lower_ == token.lower_ and is_role_description(other) and other.i not in resolution.quoted_tokens:
                return other
    return None


def salience_order(resolution: Resolution, token: Token, sentences: list[Span], history: History) -> Iterator[Entity]:
    for position, sentence in enumerate(sentences):
        end = token.i if position == 0 else sentence.end
        for candidate in candidates_in(resolution, sentence, end, history, nearest_first=position == 0):
            entity = candidate if isinstance(candidate, Entity) else referent_of_phrase(resolution, noun_phrase(candidate), history)
            if entity is not None:
                yield entity
    yield from named_before(resolution, token, sentences)


def named_before(resolution: Resolution, token: Token, sentences: list[Span]) -> Iterator[Entity]:
    """Everyone named outside quotations, nearest first."""
    for sentence in sentences:
        end = min(token.i, sentence.end)
        for index in range(end - 1, sentence.start - 1, -1):
            if index in resolution.token_entity and index not in resolution.quoted_tokens:
                yield resolution.token_entity[index]


def window(resolution: Resolution, token: Token, most: int = 8) -> list[Span]:
    """The sentences from `token`'s back to two blocks before its own, newest first."""
    doc = resolution.doc
    block = block_of(resolution.blocks, token.idx)
    floor = 0
    if block is not None:
        position = resolution.blocks.index(block)
        floor = resolution.blocks[max(0, position - 2)].start
    sentences = [sentence for sentence in doc.sents if sentence.start <= token.i and sentence.end_char > floor]
    return list(reversed(sentences))[:most]


def candidates_in(resolution: Resolution, sentence: Span, end: int, history: History, nearest_first: bool) -> list[Entity | Token]:
    """Speakers of the quotes in the sentence, then subjects outside quotations (and the owner of
    a subject: "Sam's manager said …"): in the pronoun's own sentence the nearest first; in an
    earlier one a speech verb's subject, the main verb's, any other, then anyone named there."""
    spoken = [(said.span.start, said.speaker) for said in history.said if sentence.start <= said.span.start < end and said.speaker is not None]
    subjects = [token for token in sentence if token.i < end and is_subject_or_its_owner(token) and token.i not in resolution.quoted_tokens]
    if nearest_first:
        by_position = spoken + [(subject.i, subject) for subject in subjects]
        return [candidate for _, candidate in sorted(by_position, key=lambda item: -item[0])]
    subjects.sort(key=lambda subject: (not is_cue_verb(clause_verb(subject)), clause_verb(subject).dep_ != "ROOT", subject.dep_ == "poss", -subject.i))
    named = [resolution.token_entity[token.i] for token in sentence if token.i in resolution.token_entity and token.i not in resolution.quoted_tokens]
    return [speaker for _, speaker in reversed(spoken)] + subjects + named


def clause_verb(subject: Token) -> Token:
    return subject.head if subject.dep_ in SUBJECT_DEPS else subject.head.head


def fits(entity: Entity, token: Token) -> bool:
    """Whether the person's known gender does not contradict the pronoun or the role noun."""
    word = token.lower_
    wanted = "male" if word in MALE_PRONOUNS or word in MALE_ROLE_NOUNS else "female" if word in FEMALE_PRONOUNS or word in FEMALE_ROLE_NOUNS else None
    if wanted is None:
        return True
    return entity.gender in {wanted, None}
