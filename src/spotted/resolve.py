"""Stage 5, resolve: name and group spans of one article → entities with one canonical name.

In: the parsed `Doc`, `NameSpan`s and `GroupSpan`s from `recognize`, the blocks, and the alias
table. Out: a `Resolution` — each entity (person or group) with its canonical name, its mentions
and why they were tied to it, plus the aliases the text itself states; and lookups that later
stages use: which entity a token belongs to, and who a pronoun stands for.

Sieves, most precise first ("A Multi-Pass Sieve for Coreference Resolution", EMNLP 2010; "A Bayesian
Mixed Effects Model of Literary Character", ACL 2014):
1. the same full name is the same person ("Jonas Pike" … "Jonas Pike");
2. a first name or surname alone goes to the full name that holds it, the nearest one before it
   (else the first after it): "Pike" → Jonas Pike, "Norah" → Norah Vale;
3. a nickname of a full name's first name ("Bill" → William Smith);
4. aliases the text states ("X, aka Y", "X's alter ego Y", "X (real name Y)", "X in character"
   beside the name of the character) and aliases from the alias table;
5. role descriptions ("the 40 Miles to Neptune frontman") to the person the text last named who
   fits, or to the one person the text earlier gave that role ("Actress X…", "the actress");
6. pronouns, on demand, to the nearest fitting subject before them (an earlier pronoun counts as
   a mention of whom it stands for).
"""

from __future__ import annotations

import bisect
import difflib
import re
from collections import Counter
from itertools import combinations
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from spotted.aliases import AliasTable
from spotted.lexicon import FEMALE_ROLE_NOUNS, MALE_ROLE_NOUNS, ROLE_NOUNS, SPEECH_VERBS
from spotted.recognize import GroupSpan, NameSpan, gender_of_first_name, nickname_pairs
from spotted.segment import Block, block_of, text_of

MALE_PRONOUNS = {"he", "him", "his", "himself"}
FEMALE_PRONOUNS = {"she", "her", "hers", "herself"}
PLURAL_PRONOUNS = {"they", "them", "their", "themselves"}
PERSON_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS
SUBJECT_DEPS = {"nsubj", "nsubjpass"}

ALIAS_PATTERNS = (
    # (regex between first and second name, which of the two is the person's main name)
    # an optional title between keyword and name: "X, aka DJ Y"
    (re.compile(r"^,?\s*(?:aka|a\.k\.a\.|also known as|better known as|known as)(?:\s+[A-Z][\w.]*)?\s*$", re.I), "second"),
    (re.compile(r"^[’']s?\s+(?:male\s+|female\s+)?alter[- ]ego,?\s*$", re.I), "first"),
    (re.compile(r"^,?\s*\(?\s*(?:real name|born|née|nee|birth name)\s*$", re.I), "first"),
    (re.compile(r"^,?\s*whose (?:real|birth|given) name is\s*$", re.I), "first"),
    (BRACKET := re.compile(r"^\s*\(\s*$"), "first"),
)
IN_CHARACTER = re.compile(r"^\s*(?:in character|in drag|as (?:his|her) alter[- ]ego)", re.I)


@dataclass(eq=False)  # identity matters: two entities may share a name for a while
class Entity:
    name: str
    kind: str  # "person" or "group"
    mentions: list[tuple[int, int]] = field(default_factory=list)  # token spans
    why: list[str] = field(default_factory=list)
    gender: str | None = None


