"""Extract presence and sightings: the resolved article → who the text places at the event.

In: the `Resolution`, the quotes, interactions and co-locations already extracted.
Out: the names of people present, and `Sighting`s (person, where inside the event, doing what,
with the clause's span).

Two kinds of article place people differently.

- A scene report — the genre's own kind: who was backstage, on the red carpet, at the after-party
  or at the next table — names people because they were there. In one, every person the
  narrative names (or a pronoun subject stands for) is present unless each of their mentions is
  ruled out: a photo credit, the possessor of a relative or an ex ("Bradley Vance's ex"), an
  absence ("sans Theo", "Notably missing: X", "X, who went straight home"), a clause that is
  negated, hypothetical or set at another occasion, a place ("at the Ray Vale Ballroom"), music
  danced to, someone only praised, evoked or compared with, an award that "went to" them. The
  text's own statements of absence ("X skipped the event", "accepted on his behalf") win over
  everything else. Every party to an interaction or co-location is there too.
- Any other story (news, an obituary, an interview) places a person only by an act of the
  occasion (FrameNet Arriving, Presence, Attending, Performers): subject of an occasion verb
  ("collected the award", "performed", "attended"), a companion in it ("performed with her
  brother X"), the giver or receiver of a prize handed over, a performer named by a performance
  ("performances from X with Y"), being at the setting ("was on air", "in court"), a judge who
  ruled, a death (the occasion of an obituary), a meeting, and the person a headline is about
  unless it only says they won. Winning, being nominated, appearing in films and talking to the
  press are not presence there: news reports statements made anywhere.

In both, negated, hypothetical and absence acts ("skipped", "will attend", "didn't show") do not
count, nor acts at another occasion ("last year", "in 2014", "in the 1960s").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from spotted.lexicon import (
    CREDIT_BEFORE,
    OVATION_NOUNS,
    ABSENCE_VERBS,
    COLLECTIVE_SIZES,
    COUPLE_WORDS,
    COUPLING_VERBS,
    EPISTEMIC_WORDS,
    EVENT_NOUNS,
    INSTRUMENTS,
    NOT_PRESENCE_VERBS,
    OCCASION_SETTINGS,
    OCCASION_VERBS,
    PARTNER_NOUNS,
    PERFORMANCE_NOUNS,
    PLACES,
    PRESENCE_VERBS,
    PRESIDING_TITLES,
    RELATION_NOUNS,
    ROLE_NOUNS,
    SCENE_WORDS,
    SIGHTING_VERBS,
    SPEECH_VERBS,
    TOPIC_PREPOSITIONS,
    TOPIC_VERBS,
    WORK_NOUNS,
)
from spotted.resolve import PERSON_PRONOUNS, Entity, Resolution
from spotted.segment import block_of, text_of
from spotted.types import Colocation, Interaction, Quote, Sighting

MODALS = {"will", "would", "could", "might", "may", "should", "shall", "'ll", "must", "wo"}
OTHER_OCCASION = re.compile(
    r"\b(?:last year|next year|in (?:19|20)\d\d|(?:19|20)\d0s|years? ago|back in|previous(?:ly)?|last time|next month|next week|"
    r"earlier this year)\b",
    re.I,
)
# Times a meeting can be dated to that are not a news story's occasion ("met X for lunch last week").
EARLIER_DAYS = re.compile(r"\b(?:last week|last month|(?:weeks?|months?) ago|the week before)\b", re.I)
# Clauses that put their subject somewhere else: "stayed home", "was in bed at the time".
ELSEWHERE = re.compile(
    r"\b(?:stay(?:ed|s|ing)? (?:at )?home|went (?:straight )?home|in bed|from (?:his|her|their) home|"
    r"by (?:video(?: link)?|satellite|phone)|via (?:video(?: link)?|satellite)|video message|remotely|"
    r"(?:over|on) the phone|on facetime|via facetime|by text|(?:watched|watching|tuned in|followed) (?:\w+ ){0,3}?from home)\b",
    re.I,
)
# A lead that lists who was not there: "Notably missing: X", "Noted absence: the founder, X".
ABSENCE_LEAD = re.compile(r"\b(?:missing|absent|absence|absences|no-shows?|skipped)\b[^:.]*:", re.I)
# A turn to another clause after an absence lead: what follows is no longer the list of absentees.
CLAUSE_TURN = re.compile(r"\b(?:but|while|whereas|although|though|yet)\b|;", re.I)
# A sentence that opens by saying who was not there: "Missing from the guest list was X",
# "Also absent were X and Y".
ABSENT_OPENING = re.compile(r"^\W*(?:(?:also|notably|noticeably|conspicuously)\s+)?(?:missing|absent)\b[^.;:]*?\b(?:was|were)\b", re.I)
# What is handed to a winner: "Best director went to X" says X won, not that X was there.
AWARD_NOUNS = {"award", "prize", "trophy", "honour", "honor", "statuette", "gong", "title", "crown", "grammy", "oscar"}
# Verbs whose complement is a plan or a forecast, not a fact: "tipped X to walk away with it".
PROSPECT_VERBS = {"plan", "hope", "want", "expect", "schedule", "intend", "tip", "predict", "aim", "set"}
# Heads that undo the act they govern: "was unable to attend", "failed to show", "refused to go".
UNDOING_HEADS = {"unable", "fail", "refuse", "forget", "too"}
ATTENDANCE_VERBS = {"attend", "come", "go", "make", "show", "appear", "travel", "join", "be"}
# Verbs of a cast list, a credit or ownership: "a drama which starred X", "the restaurant owned by
# X" say nothing of where X is now.
CREDIT_VERBS = {"star", "feature", "co-star", "costar", "cast", "direct", "produce", "own", "co-own"}
# Shows whose host is where a guest spoke or appeared on them ("said on his breakfast show").
SHOW_NOUNS = frozenset({"show", "programme", "program", "podcast", "broadcast"})
SHOW_GUEST_VERBS = frozenset({"speak", "talk", "appear", "perform", "sing", "guest"})
WRITER_SUBJECTS = {"we", "i", "us", "you"}
OWN_ROOM = re.compile(r"\b(?:his|her|their) (?:own )?(?:dressing )?(?:room|trailer|suite|table|booth)\b", re.I)
WAY_OUT = re.compile(r"\b(?:on (?:his|her|their|the) way (?:out|in|to [\w ]+?)|heading (?:up )?to the [\w ]+?|as (?:he|she|they) (?:left|arrived))\b", re.I)
PLACE_PATTERN = re.compile(r"\b(?:" + "|".join(re.escape(place) for place in PLACES) + r")\b", re.I)
SCENE_PATTERN = re.compile(r"\b(?:" + "|".join(re.escape(word) for word in SCENE_WORDS) + r")\b")
# Photo credits and bylines: "CREDIT: Rob Vance/Stockframe", "Dana Kim/Snapline News", "By Lee Park".
CREDIT_LINE = re.compile(r"^\s*(?:by\s|(?:photo(?:graph)?|picture|image|credit)s?\s*(?:by|:))", re.I)
# A name as the object of these is a place ("located at the Ray Vale Ballroom", "in Sydney").
LOCATIVE_PREPOSITIONS = {"at", "in", "into", "inside", "outside", "near", "around", "across", "throughout"}
# Who a speech act addressed, when that places the speaker at the event ("told the audience").
EVENT_AUDIENCES = {"audience", "crowd", "room", "fans", "press", "reporters", "journalists", "media"}
# Companions of an act: "performed with X", "arrived alongside X", "along with X".
COMPANION_PREPOSITIONS = {"with", "alongside"}
# Sources and recipients of a prize handed over: "collected the prize from X", "presented it to X".
HANDOVER_PREPOSITIONS = {"collect": "from", "accept": "from", "receive": "from", "present": "to", "hand": "to", "give": "to"}
# "sans Theo", "minus his wife X": read off the text, as a line break can cut the parse there.
ABSENT_BEFORE = re.compile(r"\b(?:sans|minus|without)\s+(?:(?:his|her|their|wife|husband)\s+)*$", re.I)
MEMBER_PREPOSITIONS = {"including", "like", "among", "featuring"}
SCENE_REPORT_MIN_WORDS = 2
SCENE_REPORT_MIN_SOCIAL = 3  # sentences with interactions, beside one scene word
POLITICAL_WORDS = frozenset("leader leaders leadership member members conference politics political election manifesto chairman spokesman".split())
CAPTION_MAX_CHARS = 100  # a line this short with "Name/Agency" in it is a photo credit


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


def is_scene_report(resolution: Resolution, interactions: list[Interaction]) -> bool:
    """Whether the narrative is about who was where at an occasion: its own words (outside
    quotes) name the scene more than once — backstage, red carpet, party, celebrities, dined… —
    or name it once and tell of people doing things with each other in several sentences.
    News stories about awards say "ceremony" and "won", not these."""
    narrative = " ".join(token.lower_ for token in resolution.tokens if token.i not in resolution.quoted_tokens)
    scene_words = len(SCENE_PATTERN.findall(narrative)) - political_parties(resolution)
    social_sentences = {pair.start for pair in interactions}
    return scene_words >= SCENE_REPORT_MIN_WORDS or scene_words >= 1 and len(social_sentences) >= SCENE_REPORT_MIN_SOCIAL


def political_parties(resolution: Resolution) -> int:
    """ "the Labour party", "party leader": parties of politics, which say nothing of a scene."""
    doc = resolution.doc
    count = 0
    for token in resolution.tokens:
        if token.lower_ not in {"party", "parties"} or token.i in resolution.quoted_tokens:
            continue
        before = doc[token.i - 1] if token.i > 0 else None
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        named = before is not None and before.text[:1].isupper() and not before.is_sent_start and before.pos_ in {"PROPN", "ADJ"}
        if named or (after is not None and after.lower_ in POLITICAL_WORDS):
            count += 1
    return count


def is_actual(verb: Token) -> bool:
    """Not negated, not hypothetical or future, not an absence, not at another occasion."""
    if verb.lemma_.lower() in ABSENCE_VERBS:
        return False
    for child in verb.children:
        if child.dep_ == "neg" or (child.dep_ == "aux" and child.lower_ in MODALS):
            return False
        if child.dep_ == "mark" and child.lower_ in {"if", "unless", "whether"}:
            return False
    if verb.dep_ in {"xcomp", "ccomp"} and verb.head.lemma_.lower() in PROSPECT_VERBS | UNDOING_HEADS:
        return False
    if verb.dep_ == "conj" and has_modal(verb.head):  # "must do X, have Y and attend Z"
        return False
    clause = own_clause(verb)
    return not (OTHER_OCCASION.search(clause) or ELSEWHERE.search(clause))


def has_modal(verb: Token) -> bool:
    if any(child.dep_ == "aux" and child.lower_ in MODALS for child in verb.children):
        return True
    return verb.dep_ == "conj" and verb.head is not verb and has_modal(verb.head)


def clause_of(verb: Token) -> Span:
    """The verb with its dependents, minus any subordinate clause it heads on its left."""
    tokens = [verb] + [t for t in verb.subtree if t.i >= verb.i or t.dep_ not in {"advcl"}]
    left = min(token.i for token in tokens)
    right = max(token.i for token in tokens) + 1
    return verb.doc[left:right]


def own_clause(verb: Token) -> str:
    """The words of the verb's clause without the clauses embedded in it: "in 2014" inside "(who
    won a Lumen in 2014)" dates the relative clause, not "made a beeline"."""
    embedded = {"relcl", "advcl", "ccomp", "acl", "parataxis", "conj"}
    inside = [verb]
    stack = list(verb.children)
    while stack:
        token = stack.pop()
        if token.dep_ in embedded and token.pos_ in {"VERB", "AUX"}:
            continue
        inside.append(token)
        stack.extend(token.children)
    return " ".join(token.text for token in sorted(inside, key=lambda token: token.i))


