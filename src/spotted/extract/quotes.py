"""Extract quotes: quoted passages → `Quote` records with speaker and addressee.

In: the `Resolution` of the article and its double-quoted passages (`segment.find_quoted`).
Out: one `Quote` per passage that is someone's words (titles and scare quotes dropped), with the
canonical speaker and addressee or None. Sieves after Muzny et al. (2017), most precise first:
1. colon introductions: `X to Y: "…"`, a bare `Y: "…"` reply;
2. a speech verb right after the passage: `"…," X told Y`, `"…" X exclaimed`, `"…," said X`;
3. a speech verb before it in the same sentence: `To which Z replied, "…"`, `X said: "…"`;
4. any speech verb of the sentence whose subject is named, or reached through "by saying";
5. a passage with no attribution continues the quote before it in the same or previous block.
A reply ("replied", a bare `Y:` answer) is addressed to the previous speaker.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from spotted.lexicon import SPEECH_VERBS
from spotted.resolve import Entity, Resolution
from spotted.segment import Quoted, block_of
from spotted.types import Quote

REPLY_VERBS = {"reply", "respond", "answer", "retort", "counter", "fire"}
TITLE_CUES = {"singing", "sang", "sing", "song", "songs", "single", "album", "film", "movie", "show", "series", "titled", "called", "named", "hit", "track", "tune", "book", "play", "dubbed", "nicknamed", "track", "anthem", "performance", "performing", "performed", "video"}
ADDRESSEE_DEPS = {"dobj", "dative", "obj", "iobj"}


def extract_quotes(resolution: Resolution, quoted: list[Quoted]) -> list[Quote]:
    doc = resolution.doc
    quotes: list[Quote] = []
    previous: Quote | None = None
    previous_block = None
    for passage in quoted:
        span = doc.char_span(passage.start, passage.end, alignment_mode="expand")
        if span is None or is_title_or_scare_quote(doc, passage, span):
            continue
        speaker, addressee, cue, replying = attribute(resolution, passage, span)
        block = block_of(resolution.blocks, passage.start)
        continues = previous is not None and (block is previous_block or is_adjacent_block(resolution, previous_block, block))
        if cue is None and continues:
            speaker, addressee, cue = previous.speaker, previous.addressee, "continues the previous quote"
        if replying and previous is not None and addressee is None and previous.speaker != speaker:
            addressee = previous.speaker
        quote = Quote(doc.text[passage.start : passage.end], speaker, addressee, passage.start, passage.end, cue)
        quotes.append(quote)
        previous, previous_block = quote, block
    return quotes


def is_adjacent_block(resolution: Resolution, first, second) -> bool:
    if first is None or second is None:
        return False
    blocks = resolution.blocks
    return blocks.index(second) - blocks.index(first) == 1


def is_title_or_scare_quote(doc: Doc, passage: Quoted, span: Span) -> bool:
    """Short passages that are titles ("Super Bass"), names or scare quotes, not speech."""
    words = [token for token in span if not token.is_punct]
    if len(words) > 6 or not words:
        return not words
    if has_speech_verb_nearby(doc, span) or is_colon_introduced(doc, span):
        return False
    capitalised = sum(1 for token in words if token.text[:1].isupper() or not token.is_alpha)
    before = doc[span.start - 2].lower_ if span.start >= 2 else ""
    ends_like_speech = span.text.rstrip()[-1:] in {".", "!", "?", ","}
    if span.text.rstrip()[-1:] in {"!", "?"} and not before in TITLE_CUES:
        return False
    return capitalised >= max(1, len(words) - 1) or before in TITLE_CUES or (len(words) <= 3 and not ends_like_speech)


def is_colon_introduced(doc: Doc, span: Span) -> bool:
    before, _ = outer_tokens(doc, span)
    return before >= 0 and doc[before].text == ":"


def has_speech_verb_nearby(doc: Doc, span: Span) -> bool:
    sentence_tokens = list(span[0].sent) + list(span[-1].sent)
    return any(token.lemma_.lower() in SPEECH_VERBS and token.pos_ == "VERB" and not (span.start <= token.i < span.end) for token in sentence_tokens)


def attribute(resolution: Resolution, passage: Quoted, span: Span) -> tuple[str | None, str | None, str | None, bool]:
    """(speaker, addressee, the cue that attributed it or None, whether it is a reply)."""
    sieves = (
        ("dialogue colon", colon_introduction),
        ("speech verb after", verb_after),
        ("speech verb before", verb_before),
        ("speech verb in sentence", verb_in_sentence),
    )
    for cue, sieve in sieves:
        found = sieve(resolution, passage, span)
        if found is not None:
            speaker, addressee, replying = found
            return name(speaker), name(addressee), cue, replying
    return None, None, None, False


def name(entity: Entity | None) -> str | None:
    return entity.name if entity is not None else None


def outer_tokens(doc: Doc, span: Span) -> tuple[int, int]:
    """Token indices just outside the quote marks around `span`."""
    start = span.start - 1
    while start >= 0 and (doc[start].is_quote or doc[start].is_space):
        start -= 1
    end = span.end
    while end < len(doc) and (doc[end].is_quote or doc[end].is_space):
        end += 1
    return start, end


def colon_introduction(resolution: Resolution, passage: Quoted, span: Span):
    """`X to Y: "…"` or `Y: "…"` or `Snooki, once they had passed the frontman: "…"`."""
    doc = resolution.doc
    before, _ = outer_tokens(doc, span)
    if before < 0 or doc[before].text != ":":
        return None
    sentence_start = doc[before].sent.start
    intro = doc[sentence_start:before]
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
    replying = addressee is None and len(intro) <= 3
    return speaker, addressee, replying


def speaker_of_verb(resolution: Resolution, verb: Token) -> tuple[Entity | None, bool]:
    """The entity that is the subject of a speech verb; (None, True) for an unnamed subject."""
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            entity = resolution.entity_at(child)
            if entity is None:
                for conj in child.subtree:
                    entity = resolution.entity_at(conj)
                    if entity is not None:
                        break
            return entity, True
    if verb.dep_ in {"xcomp", "advcl", "pcomp", "conj", "acl"} and verb.head is not verb:
        head = verb.head
        while head.pos_ not in {"VERB", "AUX"} and head.head is not head:
            head = head.head
        if head is not verb:
            return speaker_of_verb(resolution, head)
    return None, False


def addressee_of_verb(resolution: Resolution, verb: Token, speaker: Entity | None) -> Entity | None:
    for child in verb.children:
        if child.dep_ in ADDRESSEE_DEPS or (child.dep_ == "prep" and child.lower_ == "to"):
            target = child if child.dep_ != "prep" else next((c for c in child.children if c.dep_ == "pobj"), None)
            if target is not None:
                entity = resolution.entity_at(target)
                if entity is not None and entity is not speaker:
                    return entity
    return None


def speech_verb_result(resolution: Resolution, verb: Token):
    speaker, has_subject = speaker_of_verb(resolution, verb)
    if not has_subject:
        return None
    addressee = addressee_of_verb(resolution, verb, speaker)
    return speaker, addressee, verb.lemma_.lower() in REPLY_VERBS


def is_speech_verb(token: Token) -> bool:
    return token.lemma_.lower() in SPEECH_VERBS and token.pos_ in {"VERB", "AUX"}


def verb_after(resolution: Resolution, passage: Quoted, span: Span):
    """ `"…," X told Y` / `"…" X exclaimed` / `"…," said X` — within a few words after the quote."""
    doc = resolution.doc
    _, after = outer_tokens(doc, span)
    for token in doc[after : min(after + 6, len(doc))]:
        if token.is_quote or "\n" in token.text:
            return None
        if is_speech_verb(token):
            return speech_verb_result(resolution, token)
    return None


def verb_before(resolution: Resolution, passage: Quoted, span: Span):
    """ `To which Z replied, "…"` / `X said: "…"` — a speech verb before the quote, same sentence."""
    doc = resolution.doc
    before, _ = outer_tokens(doc, span)
    if before < 0:
        return None
    sentence_start = doc[before].sent.start if before >= 0 else 0
    for token in reversed(doc[sentence_start : before + 1]):
        if token.is_quote:
            return None
        if is_speech_verb(token):
            return speech_verb_result(resolution, token)
    return None


def verb_in_sentence(resolution: Resolution, passage: Quoted, span: Span):
    """Any speech verb of the quote's sentence outside the quote, e.g. "ended … by saying "…"". """
    doc = resolution.doc
    sentence = span[0].sent
    for token in sentence:
        if span.start <= token.i < span.end or not is_speech_verb(token):
            continue
        result = speech_verb_result(resolution, token)
        if result is not None and result[0] is not None:
            return result
    return None