@dataclass
class Resolution:
    doc: Doc
    entities: list[Entity]
    token_entity: dict[int, Entity]
    stated_aliases: list[tuple[str, str]]
    blocks: list[Block]
    quoted_tokens: frozenset[int] = frozenset()  # tokens inside quotation marks
    _sentence_starts: list[int] | None = field(default=None, repr=False)
    _indices: list[int] | None = field(default=None, repr=False)
    _tokens: list[Token] | None = field(default=None, repr=False)
    _furniture: frozenset[int] | None = field(default=None, repr=False)
    _pronouns: dict[int, Entity | None] = field(default_factory=dict, repr=False)

    def entity_at(self, token: Token) -> Entity | None:
        entity = self.token_entity.get(token.i)
        if entity is None and token.lower_ in PERSON_PRONOUNS | PLURAL_PRONOUNS:
            return self.pronoun(token)
        return entity

    def people(self) -> list[Entity]:
        return [entity for entity in self.entities if entity.kind == "person"]

    def pronoun(self, token: Token) -> Entity | None:
        """The entity a pronoun stands for: the nearest fitting mention before it, subjects first,
        never a name quoted in the pronoun's own sentence when the pronoun is outside the quote.

        Looks back through the current sentence and the two before it, within the same block, or
        the previous block when the pronoun opens its own (a list item's subject carries over).
        An earlier pronoun counts as a mention of whoever it stands for, so a chain of "he"s
        keeps to the person named at its start ("Pike made his debut… He went on… He married
        Y"). The owner of a subject counts as a subject ("Pike's songs cast their spell…").
        """
        if token.i not in self._pronouns:
            self._pronouns[token.i] = None  # a chain that leads back to itself finds nobody
            self._pronouns[token.i] = self.nearest_referent(token)
        return self._pronouns[token.i]

    def nearest_referent(self, token: Token) -> Entity | None:
        fitting = self.fitting_referents(token, across_blocks=False)
        if not fitting and self.opens_its_block(token):
            fitting = self.fitting_referents(token, across_blocks=True)
        if not fitting:
            return None
        subjects = [(index, entity) for index, entity in fitting if is_subject_or_its_owner(self.doc[index])]
        same_sentence = [item for item in fitting if self.doc[item[0]].sent.start == token.sent.start]
        pool = same_sentence or subjects or fitting
        return max(pool, key=lambda item: item[0])[1]

    def fitting_referents(self, token: Token, across_blocks: bool) -> list[tuple[int, Entity]]:
        """Mentions in reach that the pronoun's number and gender fit; when none in its own block
        does and the pronoun is in the block's first sentence, the block before may ("Adair
        picked up the prize. ¶ Presenting the award, Moir described her…"), page furniture
        aside."""
        word = token.lower_
        wants_group = word in PLURAL_PRONOUNS
        candidates = self.mentions_before(token, sentences=3, across_blocks=across_blocks) + self.pronouns_before(token)
        if across_blocks:
            candidates = [(index, entity) for index, entity in candidates if not self.in_furniture(index)]
        if self.speaks(token):  # '"Greta is the reason…," she said': the speaker is not the name quoted
            candidates = [
                (index, entity)
                for index, entity in candidates
                if index not in self.quoted_tokens or self.doc[index].sent.start != token.sent.start
            ]
        own_subjects = self.clause_subjects(token)
        return [
            (index, entity)
            for index, entity in candidates
            if (entity.kind == "group") == wants_group and gender_fits(entity, word) and entity not in own_subjects
        ]

    def speaks(self, pronoun: Token) -> bool:
        """The pronoun, outside quotes, is the subject of a speech verb."""
        return pronoun.i not in self.quoted_tokens and pronoun.dep_ == "nsubj" and pronoun.head.lemma_.lower() in SPEECH_VERBS

    def opens_its_block(self, token: Token) -> bool:
        """The token is in the first sentence of its block."""
        block = block_of(self.blocks, token.idx)
        return block is not None and token.sent.start_char <= block.start

    def in_furniture(self, index: int) -> bool:
        """Token `index` is in a page-furniture block ("RELATED: …", segment.FURNITURE)."""
        if self._furniture is None:  # found once: the rules ask for every verb and mention
            starts = [token.idx for token in self.tokens]
            self._furniture = frozenset(
                index
                for block in self.blocks
                if block.kind == "furniture"
                for index in range(bisect.bisect_left(starts, block.start), bisect.bisect_right(starts, block.end))
            )
        return index in self._furniture

    def pronouns_before(self, token: Token) -> list[tuple[int, Entity]]:
        """Earlier pronouns of the same number and gender in reach, with what they stand for."""
        word = token.lower_
        same_kind = PLURAL_PRONOUNS if word in PLURAL_PRONOUNS else MALE_PRONOUNS if word in MALE_PRONOUNS else FEMALE_PRONOUNS
        found = []
        for earlier in self.doc[self.window_start(token, sentences=3) : token.i]:
            if earlier.lower_ in same_kind and earlier.i not in self.quoted_tokens and earlier.i not in self.token_entity:
                entity = self.pronoun(earlier)
                if entity is not None:
                    found.append((earlier.i, entity))
        return found

    def clause_subjects(self, pronoun: Token) -> list[Entity]:
        """ "Jo brought him a tray": an object pronoun never stands for its own clause's subject."""
        if pronoun.dep_ not in {"dobj", "dative", "iobj", "pobj"} or pronoun.lower_.endswith("self"):
            return []
        verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
        subjects = [child for child in verb.children if child.dep_ in {"nsubj", "nsubjpass"}]
        return [self.token_entity[s.i] for s in subjects if s.i in self.token_entity]

    def mentions_before(self, token: Token, sentences: int, across_blocks: bool = False) -> list[tuple[int, Entity]]:
        """Entity mentions in the `sentences` sentences up to `token`, not crossing into an
        earlier block unless `token`'s block names nobody before it (or `across_blocks`)."""
        indices = self.mention_indices()
        low = bisect.bisect_left(indices, self.window_start(token, sentences, across_blocks))
        high = bisect.bisect_left(indices, token.i)
        return [(index, self.token_entity[index]) for index in indices[low:high]]

    def window_start(self, token: Token, sentences: int, across_blocks: bool = False) -> int:
        """First token of the `sentences` sentences up to `token` (see `mentions_before`)."""
        starts = self.sentence_starts()
        start = starts[max(0, bisect.bisect_right(starts, token.i) - sentences)]
        return start if across_blocks else max(start, self.carry_over_floor(token))

    def carry_over_floor(self, token: Token) -> int:
        """First token a reference may reach back to: the block's start, or the previous block's
        start when nobody is named in this block before the token."""
        block = block_of(self.blocks, token.idx)
        if block is None:
            return 0
        block_start = self.first_token_at(block.start)
        indices = self.mention_indices()
        named_before = bisect.bisect_left(indices, token.i) > bisect.bisect_left(indices, block_start)
        position = self.blocks.index(block)
        if named_before or position == 0:
            return block_start
        return self.first_token_at(self.blocks[position - 1].start)

    def first_token_at(self, offset: int) -> int:
        span = self.doc.char_span(offset, min(offset + 1, len(text_of(self.doc))), alignment_mode="expand")
        return span.start if span is not None else 0

    def sentence_starts(self) -> list[int]:
        """Where sentences with words start: a stray closing quote the parser made a sentence of
        ('"' after a quoted paragraph) is no sentence to count when looking back."""
        if self._sentence_starts is None:
            starts = [sentence.start for sentence in self.doc.sents if any(token.is_alpha for token in sentence)]
            self._sentence_starts = starts if starts and starts[0] == 0 else [0, *starts]
        return self._sentence_starts

    @property
    def tokens(self) -> list[Token]:
        """The document's tokens, made once: spaCy builds a new Token object on every access, and
        the rules walk the whole document many times."""
        if self._tokens is None:
            self._tokens = list(self.doc)
        return self._tokens

    def mention_indices(self) -> list[int]:
        """Sorted token indices that belong to an entity (rebuilt when mentions are added)."""
        if self._indices is None or len(self._indices) != len(self.token_entity):
            self._indices = sorted(self.token_entity)
        return self._indices