def people_in_phrase(resolution: Resolution, token: Token) -> list[Entity]:
    return named_in_phrase(resolution, token)


def named_in_phrase(resolution: Resolution, token: Token, kinds: tuple[str, ...] = ("person",)) -> list[Entity]:
    """The entities a noun phrase names: the head, names beside it ("frontwoman Ana Vale", "her
    brother Dan"), coordinated names ("X and Y"), members it lists ("friends, including X") and
    the antecedent of a relative pronoun ("X, with whom he recorded…")."""
    found: list[Entity] = []
    stack = [token]
    seen: set[int] = set()
    while stack:
        item = stack.pop(0)
        if item.i in seen:
            continue
        seen.add(item.i)
        entity = resolution.entity_at(item)
        if entity is None and item.lower_ in {"whom", "who"}:
            stack.extend(antecedent(item))
        if entity is None:
            stack.extend(bracketed_name(item) + name_after_role(resolution, item) + names_on_split_co_stars(item))
        if entity is not None and entity.kind in kinds and entity not in found:
            found.append(entity)
        for child in item.children:
            if child.dep_ in {"conj", "appos"} or child.dep_ in {"compound", "nmod"} and names_someone(item):
                stack.append(child)
            elif child.dep_ == "prep" and (child.lower_ in MEMBER_PREPOSITIONS or child.lower_ == "of" and is_quantity(item)):
                stack.extend(grandchild for grandchild in child.children if grandchild.dep_ == "pobj")
            elif child.dep_ == "prep" and child.lower_ == "such":  # "artists such as X"
                stack.extend(g for prep in child.children if prep.lower_ == "as" for g in prep.children if g.dep_ == "pobj")
    return found