def is_subject_or_its_owner(token: Token) -> bool:
    return token.dep_ in SUBJECT_DEPS or token.dep_ == "poss" and token.head.dep_ in SUBJECT_DEPS


def gender_fits(entity: Entity, pronoun: str) -> bool:
    if pronoun in MALE_PRONOUNS:
        return entity.gender != "female"
    if pronoun in FEMALE_PRONOUNS:
        return entity.gender != "male"
    return True


class Clusters:
    """Union-find over mention ids, where each root remembers which member names it best."""

    def __init__(self) -> None:
        self.parent: dict[int, int] = {}
        self.primary: dict[int, int] = {}

    def add(self, item: int) -> None:
        self.parent.setdefault(item, item)

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, keep: int, other: int) -> None:
        """Join `other`'s cluster into `keep`'s; `keep`'s cluster names the result."""
        root_keep, root_other = self.find(keep), self.find(other)
        if root_keep != root_other:
            self.parent[root_other] = root_keep


def resolve(
    doc: Doc,
    names: list[NameSpan],
    groups: list[GroupSpan],
    blocks: list[Block],
    aliases: AliasTable,
    quoted_tokens: frozenset[int] = frozenset(),
) -> Resolution:
    """Tie every name, role description and group mention of one article to an entity.
    `quoted_tokens` are the tokens inside quotation marks: names there are the speaker's words,
    never what a description outside refers to."""
    clusters = Clusters()
    why: dict[int, str] = {}
    for index in range(len(names)):
        clusters.add(index)
    tie_same_full_names(names, clusters)
    tie_misspellings(names, clusters, why)
    tie_short_forms(names, clusters, why)
    tie_initials(names, clusters, why)
    stated = tie_stated_aliases(doc, names, blocks, clusters, why)
    table_names = tie_table_aliases(names, aliases, clusters, why)
    entities, token_entity = build_person_entities(doc, names, clusters, why, table_names)
    resolution = Resolution(doc, entities, token_entity, stated, blocks, quoted_tokens)
    infer_genders(resolution)
    attach_role_descriptions(resolution)
    attach_celebrant_descriptions(resolution)
    attach_groups(resolution, groups)
    return resolution