def name_after_role(resolution: Resolution, token: Token) -> list[Token]:
    """ "with designer Yves Tandon", "his girlfriend, model Freya Lund", where the parser hung
    the name elsewhere: the name right after a role noun, or after a partner or relative's
    comma and any role words, is the one it introduces."""
    doc = token.doc
    word = token.lower_
    relation = word in PARTNER_NOUNS or word in RELATION_NOUNS
    if word not in ROLE_NOUNS and not relation:
        return []
    i = token.i + 1
    if relation and i < len(doc) and doc[i].text == ",":
        i += 1
        while i < min(len(doc), token.i + 4) and doc[i].lower_ in ROLE_NOUNS:
            i += 1
    if i >= len(doc) or doc[i].head is token:
        return []
    return [doc[i]] if resolution.token_entity.get(i) is not None else []


def names_on_split_co_stars(token: Token) -> list[Token]:
    """ "with his co-stars X and Y", which spaCy splits into "co - stars" and then parses with
    "stars" as a verb whose object is X: the names hung on that "stars", or the name written right
    after it wherever the parse hung it ("her co-star Theo Brandt")."""
    doc = token.doc
    if token.lower_ != "co" or token.i + 2 >= len(doc) or doc[token.i + 1].text != "-" or doc[token.i + 2].lower_ not in {"star", "stars"}:
        return []
    star = doc[token.i + 2]
    hung = [child for child in star.children if child.dep_ in {"dobj", "appos", "npadvmod"}]
    return hung or [token for token in doc[star.i + 1 : star.i + 2] if token.pos_ == "PROPN"]


def names_someone(token: Token) -> bool:
    """A head whose modifiers may be names of the same person: a name ("duo Matt Vale"), a role
    ("singer X") — not a thing named after someone ("the Robert Vale track")."""
    word = token.lemma_.lower()
    if token.tag_ == "NNS":
        return False  # "the Rook dancers" are his dancers, not him
    return token.pos_ == "PROPN" or word in ROLE_NOUNS or word in RELATION_NOUNS or word in PARTNER_NOUNS


def is_quantity(token: Token) -> bool:
    """ "twenty of his friends", "some of the guests": the phrase names the people it counts."""
    return token.pos_ in {"NUM", "PRON", "DET"} or token.lower_ in {"some", "many", "most", "few", "several", "all", "both", "one"}


def bracketed_name(token: Token) -> list[Token]:
    """The name an editor put in brackets after a description: "her husband [actor X]"."""
    doc = token.doc
    if token.i + 1 >= len(doc) or doc[token.i + 1].text not in {"[", "("}:
        return []
    inside = []
    for item in doc[token.i + 2 : token.i + 8]:
        if item.text in {"]", ")"}:
            return inside
        inside.append(item)
    return []


def antecedent(pronoun: Token) -> list[Token]:
    """The noun a relative clause hangs on: "Norah Vale, with whom he recorded" → "Vale"."""
    for ancestor in pronoun.ancestors:
        if ancestor.dep_ == "relcl":
            return [ancestor.head]
    return []


def subject_tokens(verb: Token) -> list[Token]:
    """The verb's subjects, else those of the verb it continues ("arrived and posed",
    "bounded in, embracing X"), else the noun a relative clause hangs on ("X, who was…")."""
    own = [child for child in verb.children if child.dep_ in {"nsubj", "nsubjpass"}]
    if own and own[0].lower_ in {"who", "that"} and verb.dep_ == "relcl":
        return [verb.head]
    if own:
        return own
    # "dep": the parser's unlabelled link, mostly a misread conjunct ("took a bow, then embraced X")
    if verb.dep_ in {"conj", "dep", "advcl", "xcomp", "pcomp", "acomp", "oprd"} and verb.head is not verb and verb.head.pos_ in {"VERB", "AUX"}:
        return subject_tokens(verb.head)
    if verb.dep_ == "pcomp":  # "came from presenting with X", "in between posing for selfies with X"
        governor = next((a for a in list(verb.ancestors)[:3] if a.pos_ in {"VERB", "AUX"}), None)
        if governor is not None:
            return subject_tokens(governor)
    if verb.dep_ == "acl" and any(child.dep_ == "poss" for child in verb.head.children) and not is_person_noun(verb.head):
        return [child for child in verb.head.children if child.dep_ == "poss"]  # "her decision to cast X", not "Sutton's mother … watched"
    if verb.dep_ in {"acl", "relcl"} and verb.head.pos_ in {"NOUN", "PROPN"}:
        return [verb.head]
    return []


def is_person_noun(token: Token) -> bool:
    """A relative, partner or role ("her mother", "his manager"): someone other than the owner."""
    word = token.lemma_.lower()
    return word in RELATION_NOUNS or word in PARTNER_NOUNS or word in ROLE_NOUNS