def tie_same_full_names(names: list[NameSpan], clusters: Clusters) -> None:
    """Every occurrence of one full name is one person (one-word names are tied in
    `tie_short_forms`: "Okafor" may be Zara Okafor here and Nia Okafor there)."""
    first_seen: dict[str, int] = {}
    for index, name in enumerate(names):
        if len(name.text.split()) < 2:
            continue
        key = name.text.lower()
        if key in first_seen:
            clusters.union(first_seen[key], index)
        else:
            first_seen[key] = index


def tie_misspellings(names: list[NameSpan], clusters: Clusters, why: dict[int, str]) -> None:
    """ "Daruis Vale" beside "Darius Vale": full names that differ by a slip in one word.

    The form used more often (then first) names the person.
    """
    counts = Counter(name.text for name in names)
    first_index = {}
    for index, name in enumerate(names):
        first_index.setdefault(name.text, index)
    forms = [form for form in first_index if len(form.split()) >= 2]
    for a, b in combinations(forms, 2):
        if is_slip_of(a.split(), b.split()):
            keep, other = (a, b) if (counts[a], -first_index[a]) >= (counts[b], -first_index[b]) else (b, a)
            for index, name in enumerate(names):
                if name.text == other:
                    clusters.union(first_index[keep], index)
                    why[index] = f"'{other}' → {keep}: a misspelling of a name used in the article"


def is_slip_of(a: list[str], b: list[str]) -> bool:
    if len(a) != len(b):
        return False
    differing = [(x, y) for x, y in zip(a, b) if x != y]
    if len(differing) != 1:
        return False
    x, y = differing[0]
    if min(len(x), len(y)) < 4:
        return False
    swapped = sorted(x.lower()) == sorted(y.lower())  # "Hael" for "Hale"
    return swapped or difflib.SequenceMatcher(None, x.lower(), y.lower()).ratio() >= 0.8


def tie_short_forms(names: list[NameSpan], clusters: Clusters, why: dict[int, str]) -> None:
    """A one-word name goes to a full name with that first name, surname or nickname: the
    nearest before it (else the first after), except that a surname two full names share
    ("Zara Okafor" and her sister "Nia Okafor") goes to the one the article names most, its
    subject. One-word names that fit no full name are tied to their own repeats."""
    full = [(index, name) for index, name in enumerate(names) if len(name.text.split()) >= 2]
    alone: dict[str, int] = {}
    for index, name in enumerate(names):
        if len(name.text.split()) != 1:
            continue
        word = name.text
        matches = [(i, n) for i, n in full if word in (n.text.split()[0], n.text.split()[-1])]
        reason = "first name or surname of"
        if not matches:
            matches = [(i, n) for i, n in full if is_nickname_of(word, n.text.split()[0])]
            reason = "nickname of the first name of"
        if not matches:
            clusters.union(alone.setdefault(word.lower(), index), index)
            continue
        target = shared_surname_owner(matches, word, clusters) or nearest_match(matches, name)
        clusters.union(target[0], index)
        why[index] = f"'{word}' → {target[1].text}: {reason} a full name in the article"


def nearest_match(matches: list[tuple[int, NameSpan]], name: NameSpan) -> tuple[int, NameSpan]:
    before = [(i, n) for i, n in matches if n.start < name.start]
    return max(before, key=lambda item: item[1].start) if before else min(matches, key=lambda item: item[1].start)


def shared_surname_owner(matches: list[tuple[int, NameSpan]], word: str, clusters: Clusters) -> tuple[int, NameSpan] | None:
    """When `word` is the surname of two or more different full names, the one named most often
    in full (the first named, on a tie); None when the surname is one person's."""
    owners = [(i, n) for i, n in matches if n.text.split()[-1] == word]
    people = {clusters.find(i) for i, _ in owners}
    if len(people) < 2 or len(owners) != len(matches):
        return None
    counts = Counter(clusters.find(i) for i, _ in owners)
    return min(owners, key=lambda item: (-counts[clusters.find(item[0])], item[1].start))