def people_named_as_subjects(resolution: Resolution, verb: Token) -> list[Entity]:
    """The people the verb's subjects name (no collectives: "the pair" stays unresolved here)."""
    return [entity for subject in subject_tokens(verb) for entity in people_in_phrase(resolution, subject)]


def agents_of(resolution: Resolution, verb: Token) -> list[Entity]:
    agents: list[Entity] = []
    for subject in subject_tokens(verb):
        agents += people_in_phrase(resolution, subject) or collective_members(resolution, subject)
    return agents


def collective_members(resolution: Resolution, token: Token, excluding: list[Entity] | None = None) -> list[Entity]:
    """Who "the trio", "the pair" or "everyone" stands for: the last two or three people named
    before it (other than `excluding`: "X came out to greet the pair"), or everyone named in the
    sentences just before — the groups, when two or more groups were named, since "everyone"
    then means their members. "The couple" (and "the newlyweds") is first the last pair the
    text married, dated or engaged."""
    word = token.lower_
    if word not in COLLECTIVE_SIZES:
        return []
    if word in COUPLE_WORDS:
        couple = last_couple_before(resolution, token)
        if couple and not set(couple) & set(excluding or []):
            return couple  # "X married Y … the couple"
        if word != "couple":
            return []  # "the newlyweds" means a pair the text married, or nobody it named
    recent = recently_named(resolution, token, excluding, across_blocks=False)
    size = COLLECTIVE_SIZES[word]
    if size == 2:
        pair = pair_just_joined(resolution, token)
        if pair and not set(pair) & set(excluding or []):
            return pair  # "X showed it to Y, then bumped into Z … the two": X and Z
    if size is not None:
        people = [entity for entity in recent if entity.kind == "person"]
        if len(people) < size:  # "the duo" a paragraph after the two were named
            people = [entity for entity in recently_named(resolution, token, excluding, across_blocks=True) if entity.kind == "person"]
        return people[:size] if len(people) >= size else []
    groups = [entity for entity in recent if entity.kind == "group"]
    return groups if len(groups) >= 2 else recent


def pair_just_joined(resolution: Resolution, token: Token) -> list[Entity]:
    """The last person named before `token` (in its sentence or the one before) and the one
    subject of the verb that governs that mention: "X bumped into Y" → X and Y."""
    mentions = resolution.mentions_before(token, sentences=2)
    if not mentions:
        return []
    index, last = mentions[-1]
    verb = next((head for head in resolution.doc[index].ancestors if head.pos_ in {"VERB", "AUX"}), None)
    if verb is None or last.kind != "person":
        return []
    subjects = people_named_as_subjects(resolution, verb)
    return [subjects[0], last] if len(subjects) == 1 and subjects[0] is not last else []


def last_couple_before(resolution: Resolution, token: Token) -> list[Entity]:
    """The last two people the text made a couple before `token`: "X married Y", "X is dating
    Y", "X got engaged to Y"."""
    couple: list[Entity] = []
    for verb in resolution.tokens[: token.i]:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in COUPLING_VERBS or verb.i in resolution.quoted_tokens:
            continue
        subjects = people_named_as_subjects(resolution, verb)
        partners = [entity for child in verb.children if child.dep_ in {"dobj", "obj"} for entity in people_in_phrase(resolution, child)]
        partners += [entity for prep in verb.children if prep.lower_ == "to" for pobj in prep.children for entity in people_in_phrase(resolution, pobj)]
        if len(subjects) == 1 and len(partners) == 1 and subjects[0] is not partners[0]:
            couple = [subjects[0], partners[0]]
    return couple


def recently_named(resolution: Resolution, token: Token, excluding: list[Entity] | None, across_blocks: bool) -> list[Entity]:
    """Entities named in the three sentences before `token`, nearest first, `excluding` and
    photo credits aside."""
    recent: list[Entity] = []
    for index, entity in reversed(resolution.mentions_before(token, sentences=3, across_blocks=across_blocks)):
        if entity not in recent and entity not in (excluding or []) and not is_credit(resolution, mention_at(resolution, index)):
            recent.append(entity)  # a photographer's credit names no one in the scene
    return recent


def mention_at(resolution: Resolution, index: int) -> Span:
    """The whole mention that token `index` is part of."""
    mentions = resolution.token_entity[index].mentions
    start, end = next(((start, end) for start, end in mentions if start <= index < end), (index, index + 1))
    return resolution.doc[start:end]


def objects_of_prepositions(resolution: Resolution, head: Token, prepositions: set[str]) -> list[Entity]:
    """People named by the objects of `head`'s prepositions ("with X", "along with X")."""
    people: list[Entity] = []
    for child in head.children:
        word = child.lower_
        if child.dep_ == "prep" and word == "along":
            people += objects_of_prepositions(resolution, child, prepositions)
        elif child.dep_ in {"prep", "agent"} and word in prepositions:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    people += people_in_phrase(resolution, pobj)
    return people


def companions_of(resolution: Resolution, verb: Token) -> list[Entity]:
    """Who shared the act: "performed with X", "arrived alongside X", "was congratulated by X",
    "collected the prize from X", "presented the award to X"."""
    people = objects_of_prepositions(resolution, verb, COMPANION_PREPOSITIONS)
    if any(child.dep_ == "nsubjpass" for child in verb.children):
        people += objects_of_prepositions(resolution, verb, {"by"})
    handover = HANDOVER_PREPOSITIONS.get(verb.lemma_.lower())
    if handover:
        people += objects_of_prepositions(resolution, verb, {handover})
        for child in verb.children:
            if child.dep_ in {"dobj", "obj"}:
                people += objects_of_prepositions(resolution, child, {handover})
    return people


def acts(resolution: Resolution, scene: bool) -> list[Act]:
    """Every act by which the text places a person at the occasion. A scene report's broad
    presence verbs ("got wine", "strolled through") and the writer's sightings count there; a
    news story needs an act of the occasion itself."""
    verbs = PRESENCE_VERBS if scene else OCCASION_VERBS
    found: list[Act] = []
    for verb in resolution.tokens:
        if verb.pos_ not in {"VERB", "AUX"} or verb.i in resolution.quoted_tokens or in_page_furniture(resolution, verb.doc[verb.i : verb.i + 1]):
            continue
        if scene and verb.lemma_.lower() in SIGHTING_VERBS:
            found += sighting_acts(resolution, verb)
        if places_its_agents(verb, verbs) and is_actual(verb):
            people = agents_of(resolution, verb) + companions_of(resolution, verb) + passive_agents(resolution, verb)
            found += [Act(person, verb, clause_of(verb)) for person in people]
    return found