def tie_initials(names: list[NameSpan], clusters: Clusters, why: dict[int, str]) -> None:
    """ "B's big announcement" after "Bexa": a lone initial goes to the one person it can be."""
    for index, name in enumerate(names):
        if len(name.text) != 1:
            continue
        owners = {clusters.find(i) for i, other in enumerate(names) if len(other.text) > 1 and other.text[0] == name.text and other.start < name.start}
        if len(owners) == 1:
            owner = owners.pop()
            clusters.union(owner, index)
            why[index] = f"'{name.text}' → {names[owner].text}: the initial of the only person it can stand for"


def is_nickname_of(short: str, first_name: str) -> bool:
    """ "Bill" of "William", "Kim" of "Kimmy" (both short for Kimberly), "Leo" of "Leonardo"."""
    short, first = short.lower(), first_name.lower()
    pairs = nickname_pairs()
    if (first, short) in pairs:
        return True
    if len(short) >= 3 and first.startswith(short) and short != first:
        return True  # clipped forms: Leo, Alex, Chris, Kim
    if short[:2] != first[:2]:
        return False  # two nicknames of one formal name are one person's only when they sound alike: not "Lena" and "Kit"
    shared = {name for name, nick in pairs if nick == short} | {short}
    return any((name, first) in pairs or name == first for name in shared)


def tie_stated_aliases(doc: Doc, names: list[NameSpan], blocks: list[Block], clusters: Clusters, why: dict[int, str]) -> list[tuple[str, str]]:
    """Aliases the article states itself; returns (alias, main name) pairs with their evidence."""
    stated: list[tuple[str, str]] = []
    for (i, first), (j, second) in zip(enumerate(names), list(enumerate(names))[1:]):
        between = text_of(doc)[doc[first.end - 1].idx + len(doc[first.end - 1].text) : doc[second.start].idx]
        for pattern, main in ALIAS_PATTERNS:
            if pattern.match(between):
                if pattern is BRACKET and not text_of(doc)[doc[second.end - 1].idx + len(doc[second.end - 1].text) :].lstrip().startswith(")"):
                    continue  # "Tom Lee (Sarah Mitchell's husband)" gives no alias
                keep, other = (i, j) if main == "first" else (j, i)
                clusters.union(keep, other)
                why[other] = f"'{names[other].text}' → {names[keep].text}: the article states the alias"
                stated.append((names[other].text, names[keep].text))
                break
    for i, name in enumerate(names):
        after = text_of(doc)[doc[name.end - 1].idx + len(doc[name.end - 1].text) :][:40]
        if not IN_CHARACTER.match(after):
            continue
        character = nearest_other_name(doc, names, blocks, clusters, i)
        if character is not None:
            clusters.union(i, character)
            why[character] = f"'{names[character].text}' → {name.text}: '{name.text} in character' beside the character's name"
            stated.append((names[character].text, name.text))
    return list(dict.fromkeys(stated))


def nearest_other_name(doc: Doc, names: list[NameSpan], blocks: list[Block], clusters: Clusters, i: int) -> int | None:
    """The name of someone else nearest to names[i] in its block, earlier ones first: the
    character in "» Jo Castellan on the move! We witnessed Nova in character"."""
    block = block_of(blocks, doc[names[i].start].idx)
    if block is None:
        return None
    others = [j for j, other in enumerate(names) if block.contains(doc[other.start].idx) and clusters.find(j) != clusters.find(i)]
    before = [j for j in others if j < i]
    return max(before) if before else (min(others) if others else None)


def tie_table_aliases(names: list[NameSpan], aliases: AliasTable, clusters: Clusters, why: dict[int, str]) -> dict[int, str]:
    """Ties from the alias table; returns the table's canonical name for each tied cluster root.

    A first name alone ("Kelli") is tied through the table only when the table's person is named
    in the article, so a common first name never pulls in someone absent.
    """
    canonical_of: dict[int, str] = {}
    by_canonical: dict[str, int] = {}
    for index, name in enumerate(names):
        canonical = aliases.canonical(name.text)
        if canonical is None:
            continue
        if canonical in by_canonical:
            clusters.union(by_canonical[canonical], index)
            if canonical.lower() != name.text.lower():
                why[index] = f"'{name.text}' → {canonical}: alias table"
        else:
            by_canonical[canonical] = index
        canonical_of[index] = canonical
    for index, name in enumerate(names):
        if len(name.text.split()) != 1 or index in canonical_of or any(clusters.find(index) == clusters.find(j) for j in range(len(names)) if j != index and len(names[j].text.split()) > 1):
            continue
        for alias_lower, canonical in aliases.to_name.items():
            if alias_lower.split()[0] == name.text.lower() and len(alias_lower.split()) > 1 and canonical in by_canonical:
                clusters.union(by_canonical[canonical], index)
                why[index] = f"'{name.text}' → {canonical}: first name of '{aliases.written.get(alias_lower, alias_lower)}', an alias of {canonical} (alias table)"
                break
    return {clusters.find(index): canonical for index, canonical in canonical_of.items()}