def passive_agents(resolution: Resolution, verb: Token) -> list[Entity]:
    """ "he was handed the award by his co-star, X", "was greeted by X": the doer of a passive."""
    if not any(child.dep_ == "nsubjpass" for child in verb.children):
        return []
    return [entity for agent in verb.children if agent.dep_ == "agent" for pobj in agent.children if pobj.dep_ == "pobj" for entity in people_in_phrase(resolution, pobj)]


def places_its_agents(verb: Token, verbs: frozenset[str]) -> bool:
    """A presence verb (not appearing in a film or on an album); playing an instrument; a death ("died at his home",
    "was found dead"); being at the occasion's setting ("was on air", "is backstage"); or speech
    that the text sets at the event ("said backstage", "told the audience")."""
    lemma = verb.lemma_.lower()
    if lemma == "die" or lemma == "find" and any(child.lower_ == "dead" for child in verb.children):
        return True
    if lemma == "be":
        return at_the_setting(verb)
    if lemma in SPEECH_VERBS:
        return bool(place_in(own_clause(verb))) or any(
            child.dep_ in {"dobj", "dative"} and child.lower_ in EVENT_AUDIENCES for child in verb.children
        )
    if lemma == "appear" and in_a_work(verb):
        return False
    if lemma == "play" and any(child.dep_ == "dobj" and child.lemma_.lower() in INSTRUMENTS for child in verb.children):
        return is_actual(verb)  # "played guitar": a performance, where "played a role" or "played golf" is not
    if performs_with(verb) or any(child.dep_ == "dobj" and child.lemma_.lower() in OVATION_NOUNS for child in verb.children):
        return is_actual(verb)  # "finished the night with a set", "received a standing ovation"
    if lemma == "dedicate":  # "dedicated the award to his late mother", not "his new album"
        return any(child.dep_ == "dobj" and child.lemma_.lower() in AWARD_NOUNS for child in verb.children) and is_actual(verb)
    return lemma in verbs and lemma not in NOT_PRESENCE_VERBS


def performs_with(verb: Token) -> bool:
    """ "finished the night with an extended set", "opened the show with a rendition of X": an
    act done by way of a performance."""
    return any(
        pobj.dep_ == "pobj" and pobj.lemma_.lower() in PERFORMANCE_NOUNS
        for child in verb.children
        if child.dep_ == "prep" and child.lower_ == "with"
        for pobj in child.children
    )


def at_the_setting(verb: Token) -> bool:
    """ "was on air", "is backstage with X", "was in court"."""
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in OCCASION_SETTINGS:
            return True
        if child.dep_ == "prep" and any(pobj.dep_ == "pobj" and is_a_setting(pobj) for pobj in child.children):
            return True
    return False


def is_a_setting(noun: Token) -> bool:
    """ "on air", "in court", "in the front row" (not "in a row")."""
    word = noun.lemma_.lower()
    return word in OCCASION_SETTINGS or word == "row" and any(child.lower_ == "front" for child in noun.children)


def in_a_work(verb: Token) -> bool:
    """ "appeared in 7 films", "appeared on X's debut album"."""
    return any(
        pobj.dep_ == "pobj" and pobj.lemma_.lower() in WORK_NOUNS
        for child in verb.children
        if child.dep_ == "prep"
        for pobj in child.children
    )


def presiding_officers(resolution: Resolution) -> list[Act]:
    """ "Judge X said she must…", "Magistrate X, who issued the order…": whoever presides over
    a hearing and rules or speaks there was at it."""
    found: list[Act] = []
    for person in resolution.people():
        for start, end in person.mentions:
            root = resolution.doc[start:end].root
            titled = start > 0 and resolution.doc[start - 1].lower_ in PRESIDING_TITLES
            if titled and root.dep_ in {"nsubj", "nsubjpass"} and is_actual(root.head):
                found.append(Act(person, root.head, clause_of(root.head)))
    return found


def sighting_acts(resolution: Resolution, verb: Token) -> list[Act]:
    """ "We spotted X chilling", "We saw X get a delivery", "X was seen all smiles"."""
    found: list[Act] = []
    if not is_actual(verb):
        return found
    subject = next((child for child in verb.children if child.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None and subject.dep_ == "nsubjpass":
        people = people_in_phrase(resolution, subject) + objects_of_prepositions(resolution, verb, COMPANION_PREPOSITIONS)
        found += [Act(person, verb, clause_of(verb)) for person in people]
    elif subject is None or subject.lower_ in WRITER_SUBJECTS or resolution.entity_at(subject) is not None:
        for child in verb.children:
            if child.dep_ in {"dobj", "obj", "ccomp", "xcomp", "nsubj"} and child is not subject:
                target = child if child.dep_ in {"dobj", "obj"} else next((c for c in child.children if c.dep_ in {"nsubj", "dobj"}), child)
                found += [Act(person, verb, clause_of(verb)) for person in people_in_phrase(resolution, target)]
    return found


def performances(resolution: Resolution) -> list[Act]:
    """Performers named by their performance: "performances from X, Y with Z and the Vales
    featuring W", "X's set", "collaborations from X and Y"."""
    found: list[Act] = []
    for noun in resolution.tokens:
        if noun.lemma_.lower() not in PERFORMANCE_NOUNS or noun.pos_ != "NOUN" or noun.i in resolution.quoted_tokens:
            continue
        if OTHER_OCCASION.search(noun.sent.text):
            continue
        people = [entity for child in noun.children if child.dep_ == "poss" and (entity := resolution.entity_at(child)) is not None and entity.kind == "person"]
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in {"from", "by"}:
                for performer in (child for child in prep.children if child.dep_ == "pobj"):
                    people += people_in_phrase(resolution, performer) + performing_partners(resolution, performer)
        people += performing_partners(resolution, noun, subtree=False)  # "featuring X" hung on the noun
        found += [Act(person, noun, noun.sent) for person in people]
    return found


def performing_partners(resolution: Resolution, performers: Token, subtree: bool = True) -> list[Entity]:
    """Who performed alongside a listed performer: "X with Y", "the Vales featuring W"."""
    partners: list[Entity] = []
    for token in performers.subtree if subtree else [performers]:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in COMPANION_PREPOSITIONS or child.lower_ == "featuring":
                objects = [grandchild for grandchild in child.children if grandchild.dep_ in {"pobj", "dobj"}]
                partners += [person for obj in objects for person in people_in_phrase(resolution, obj)]
    return partners


def possessed_places(resolution: Resolution) -> list[Act]:
    """ "X's dressing room" — a person with a room at the event is there."""
    doc = resolution.doc
    found: list[Act] = []
    for token in resolution.tokens:
        if token.dep_ != "poss" or token.i not in resolution.token_entity:
            continue
        noun_phrase = doc[token.head.left_edge.i : token.head.i + 1].text.lower()
        if any(place in noun_phrase for place in ("dressing room", "trailer", "table", "booth", "suite")):
            entity = resolution.token_entity[token.i]
            if entity.kind == "person":
                found.append(Act(entity, token.head, token.head.sent))
    return found


def remote(resolution: Resolution, pair: Interaction) -> bool:
    """The sentence that gives the pair has them apart: "spoke to her by phone", "on FaceTime"."""
    return bool(ELSEWHERE.search(text_of(resolution.doc)[pair.start : pair.end]))


def the_dead(resolution: Resolution) -> set[str]:
    """People the text says are dead: "her late husband, X", "the late X", "X, who died in 2019"."""
    dead: list[Entity] = []
    for token in resolution.tokens:
        if token.lower_ == "late" and token.dep_ == "amod" and not token.whitespace_ == "" and names_someone(token.head):
            dead += named_in_phrase(resolution, token.head)  # not "the late-night host", "a late replacement"
        elif token.lemma_.lower() == "die" and token.dep_ == "relcl" and not any(
            child.lower_ in {"nearly", "almost"} or child.tag_ == "VBG" for child in token.children
        ):
            dead += named_in_phrase(resolution, token.head)
    return {entity.name for entity in dead}


def names_another_time(text: str) -> bool:
    """The words date something to another time than the occasion ("in 1975", "last week")."""
    return bool(OTHER_OCCASION.search(text) or EARLIER_DAYS.search(text))


def at_another_time(verb: Token) -> bool:
    """The verb's own clause dates it elsewhere ("met in 1975", "worked together last year")."""
    return names_another_time(own_clause(verb))


def dated_elsewhere(resolution: Resolution, pair: Interaction) -> bool:
    """The sentence that gives the pair puts it at another time than the story's occasion."""
    return names_another_time(text_of(resolution.doc)[pair.start : pair.end])


def show_hosts(resolution: Resolution) -> list[Act]:
    """ "said on his breakfast show", "appeared on Jo Lane's chat show": the host of the show
    someone spoke or appeared on was there."""
    found: list[Act] = []
    for show in resolution.tokens:
        if show.lemma_.lower() not in SHOW_NOUNS or show.dep_ != "pobj" or show.head.lower_ != "on":
            continue
        verb = next((head for head in show.head.ancestors if head.pos_ == "VERB"), None)  # "spoke about the split on X's show"
        if verb is None:
            continue
        if verb.lemma_.lower() not in SPEECH_VERBS | SHOW_GUEST_VERBS or not is_actual(verb):
            continue
        for owner in show.children:
            host = resolution.entity_at(owner) if owner.dep_ == "poss" else None
            if host is not None and host.kind == "person":
                found.append(Act(host, verb, clause_of(verb)))
    return found


def headline_people(resolution: Resolution) -> set[str]:
    """The people a headline is about, unless it says only that they won or were nominated:
    a story about someone puts them at the occasion at its centre."""
    titles = [block for block in resolution.blocks if block.kind == "title"]
    if not titles:
        return set()
    span = resolution.doc.char_span(titles[0].start, titles[0].end, alignment_mode="expand")
    if span is None or any(token.lemma_.lower() in NOT_PRESENCE_VERBS for token in span):
        return set()
    return {
        entity.name
        for token in span
        if token.i not in resolution.quoted_tokens and (entity := resolution.token_entity.get(token.i)) is not None and entity.kind == "person"
    }


def absentees(resolution: Resolution) -> set[str]:
    """People a scene report says were not there, whatever else it says of them: "X skipped the
    event", "X missed the reunion", "X was in bed at the time", "accepted on his behalf"."""
    doc = resolution.doc
    absent = [
        person
        for person in resolution.people()
        if any(listed_as_absent(resolution, doc[start:end]) for start, end in person.mentions if start not in resolution.quoted_tokens)
    ]
    for token in resolution.tokens:
        if token.i in resolution.quoted_tokens:
            continue
        if token.lower_ == "behalf" and token.head.lower_ == "on":  # nobody acts on their own behalf
            agents = agents_of(resolution, token.head.head)
            absent += [entity for child in token.children if child.dep_ == "poss" and (entity := resolution.entity_at(child)) and entity not in agents]
        elif token.pos_ in {"VERB", "AUX"} and not any(child.dep_ == "neg" for child in token.children) and states_absence(token):
            if not skips_only_the_after_party(resolution, token):
                absent += agents_of(resolution, token)
        elif is_denied_sighting(token):  # "Lee was not seen", "X was nowhere to be seen"
            absent += agents_of(resolution, token)
        elif token.pos_ == "VERB" and token.lemma_.lower() in ATTENDANCE_VERBS and token.dep_ == "xcomp" and token.head.lemma_.lower() in UNDOING_HEADS:
            clause = token.head.head if token.head.dep_ == "acomp" else token.head  # "was unable to attend"
            absent += agents_of(resolution, clause)
    return {entity.name for entity in absent if entity.kind == "person"}


def is_denied_sighting(verb: Token) -> bool:
    """ "X was not seen", "X was never spotted": the report says it did not see the person."""
    negated = any(child.dep_ == "neg" or child.lower_ == "never" for child in verb.children)
    passive = any(child.dep_ == "nsubjpass" for child in verb.children)
    return verb.pos_ == "VERB" and verb.lemma_.lower() in SIGHTING_VERBS and negated and passive


NOWHERE = re.compile(r"\bnowhere to be (?:seen|found)\b", re.I)
# Verbs that with "out" withdraw someone: "bowed out", "pulled out of", "sat this one out".
WITHDRAWING_VERBS = {"bow", "pull", "drop", "back", "sit", "opt"}
FACE_TO_FACE = {"met", "talked", "hugged", "kissed", "greeted", "congratulated", "introduced", "high-fived", "shook hands", "danced"}
AFTER_PARTY = re.compile(r"\bafter[- ]?part(?:y|ies)\b", re.I)


def skips_only_the_after_party(resolution: Resolution, verb: Token) -> bool:
    """ "X skipped the after-party" in a report whose occasion is something else (an opening
    night, a ceremony): the after-party is a later part of the night, not the occasion; the rest
    of the text may still place X."""
    skipped = [child for child in verb.children if child.dep_ in {"dobj", "obj"}]
    if verb.lemma_.lower() not in ABSENCE_VERBS or not skipped:
        return False
    if not all(AFTER_PARTY.search(verb.doc[child.left_edge.i : child.i + 1].text) for child in skipped):
        return False
    lead = [block for block in resolution.blocks if block.kind in {"title", "paragraph"}][:2]
    return not any(AFTER_PARTY.search(text_of(resolution.doc)[block.start : block.end]) for block in lead)


def states_absence(verb: Token) -> bool:
    """ "skipped the bash", "was notably absent", "stayed home", "bowed out", "pulled out of the
    event", "sat this one out", "was nowhere to be seen", "sent her regrets"."""
    lemma = verb.lemma_.lower()
    skipped = lemma in ABSENCE_VERBS and any(
        child.dep_ in {"dobj", "obj"} and child.lemma_.lower() in EVENT_NOUNS for child in verb.children
    )
    said_absent = any(child.dep_ == "acomp" and child.lower_ in {"absent", "missing"} for child in verb.children)  # "was notably absent"
    out = lemma in WITHDRAWING_VERBS and withdraws(verb)
    nowhere = bool(NOWHERE.search(own_clause(verb)))
    regrets = lemma == "send" and any(
        child.dep_ == "dobj" and child.lower_ == "regrets" and not any(grand.dep_ == "prep" for grand in child.children) for child in verb.children
    ) and not any(child.dep_ == "prep" and child.lower_ in {"to", "about"} for child in verb.children)
    return skipped or said_absent or out or nowhere or regrets or bool(ELSEWHERE.search(own_clause(verb)))


def withdraws(verb: Token) -> bool:
    """ "bowed out", "pulled out of the gala", "sat this one out"; not "pulled out a chair",
    "sat out on the terrace", "dropped out of the conversation" (what is left must be the
    occasion: "out of" an event, sitting out an event or "this one")."""
    out = next((child for child in verb.children if child.dep_ in {"prt", "prep"} and child.lower_ == "out"), None)
    if out is None:
        return False
    objects = [child for child in verb.children if child.dep_ in {"dobj", "obj"}]
    left = [pobj for of in out.children if of.lower_ == "of" for pobj in of.children if pobj.dep_ == "pobj"]
    if verb.lemma_.lower() == "sit":
        return any(obj.lemma_.lower() in EVENT_NOUNS or obj.lower_ in {"one", "it"} for obj in objects)
    return not objects and all(pobj.lemma_.lower() in EVENT_NOUNS for pobj in left)


def placed_by_the_narrative(resolution: Resolution) -> set[str]:
    """In a scene report: the people named in at least one mention that is not ruled out, a
    pronoun subject counting as a mention ("But she revealed backstage…")."""
    placed: set[str] = set()
    for person in resolution.people():
        if any(mention_places(resolution, resolution.doc[start:end]) for start, end in person.mentions):
            placed.add(person.name)
    for token in resolution.tokens:
        if token.lower_ in PERSON_PRONOUNS and token.dep_ in {"nsubj", "nsubjpass"}:
            person = resolution.entity_at(token)
            if person is not None and person.kind == "person" and mention_places(resolution, resolution.doc[token.i : token.i + 1]):
                placed.add(person.name)
    return placed


def mention_places(resolution: Resolution, span: Span) -> bool:
    root = span.root
    phrase = phrase_head(root)
    return not (
        root.i in resolution.quoted_tokens
        or root.dep_ == "compound" and root.head.pos_ == "NOUN"  # "the Rook dancers", "a Vale track"
        or is_credit(resolution, span)
        or in_page_furniture(resolution, span)
        or names_a_relative(root)
        or root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPOSITIONS
        or is_absent(phrase)
        or named_as_absent(resolution, span)
        or listed_as_absent(resolution, span)
        or has_absent_clause(root)
        or is_awarded(phrase)
        or is_credited(phrase)
        or is_topic_only(phrase)
        or not in_the_occasion(root)
    )


def listed_as_absent(resolution: Resolution, span: Span) -> bool:
    """ "Notably missing: X", "Missing from the guest list was X's ex, Y": the sentence lists who
    was not there, up to this mention (Y; not X, whose ex it was)."""
    if span.root.dep_ == "poss":
        return False
    lead = text_of(resolution.doc)[span.sent.start_char : span.start_char]
    found = ABSENCE_LEAD.search(lead) or ABSENT_OPENING.search(lead)
    return bool(found) and not CLAUSE_TURN.search(lead[found.end() :])  # not "…, but Y was there"


def named_as_absent(resolution: Resolution, span: Span) -> bool:
    """ "sans Theo", "minus husband X": read off the text, as a line break can cut the parse."""
    return bool(ABSENT_BEFORE.search(text_of(resolution.doc)[max(0, span.start_char - 20) : span.start_char]))


def has_absent_clause(root: Token) -> bool:
    """ "X, who went straight home after the show", "X, who stayed home in Lyon", "X, who had
    been expected, cancelled" (the parser hangs the main verb on the name as a clause)."""
    return any(child.dep_ in {"relcl", "acl"} and denies_presence(child) for child in root.children)


def denies_presence(verb: Token) -> bool:
    """A clause about the person that keeps them from the occasion; one about another time
    ("who split last year", "who won it in 2019") is background and denies nothing."""
    return not OTHER_OCCASION.search(own_clause(verb)) and not is_actual(verb)


def is_credited(root: Token) -> bool:
    """ "her 2014 drama, which starred X", "directed by X", "owned by X": a credit, not a presence."""
    verb = root.head if root.dep_ in {"dobj", "obj"} else root.head.head if root.dep_ == "pobj" and root.head.lower_ == "by" else None
    if verb is None or verb.pos_ != "VERB" or verb.i > 0 and verb.doc[verb.i - 1].text == "-":
        return False  # "co-stars X" tagged as a verb is a noun
    return verb.lemma_.lower() in CREDIT_VERBS


def is_awarded(root: Token) -> bool:
    """ "Best director went to X": an award going to someone is their win, not their presence."""
    if root.dep_ != "pobj" or root.head.lower_ != "to" or root.head.head.lemma_.lower() != "go":
        return False
    subject = next((child for child in root.head.head.children if child.dep_ == "nsubj"), None)
    return subject is not None and (subject.lemma_.lower() in AWARD_NOUNS or any(child.lower_ == "best" for child in subject.children))


def phrase_head(root: Token) -> Token:
    """The head of the noun phrase a name sits in: "Blazeboy" in "musicians from Lagos, like Zuri
    and Blazeboy" → "musicians"."""
    token = root
    while True:
        head = token.head
        if token.dep_ in {"conj", "appos", "compound"} and head is not token:
            token = head
        elif token.dep_ == "pobj" and head.lower_ in MEMBER_PREPOSITIONS | {"from"} and head.head.pos_ in {"NOUN", "PROPN"}:
            token = head.head
        else:
            return token


def in_page_furniture(resolution: Resolution, span: Span) -> bool:
    """ "RELATED: X Reveals Her Wedding Plans", "A post shared by X (@x)": not story text."""
    return resolution.in_furniture(span.start)


def is_credit(resolution: Resolution, span: Span) -> bool:
    """A photo credit or byline: "CREDIT: Rob Vance/Stockframe", "Dana Kim/Snapline News"."""
    block = block_of(resolution.blocks, span.start_char)
    line = text_of(resolution.doc)[block.start : block.end] if block else span.sent.text
    text = text_of(resolution.doc)
    beside_a_slash = text[span.end_char : span.end_char + 1] == "/" or text[span.start_char - 1 : span.start_char] == "/"
    credited = CREDIT_BEFORE.search(text[max(0, span.start_char - 20) : span.start_char])
    return bool(CREDIT_LINE.match(line) or credited) or beside_a_slash and len(line) <= CAPTION_MAX_CHARS


def names_a_relative(root: Token) -> bool:
    """ "Bradley Vance's ex", "son of Tom": the person is named to say whose relative someone is."""
    relatives = set(RELATION_NOUNS) | {"ex", "friend", "pal"}
    if root.dep_ == "poss":
        return root.head.lemma_.lower() in relatives
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in relatives


def is_absent(root: Token) -> bool:
    """ "sans Theo", "minus his wife", "skipped the party with X"."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in {"sans", "minus", "without", "except"}:
        return True
    return root.dep_ in {"dobj", "obj"} and head.lemma_.lower() in ABSENCE_VERBS


def is_topic_only(root: Token) -> bool:
    """Named only as what others danced to, praised, evoked or compared themselves with:
    "dancing to Candi X", "praise for X", "friendships with X", "looked like X", "channelling X",
    "the late X"."""
    if any(token.dep_ == "amod" and token.lower_ == "late" for token in root.subtree if token.i < root.i):
        return True  # "the late DJ John X"
    if root.dep_ in {"dobj", "obj"}:
        return root.head.lemma_.lower() in TOPIC_VERBS
    if root.dep_ != "pobj":
        return False
    preposition = root.head
    governors = [preposition.head] + ([preposition.head.head] if preposition.head.dep_ == "conj" else [])  # "friendships old (with X) and new (with Y)"
    return any((governor.lemma_.lower(), preposition.lower_) in TOPIC_PREPOSITIONS for governor in governors)


def in_the_occasion(root: Token) -> bool:
    """The clause holding the mention is actual (not negated, hypothetical or at another time),
    and nothing above it casts doubt ("He's 90% sure it was X")."""
    clause = next((token for token in [root, *root.ancestors] if token.pos_ in {"VERB", "AUX"}), None)
    if clause is None:
        return True
    if not is_actual(clause) or clause.lemma_.lower() in NOT_PRESENCE_VERBS and is_agent_of(root, clause):
        return False
    return not any(token.lemma_.lower() in EPISTEMIC_WORDS and token.pos_ in {"VERB", "ADJ"} for token in clause.ancestors)


def is_agent_of(root: Token, verb: Token) -> bool:
    return root.head is verb and root.dep_ in {"nsubj", "nsubjpass"}


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
    scene = is_scene_report(resolution, interactions)
    found = acts(resolution, scene) + possessed_places(resolution) + performances(resolution)
    found += presiding_officers(resolution) + show_hosts(resolution)
    present = {act.person.name for act in found} | headline_people(resolution)
    people = {entity.name for entity in resolution.people()}
    # A meeting (or a face-to-face act: a chat, a hug) is an occasion both attended, unless the
    # text dates it elsewhere ("met X for lunch last week").
    meetings = [pair for pair in interactions if FACE_TO_FACE & set(pair.kind.split(", ")) and not dated_elsewhere(resolution, pair) and not remote(resolution, pair)]
    for pair in meetings + ([*interactions, *colocated] if scene else []):
        present.update(name for name in (pair.a, pair.b) if name in people)
    if scene:
        present |= placed_by_the_narrative(resolution)
    for quote in quotes:
        if quote.speaker and quote.addressee:
            present.add(quote.speaker)
    if scene:  # a news story's absences are often from another occasion ("refused the Lumen on his behalf")
        present -= absentees(resolution)
    return present & people, sightings_from(found)