def build_person_entities(doc: Doc, names: list[NameSpan], clusters: Clusters, why: dict[int, str], table_names: dict[int, str]):
    members: dict[int, list[int]] = {}
    for index in range(len(names)):
        members.setdefault(clusters.find(index), []).append(index)
    entities: list[Entity] = []
    token_entity: dict[int, Entity] = {}
    members = {root: indices for root, indices in members.items() if any(len(names[i].text) > 1 for i in indices)}
    for root, indices in sorted(members.items(), key=lambda item: names[item[1][0]].start):
        forms = [names[index].text for index in indices]
        name = table_names.get(root) or canonical_form(forms, names[root].text)
        entity = Entity(name, "person", [(names[i].start, names[i].end) for i in indices], [why[i] for i in indices if i in why])
        entities.append(entity)
        for index in indices:
            for token in range(names[index].start, names[index].end):
                token_entity[token] = entity
    return entities, token_entity


def canonical_form(forms: list[str], root_form: str) -> str:
    """The fullest form of the cluster's own (non-alias) names: most words, then most used."""
    counts = Counter(forms)
    root_words = set(root_form.split())
    own = [form for form in counts if set(form.split()) & root_words] or list(counts)
    return max(own, key=lambda form: (len(form.split()), counts[form], -forms.index(form)))


MALE_TITLES = {"mr", "mr.", "sir", "lord", "king", "prince"}
FEMALE_TITLES = {"mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen", "princess"}


def infer_genders(resolution: Resolution) -> None:
    """A person's gender, by votes: gendered role nouns and titles before the name ("actress",
    "Mrs"), pronouns after a sentence that names only them ("Nova's … her dancers"), and the
    census's gender for their first name."""
    doc = resolution.doc
    for entity in resolution.people():
        votes = Counter()
        for start, end in entity.mentions:
            before = doc[start - 1].lower_ if start > 0 else ""
            if before in MALE_ROLE_NOUNS | MALE_TITLES:
                votes["male"] += 1
            elif before in FEMALE_ROLE_NOUNS | FEMALE_TITLES:
                votes["female"] += 1
            sentence = doc[start].sent
            people_in_sentence = {id(resolution.token_entity[i]) for i in range(sentence.start, sentence.end) if i in resolution.token_entity}
            if people_in_sentence == {id(entity)}:
                for token in doc[end : sentence.end]:
                    # possessives only: in "X said he was…" the "he" is often someone else
                    if token.lower_ in {"her", "herself"} and token.dep_ == "poss" or token.lower_ == "herself":
                        votes["female"] += 1
                    elif token.lower_ in {"his", "himself"}:
                        votes["male"] += 1
        first_name = gender_of_first_name(entity.name.split()[0]) if len(entity.name.split()) > 1 else None
        if first_name:  # outweighs one stray possessive ("Lola Brandt said on his show": the host's)
            votes[first_name] += 1.5
        if votes:
            entity.gender = votes.most_common(1)[0][0]


def attach_role_descriptions(resolution: Resolution) -> None:
    """ "the 40 Miles to Neptune frontman" → the person the text last named who can be meant.

    The description refers back: to a name in apposition, else the most recent person in the
    block (or the block before) who is not the subject of the description's own sentence and
    whose gender does not contradict a gendered role noun.
    """
    doc = resolution.doc
    for start, head in role_descriptions(doc):
        after = head.i + 2 if head.i + 1 < len(doc) and doc[head.i + 1].text == "," else head.i + 1
        if any(index in resolution.token_entity for index in [*range(start, head.i + 1), after] if index < len(doc)):
            continue  # "the singer Solenne", "the show's director, Peter Anand": the name is right there
        target = referent_of_description(resolution, start, head)
        if target is None:
            continue
        description = doc[start : head.i + 1]
        target.mentions.append((start, head.i + 1))
        target.why.append(f"'{description.text}' → {target.name}: role description referring back to the last fitting person named")
        for token in description:
            resolution.token_entity[token.i] = target


def attach_celebrant_descriptions(resolution: Resolution) -> None:
    """ "danced with the birthday boy" → the person whose birthday the text gave before
    ("X's 40th birthday", "X celebrated her birthday")."""
    doc = resolution.doc
    for head in doc:
        if head.i < 2 or head.lower_ not in {"boy", "girl"} or doc[head.i - 1].lower_ != "birthday" or doc[head.i - 2].lower_ != "the":
            continue
        target = celebrant_before(resolution, head)
        if target is None or head.i in resolution.token_entity:
            continue
        target.mentions.append((head.i - 2, head.i + 1))
        target.why.append(f"'the birthday {head.lower_}' → {target.name}: whose birthday the text gave before")
        for index in range(head.i - 2, head.i + 1):
            resolution.token_entity[index] = target


def celebrant_before(resolution: Resolution, before: Token) -> Entity | None:
    """The last person before `before` who owns a birthday (or a birthday party) or celebrates one."""
    found: Entity | None = None
    for token in resolution.tokens[: before.i - 1]:
        if token.lower_ != "birthday":
            continue
        owners = [child for child in token.children if child.dep_ == "poss"]
        if token.dep_ == "compound":  # "X's 40th birthday party"
            owners += [child for child in token.head.children if child.dep_ == "poss"]
        if token.dep_ == "dobj":
            owners += [child for child in token.head.children if child.dep_ == "nsubj"]
        for owner in owners:
            entity = resolution.entity_at(owner)
            if entity is not None and entity.kind == "person":
                found = entity
    return found


def role_descriptions(doc: Doc) -> list[tuple[int, Token]]:
    """ "the frontman", "the 40 Miles to Neptune frontman", "the Lumen-winning rapper":
    "the", up to six modifier words, a singular role noun."""
    found: list[tuple[int, Token]] = []
    for head in doc:
        if is_age_description(head):
            found.append((head.i - 5, head))  # "the 24-year-old"
            continue
        if head.lower_ not in ROLE_NOUNS or head.tag_ != "NN":
            continue
        for start in range(head.i - 1, max(-1, head.i - 8), -1):
            word = doc[start]
            if word.lower_ == "the":
                found.append((start, head))
                break
            hyphenated = start > 0 and doc[start - 1].text == "-"  # "the Oscar-winning star"
            if word.is_sent_start or word.is_punct and word.text not in {"-", "'"} or word.pos_ in {"VERB", "AUX", "ADP", "PRON", "DET"} and word.lower_ != "to" and not hyphenated:
                break
    return found


def referent_of_description(resolution: Resolution, start: int, head: Token) -> Entity | None:
    """The person a role description refers back to (see `attach_role_descriptions`). Not the
    subject of its own sentence ("X hugged the singer"), unless the description is itself the
    subject of a clause joined to X's and the sentence names nobody else before it ("X rarely
    attends, but the rapper performed"; not "X gave the award to Y, but the singer…")."""
    sentence = head.sent
    named_before = [token for token in sentence if token.i < start and token.i in resolution.token_entity]
    people_before = {id(resolution.token_entity[token.i]) for token in named_before if resolution.token_entity[token.i].kind == "person"}
    subjects_before = {id(resolution.token_entity[token.i]) for token in named_before if token.dep_ in SUBJECT_DEPS}
    others_before = bool(people_before - subjects_before)
    subject_entities = set() if opens_a_joined_clause(head) and not others_before else {
        id(resolution.token_entity[token.i])
        for token in sentence
        if token.i < start and token.i in resolution.token_entity and token.dep_ in {"nsubj", "nsubjpass", "advmod", "npadvmod", "ROOT", "dep"}
        and token.head.i >= start - 10
    }
    gender = "male" if head.lower_ in MALE_ROLE_NOUNS else "female" if head.lower_ in FEMALE_ROLE_NOUNS else None
    bare = head.i - start == 1  # "the host" says less than "the 40 Miles to Neptune frontman"
    mentions = [
        (index, entity)
        for index, entity in reversed(resolution.mentions_before(head, sentences=6))
        if entity.kind == "person" and index not in resolution.quoted_tokens
        and id(entity) not in subject_entities and not (gender and entity.gender and entity.gender != gender)
    ]
    # A description that is itself the subject ("The 24-year-old, who…") continues the topic:
    # the last subject named; elsewhere ("passed the frontman") the last person named.
    opens_clause = resolution.doc[start].is_sent_start or head.dep_ in SUBJECT_DEPS
    subjects = [entity for index, entity in mentions if opens_clause and is_subject_or_its_owner(resolution.doc[index])]
    fitting = list(dict.fromkeys(subjects + [entity for _, entity in mentions]))
    titled = [entity for entity in fitting if head.lower_ in titles_of(resolution, entity)]
    if titled:
        return titled[0]  # "the Lumen-winning rapper" is whoever the text called a rapper
    titled_earlier = titled_before(resolution, head, gender)
    if titled_earlier is not None:
        return titled_earlier  # "Actress X won…" a paragraph back, then "The Australian actress…"
    if bare:
        return None  # a bare role refers back only to someone the text gave that role
    return fitting[0] if fitting else None


def opens_a_joined_clause(head: Token) -> bool:
    """The description is the subject of a verb coordinated with an earlier one ("…, but the
    rapper performed")."""
    return head.dep_ in SUBJECT_DEPS and head.head.dep_ == "conj"


def is_age_description(token: Token) -> bool:
    """ "old" at the end of "the 29-year-old", which spaCy splits at the hyphens (and often
    parses as an adjective of the next noun, so the words are read, not the parse)."""
    doc = token.doc
    return (
        token.lower_ == "old" and token.i >= 5 and doc[token.i - 2].lower_ in {"year", "years"}
        and doc[token.i - 4].like_num and doc[token.i - 5].lower_ in {"the", "this"}
    )


def titled_before(resolution: Resolution, head: Token, gender: str | None) -> Entity | None:
    """The one person the text gave this role before, anywhere earlier in the article; None when
    it gave the role to several people, or to none."""
    seen: list[Entity] = []
    for index in resolution.mention_indices():
        if index >= head.i:
            break
        entity = resolution.token_entity[index]
        if entity.kind == "person" and entity not in seen:
            seen.append(entity)
    titled = [entity for entity in seen if head.lower_ in titles_of(resolution, entity) and not (gender and entity.gender and entity.gender != gender)]
    return titled[0] if len(titled) == 1 else None


def titles_of(resolution: Resolution, entity: Entity) -> set[str]:
    """Role nouns the text puts right before the person's name ("host Jo Lane", "the singer Jo")
    or right after it in apposition ("Jo Lane, the host")."""
    doc = resolution.doc
    titles: set[str] = set()
    for start, end in entity.mentions:
        if start > 0:
            titles.add(doc[start - 1].lower_)
        if end + 2 < len(doc) and doc[end].text == ",":
            titles.update(token.lower_ for token in doc[end + 1 : end + 4])
    return titles


def attach_groups(resolution: Resolution, groups: list[GroupSpan]) -> None:
    """Group mentions become group entities; a bare "the cast" joins the last group named."""
    doc = resolution.doc
    by_name: dict[str, Entity] = {}
    last_group: Entity | None = None
    for group in groups:
        if any(i in resolution.token_entity and resolution.token_entity[i].kind == "person" and i == group.head for i in range(group.start, group.end)):
            continue
        name = group_name(resolution, group)
        if name is None and last_group is not None:
            entity = last_group
        else:
            name = name or doc[group.head].text
            entity = by_name.get(name.lower())
            if entity is None:
                entity = Entity(name, "group")
                by_name[name.lower()] = entity
                resolution.entities.append(entity)
        entity.mentions.append((group.start, group.end))
        for index in range(group.start, group.end):
            resolution.token_entity.setdefault(index, entity)
        resolution.token_entity[group.head] = entity
        last_group = entity


def group_name(resolution: Resolution, group: GroupSpan) -> str | None:
    """ "her dancers" → "<her>'s dancers"; "the Harbor Nights kids" → "Harbor Nights kids";
    a bare "the cast" → None (it refers back to a group already named)."""
    doc = resolution.doc
    tokens = [token for token in doc[group.start : group.end] if token.lower_ not in {"the", "a", "an", "these", "those", "some", "all"}]
    head = doc[group.head]
    owner = next((token for token in tokens if token.dep_ == "poss"), None)
    if owner is not None:
        entity = resolution.entity_at(owner)
        if entity is not None and entity.kind == "person":
            return f"{entity.name}'s {head.text}"
    modifiers = [token for token in tokens if token.i != head.i and token.dep_ != "poss" and not token.is_punct and token.lower_ not in {"your", "our", "my"}]
    if not modifiers:
        return None
    person = next((resolution.token_entity[t.i] for t in modifiers if t.i in resolution.token_entity and resolution.token_entity[t.i].kind == "person"), None)
    if person is not None:
        return f"{person.name}'s {head.text}"
    words = " ".join(token.text for token in tokens if not token.is_punct and token.lower_ not in {"your", "our", "my", "trusty"})
    return re.sub(r"\s+", " ", words).strip() or None

