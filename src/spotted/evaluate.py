"""Score an `Extraction` against hand gold, by the rules of `shared/data/dev-articles/README.md`.

In: a gold annotation (a dict as loaded from a gold JSON file, in either of the two schemas below)
and the `Extraction` of the same article. Out: an `ArticleScore` — counts for people, presence,
interactions and quotes (precision, recall, F1), speaker and addressee accuracy, what was found of
the items that need outside knowledge, and every miss and spurious item with the sentence it came
from. `total()` adds article scores up (micro-average) into a `Report`; `load_cases()` and
`evaluate()` do the same for a folder of gold files and the articles they annotate.

Gold schemas, both normalised into one `Gold` record by `gold_from_dict`:
- dev-articles / dev-gossip: `people` (name, mentions), a top-level `present` list of names,
  `interactions` (a, b, text), `quotes` (speaker, quote, addressee); optional `groups`, `credit`,
  `knowledge: true` on people and interactions.
- the founding article: `present` and `knowledge` booleans on each person, `knowledge_mentions`,
  `groups`, and `knowledge: true` on interactions and quotes.

Scoring rules (the README's "How scoring counts", plus what the founding gold adds):
- people: one unit per gold person, matched one-to-one. A predicted person matches a gold person by
  its name or any of its mentions, compared after `normalise_name`. A second predicted person for
  an already matched gold person is a false positive (a split).
- presence and interactions: sets of gold names reached through the people matching; interactions
  are unordered pairs.
- quotes: one-to-one on word-set Jaccard overlap >= 0.6; speaker accuracy on matched quotes (null is
  a speaker value); addressee accuracy only where gold names one.
- knowledge items (people, mentions, interactions, quotes marked so) are neither required nor
  penalised: they are counted apart, in `ArticleScore.knowledge`.
- predicted groups are never people; a predicted person that gold lists as a group is not an error,
  and a group gold does not list stands for nobody (gold gives such speakers null).
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spotted.read import ReadFailure, read_file
from spotted.types import Extraction, Group, Interaction, Person, SourceArticle

log = logging.getLogger(__name__)

QUOTE_OVERLAP = 0.6  # Jaccard word overlap at which a predicted quote matches a gold one
TASKS = ("people", "presence", "interactions", "quotes")
ACCURACIES = ("speaker", "addressee")
KNOWLEDGE_ITEMS = ("people", "mentions", "interactions", "quotes", "speakers")
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")

POSSESSIVE = re.compile(r"['’]s\b")
NOT_WORD = re.compile(r"[^\w\s]|_")
LEADING_THE = re.compile(r"^the\s+")
WORD = re.compile(r"\w+")
NOTE_IN_BRACKETS = re.compile(r"^(.*?)\s*\((.*)\)$")
# A sentence ends at . ! ? (with closing quotes or brackets) before a space, or at a line break.
SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+|\n+")


# ---------------------------------------------------------------- gold


@dataclass
class GoldPerson:
    name: str
    mentions: list[str] = field(default_factory=list)
    knowledge_mentions: list[str] = field(default_factory=list)  # forms tied to the name by knowledge only
    present: bool = False
    knowledge: bool = False


@dataclass
class GoldGroup:
    name: str
    mentions: list[str] = field(default_factory=list)


@dataclass
class GoldPair:
    a: str
    b: str
    text: str | None = None  # evidence copied from the article, for error listings only
    knowledge: bool = False

    @property
    def key(self) -> frozenset[str]:
        return frozenset((self.a, self.b))


@dataclass
class GoldQuote:
    text: str
    speaker: str | None
    addressee: str | None = None
    knowledge: bool = False


@dataclass
class Gold:
    """One article's gold, whichever schema it was written in."""

    people: list[GoldPerson] = field(default_factory=list)
    groups: list[GoldGroup] = field(default_factory=list)
    interactions: list[GoldPair] = field(default_factory=list)
    quotes: list[GoldQuote] = field(default_factory=list)
    article: str | None = None  # the article's file name, when the gold says it
    not_people: dict[str, str] = field(default_factory=dict)  # normalised name -> why it is no person

    @property
    def knowledge_people(self) -> set[str]:
        return {p.name for p in self.people if p.knowledge}


def gold_from_dict(data: dict[str, Any]) -> Gold:
    """A gold JSON object (dev-articles, dev-gossip or founding-article schema) as a `Gold`."""
    present = set(data.get("present") or [])
    people = [
        GoldPerson(
            name=p["name"],
            mentions=list(p.get("mentions") or []),
            knowledge_mentions=list(p.get("knowledge_mentions") or []),
            present=p.get("present") is True or p["name"] in present,
            knowledge=p.get("knowledge") is True,
        )
        for p in data.get("people") or []
    ]
    groups = [GoldGroup(g["name"], list(g.get("mentions") or [])) for g in data.get("groups") or []]
    pairs = [
        GoldPair(i["a"], i["b"], i.get("text"), i.get("knowledge") is True)
        for i in data.get("interactions") or []
    ]
    quotes = [
        GoldQuote(q.get("quote", q.get("text", "")), q.get("speaker"), q.get("addressee"), q.get("knowledge") is True)
        for q in data.get("quotes") or []
    ]
    return Gold(people=people, groups=groups, interactions=pairs, quotes=quotes, article=data.get("article"),
                not_people=dict(not_a_person(entry) for entry in data.get("not_people") or []))


def not_a_person(entry: str) -> tuple[str, str]:
    """A `not_people` entry, "Maison Vell (brand)" or plain "ZTV News", as (normalised name, why)."""
    match = NOTE_IN_BRACKETS.match(entry)
    name, why = match.groups() if match else (entry, "")
    return normalise_name(name), f"gold: not a person{f' ({why})' if why else ''}"


# ---------------------------------------------------------------- comparing strings


def fold_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def normalise_name(text: str) -> str:
    """A name form as compared: case-folded, accents, possessive 's, punctuation and a leading
    "the" dropped ("The Vizier's" → "vizier", "Marené" → "marene", "Nina J. Cordell" → "nina j cordell")."""
    bare = NOT_WORD.sub("", POSSESSIVE.sub("", fold_accents(text).casefold()))
    return LEADING_THE.sub("", " ".join(bare.split()))


def quote_words(text: str) -> set[str]:
    """The set of words of a quote, case, accents and punctuation ignored."""
    return set(WORD.findall(fold_accents(text).casefold()))


def jaccard(a: str, b: str) -> float:
    """Word-set overlap of two quotes: shared words over all words (0.0 when both are empty)."""
    left, right = quote_words(a), quote_words(b)
    union = left | right
    return len(left & right) / len(union) if union else 0.0


def person_forms(person: Person | Group) -> set[str]:
    """Normalised name and mention strings of a predicted person or group."""
    forms = {normalise_name(person.name)} | {normalise_name(m.text) for m in person.mentions}
    return forms - {""}


# ---------------------------------------------------------------- finding the sentence


def inside_quote(text: str, count_from: int, offset: int) -> bool:
    """Whether `offset` falls inside a double-quoted passage opened since `count_from`."""
    before = text[count_from:offset]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def is_hard_end(text: str, match: re.Match) -> bool:
    """A line break, or . ! ? beside a double quote mark (closing one quote or opening the next)."""
    return "\n" in match.group() or any(mark in match.group() for mark in '"”') or text.startswith(
        ('"', "“"), match.end()
    )


def sentence_ends(text: str) -> Iterator[int]:
    """Offsets where sentences end: at hard ends (`is_hard_end`), and after . ! ? outside a
    quotation ("Wow. I'm a huge fan!" stays in the sentence around it). Quote marks are counted
    from the last hard end only, so the news habit of reopening a quote without closing it does
    not run the rest of a paragraph into one sentence."""
    count_from = 0
    for match in SENTENCE_END.finditer(text):
        hard = is_hard_end(text, match)
        if hard or not inside_quote(text, count_from, match.end()):
            count_from = match.end() if hard else count_from
            yield match.end()


def sentence_at(text: str, start: int, end: int) -> str:
    """The sentence(s) of `text` holding the span start..end, stripped of surrounding blanks."""
    begin, stop = 0, len(text)
    for offset in sentence_ends(text):
        if offset <= start:
            begin = offset
        elif offset >= end:
            stop = offset
            break
    return text[begin:stop].strip()


def find_name(text: str, name: str) -> tuple[int, int] | None:
    """Offsets of the first whole-word, case-insensitive occurrence of `name` in `text`."""
    match = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE)
    return match.span() if match else None


def sentence_of_names(text: str, names: Iterable[str]) -> str | None:
    """The sentence where any of `names` first occurs in `text`, or None when none does."""
    spans = [span for name in names if (span := find_name(text, name))]
    return sentence_at(text, *min(spans)) if spans else None


def sentence_of_passage(text: str, passage: str | None) -> str | None:
    """The sentence holding a passage copied from the article (a quote, interaction evidence),
    or the passage itself when the cleaned text no longer holds it verbatim."""
    wanted = (passage or "").strip()
    if not wanted:
        return None
    index = text.casefold().find(wanted.casefold())
    return sentence_at(text, index, index + len(wanted)) if index >= 0 else wanted


# ---------------------------------------------------------------- results


def ratio(part: int, whole: int, *, when_empty: float) -> float:
    return part / whole if whole else when_empty


@dataclass
class Counts:
    """True positives, false positives and false negatives of one task.

    With nothing predicted and nothing in gold, precision, recall and F1 are all 1.0 (the system
    was right to find nothing); with one side empty and not the other, the empty side's ratio is 0.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def n(self) -> int:
        """Gold units counted."""
        return self.tp + self.fn

    @property
    def precision(self) -> float:
        return ratio(self.tp, self.tp + self.fp, when_empty=0.0 if self.fn else 1.0)

    @property
    def recall(self) -> float:
        return ratio(self.tp, self.tp + self.fn, when_empty=0.0 if self.fp else 1.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_dict(self) -> dict[str, float | int]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1,
                "tp": self.tp, "fp": self.fp, "fn": self.fn, "n": self.n}


@dataclass
class Accuracy:
    """Items judged right out of items judged (speakers, addressees, knowledge items found)."""

    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        """None when nothing was judged."""
        return self.correct / self.total if self.total else None

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(self.correct + other.correct, self.total + other.total)

    def to_dict(self) -> dict[str, float | int | None]:
        return {"accuracy": self.value, "correct": self.correct, "n": self.total}


@dataclass
class ErrorItem:
    """One missed, spurious or wrong item, with the sentence it came from."""

    article: str
    task: str  # people, presence, interactions, quotes, speaker, addressee
    error: str  # missed, spurious, wrong
    item: str  # what was missed or predicted, in words
    sentence: str | None = None
    detail: str = ""  # why, where it is not obvious ("second person for Jonah Pell")


@dataclass
class ArticleScore:
    """The score of one article, or the micro-averaged total of several."""

    article: str
    people: Counts = field(default_factory=Counts)
    presence: Counts = field(default_factory=Counts)
    interactions: Counts = field(default_factory=Counts)
    quotes: Counts = field(default_factory=Counts)
    speaker: Accuracy = field(default_factory=Accuracy)
    addressee: Accuracy = field(default_factory=Accuracy)
    knowledge: dict[str, Accuracy] = field(default_factory=lambda: {k: Accuracy() for k in KNOWLEDGE_ITEMS})
    errors: list[ErrorItem] = field(default_factory=list)

    def to_dict(self, *, errors: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {"article": self.article}
        data.update({task: getattr(self, task).to_dict() for task in TASKS + ACCURACIES})
        data["knowledge"] = {key: value.to_dict() for key, value in self.knowledge.items()}
        if errors:
            data["errors"] = [vars(e) for e in self.errors]
        return data


@dataclass
class Report:
    """Per-article scores and their micro-averaged total."""

    articles: list[ArticleScore]
    total: ArticleScore

    def to_dict(self, *, errors: bool = False) -> dict[str, Any]:
        return {"total": self.total.to_dict(), "articles": [a.to_dict(errors=errors) for a in self.articles]}


def add_scores(rows: Iterable[ArticleScore], name: str = "total") -> ArticleScore:
    """Micro-average: the counts of all rows added up, their errors kept in order."""
    result = ArticleScore(article=name)
    for row in rows:
        for task in TASKS + ACCURACIES:
            setattr(result, task, getattr(result, task) + getattr(row, task))
        for key in KNOWLEDGE_ITEMS:
            result.knowledge[key] = result.knowledge[key] + row.knowledge[key]
        result.errors.extend(row.errors)
    return result


def total(rows: Iterable[ArticleScore]) -> Report:
    """A `Report` of the given article scores and their micro-averaged total."""
    articles = list(rows)
    return Report(articles=articles, total=add_scores(articles))


# ---------------------------------------------------------------- matching people


@dataclass
class Link:
    """What one predicted person stands for in the gold.

    `how`: "match" (its one-to-one gold person), "split" (a gold person another predicted person
    already matched: a false positive), "knowledge" (tied to a gold person only by a knowledge
    mention, as "Kelli" to KBlitz: not counted), "group" (a gold group: not counted), "none" (no
    gold entry: a false positive).
    """

    gold: str | None
    how: str


@dataclass
class GoldIndex:
    """Normalised gold name forms, for looking predicted names up."""

    forms: dict[str, set[str]]  # gold person name -> forms readable off the text
    knowledge_forms: dict[str, set[str]]  # gold person name -> forms tied to it by knowledge only
    group_forms: dict[str, set[str]]  # gold group name -> forms

    @classmethod
    def of(cls, gold: Gold) -> GoldIndex:
        forms, knowledge_forms = {}, {}
        for person in gold.people:
            hidden = {normalise_name(m) for m in person.knowledge_mentions} - {""}
            forms[person.name] = {normalise_name(m) for m in [person.name, *person.mentions]} - hidden - {""}
            knowledge_forms[person.name] = hidden
        groups = {g.name: {normalise_name(m) for m in [g.name, *g.mentions]} - {""} for g in gold.groups}
        return cls(forms, knowledge_forms, groups)

    def find(self, forms: set[str]) -> tuple[str, str] | None:
        """(gold name, "person" | "knowledge" | "group") of the first gold entry sharing a form."""
        for table, kind in ((self.forms, "person"), (self.knowledge_forms, "knowledge"), (self.group_forms, "group")):
            hit = next((gold for gold, gold_forms in table.items() if forms & gold_forms), None)
            if hit:
                return hit, kind
        return None


def match_strength(person: Person, gold_name: str, index: GoldIndex) -> tuple[int, int]:
    """How well a predicted person fits a gold person: (level, shared forms); level 0 is no fit.

    Levels: 3 the same name, 2 the predicted name is a gold form, 1 another form is shared.
    """
    name = normalise_name(person.name)
    shared = len(person_forms(person) & index.forms[gold_name])
    if name == normalise_name(gold_name):
        return 3, shared
    if name in index.forms[gold_name]:
        return 2, shared
    return (1, shared) if shared else (0, 0)


def match_people(extraction: Extraction, index: GoldIndex) -> list[Link]:
    """One `Link` per predicted person, in order: one-to-one, strongest fits first (ties go to the
    earlier predicted person)."""
    candidates = sorted(
        ((match_strength(person, gold, index), -i, gold) for i, person in enumerate(extraction.people)
         for gold in index.forms),
        key=lambda c: (c[0], c[1]), reverse=True,
    )
    links: dict[int, Link] = {}
    for strength, negative_i, gold in candidates:
        i = -negative_i
        if strength[0] and i not in links and all(link.gold != gold for link in links.values()):
            links[i] = Link(gold, "match")
    return [links.get(i) or unmatched_link(person, index) for i, person in enumerate(extraction.people)]


def unmatched_link(person: Person, index: GoldIndex) -> Link:
    """A predicted person the one-to-one matching left out: a split, an excused one, or nobody."""
    hit = index.find(person_forms(person))
    if hit is None:
        return Link(None, "none")
    gold, kind = hit
    return Link(gold, {"person": "split", "knowledge": "knowledge", "group": "group"}[kind])


@dataclass
class Resolver:
    """Turns predicted names (speakers, addressees, interaction ends) into gold names."""

    index: GoldIndex
    names: dict[str, str]  # predicted person or group name -> gold name
    unannotated_groups: set[str]  # predicted groups gold does not list

    def __call__(self, name: str | None) -> str | None:
        """The gold name; None for None and for a group gold does not list; "?name" for nobody."""
        if name is None or name in self.unannotated_groups:
            return None
        if name in self.names:
            return self.names[name]
        hit = self.index.find({normalise_name(name)})
        return hit[0] if hit else f"?{name}"


def make_resolver(extraction: Extraction, links: list[Link], index: GoldIndex) -> Resolver:
    names: dict[str, str] = {}
    for person, link in zip(extraction.people, links):
        if link.gold:
            names.setdefault(person.name, link.gold)
    unannotated: set[str] = set()
    for group in extraction.groups:
        forms = person_forms(group)
        hit = next((gold for gold, gold_forms in index.group_forms.items() if forms & gold_forms), None)
        if hit:
            names.setdefault(group.name, hit)
        elif group.name not in names:
            unannotated.add(group.name)
    return Resolver(index, names, unannotated)


# ---------------------------------------------------------------- scoring each task


def person_sentence(extraction: Extraction, person: Person) -> str | None:
    """Where a predicted person is first mentioned."""
    if person.mentions:
        first = min(person.mentions, key=lambda m: m.start)
        return sentence_at(extraction.text, first.start, first.end)
    return sentence_of_names(extraction.text, [person.name])


def gold_person_sentence(text: str, person: GoldPerson) -> str | None:
    return sentence_of_names(text, [person.name, *person.mentions])


def score_people(gold: Gold, extraction: Extraction, links: list[Link], result: ArticleScore) -> None:
    """People P/R/F1, the knowledge people and mentions found, and the people errors."""
    excused = gold.knowledge_people
    for person, link in zip(extraction.people, links):
        if link.how in ("knowledge", "group") or link.gold in excused:
            continue
        if link.how == "match":
            result.people.tp += 1
        else:
            result.people.fp += 1
            detail = f"second person for {link.gold}" if link.how == "split" else ""
            detail = detail or gold.not_people.get(normalise_name(person.name), "")
            result.errors.append(ErrorItem(result.article, "people", "spurious", person.name,
                                           person_sentence(extraction, person), detail))
    matched = {link.gold for link in links if link.how == "match"}
    for person in gold.people:
        if person.knowledge:
            result.knowledge["people"].total += 1
            result.knowledge["people"].correct += person.name in matched
        elif person.name not in matched:
            result.people.fn += 1
            result.errors.append(ErrorItem(result.article, "people", "missed", person.name,
                                           gold_person_sentence(extraction.text, person)))
    score_knowledge_mentions(gold, extraction, links, result)


def score_knowledge_mentions(gold: Gold, extraction: Extraction, links: list[Link], result: ArticleScore) -> None:
    """A knowledge mention is found when a predicted person tied to its gold person by readable
    forms carries it too (the system linked "Kelli" to KBlitz)."""
    carried: dict[str, set[str]] = {}
    for person, link in zip(extraction.people, links):
        if link.how in ("match", "split"):
            carried.setdefault(link.gold, set()).update(person_forms(person))
    for person in gold.people:
        for mention in person.knowledge_mentions:
            result.knowledge["mentions"].total += 1
            result.knowledge["mentions"].correct += normalise_name(mention) in carried.get(person.name, set())


def score_presence(gold: Gold, extraction: Extraction, links: list[Link], result: ArticleScore) -> None:
    """Presence: the gold people predicted present, against the people gold says were present."""
    wanted = {p.name for p in gold.people if p.present and not p.knowledge}
    predicted: dict[str, Person] = {}
    for person, link in zip(extraction.people, links):
        if person.present and link.how not in ("knowledge", "group") and link.gold not in gold.knowledge_people:
            predicted.setdefault(link.gold or f"?{person.name}", person)
    for name, person in predicted.items():
        if name in wanted:
            result.presence.tp += 1
        else:
            result.presence.fp += 1
            result.errors.append(ErrorItem(result.article, "presence", "spurious", person.name,
                                           presence_sentence(extraction, person)))
    for person in gold.people:
        if person.name in wanted and person.name not in predicted:
            result.presence.fn += 1
            result.errors.append(ErrorItem(result.article, "presence", "missed", person.name,
                                           gold_person_sentence(extraction.text, person)))


def presence_sentence(extraction: Extraction, person: Person) -> str | None:
    """The sighting that made a person present, else where the person is first mentioned."""
    sighting = next((s for s in extraction.sightings if s.person == person.name), None)
    if sighting:
        return sentence_at(extraction.text, sighting.start, sighting.end)
    return person_sentence(extraction, person)


def score_interactions(gold: Gold, extraction: Extraction, resolve: Resolver, result: ArticleScore) -> None:
    """Interactions: unordered pairs of gold names. Pairs with a knowledge person, or with a group
    gold does not list, are neither credited nor penalised."""
    wanted = {pair.key: pair for pair in gold.interactions if not pair.knowledge}
    knowledge = {pair.key for pair in gold.interactions if pair.knowledge}
    predicted: dict[frozenset[str], Interaction] = {}
    for interaction in extraction.interactions:
        a, b = resolve(interaction.a), resolve(interaction.b)
        if a is not None and b is not None:
            predicted.setdefault(frozenset((a, b)), interaction)
    for key, interaction in predicted.items():
        if key in wanted:
            result.interactions.tp += 1
        elif key not in knowledge and not key & gold.knowledge_people:
            result.interactions.fp += 1
            result.errors.append(ErrorItem(result.article, "interactions", "spurious",
                                           f"{interaction.a} ~ {interaction.b}",
                                           sentence_at(extraction.text, interaction.start, interaction.end),
                                           interaction.kind))
    for key, pair in wanted.items():
        if key not in predicted:
            result.interactions.fn += 1
            result.errors.append(ErrorItem(result.article, "interactions", "missed", f"{pair.a} ~ {pair.b}",
                                           sentence_of_passage(extraction.text, pair.text)))
    result.knowledge["interactions"] += Accuracy(len(knowledge & predicted.keys()), len(knowledge))


def match_quotes(gold: Gold, extraction: Extraction) -> dict[int, int]:
    """Predicted quote index → gold quote index, one-to-one, highest word overlap first."""
    candidates = sorted(
        ((jaccard(quote.text, gold_quote.text), -i, -j) for i, quote in enumerate(extraction.quotes)
         for j, gold_quote in enumerate(gold.quotes)),
        reverse=True,
    )
    pairs: dict[int, int] = {}
    for overlap, negative_i, negative_j in candidates:
        i, j = -negative_i, -negative_j
        if overlap >= QUOTE_OVERLAP and i not in pairs and j not in pairs.values():
            pairs[i] = j
    return pairs


def score_quotes(gold: Gold, extraction: Extraction, resolve: Resolver, result: ArticleScore) -> None:
    """Quote detection P/R/F1, then speaker and addressee accuracy on the matched quotes."""
    pairs = match_quotes(gold, extraction)
    for i, quote in enumerate(extraction.quotes):
        sentence = sentence_at(extraction.text, quote.start, quote.end)
        if i not in pairs:
            result.quotes.fp += 1
            result.errors.append(ErrorItem(result.article, "quotes", "spurious", f"“{quote.text}”", sentence))
            continue
        gold_quote = gold.quotes[pairs[i]]
        if gold_quote.knowledge:
            result.knowledge["quotes"].correct += 1
            result.knowledge["speakers"] += Accuracy(resolve(quote.speaker) == gold_quote.speaker, 1)
            continue
        result.quotes.tp += 1
        judge("speaker", quote.speaker, gold_quote.speaker, resolve, result, f"“{quote.text}”", sentence)
        if gold_quote.addressee is not None:
            judge("addressee", quote.addressee, gold_quote.addressee, resolve, result, f"“{quote.text}”", sentence)
    for j, gold_quote in enumerate(gold.quotes):
        if gold_quote.knowledge:
            result.knowledge["quotes"].total += 1
        elif j not in pairs.values():
            result.quotes.fn += 1
            result.errors.append(ErrorItem(result.article, "quotes", "missed", f"“{gold_quote.text}”",
                                           sentence_of_passage(extraction.text, gold_quote.text),
                                           f"said by {gold_quote.speaker}"))


def judge(task: str, predicted: str | None, wanted: str | None, resolve: Resolver,
          result: ArticleScore, item: str, sentence: str) -> None:
    """One speaker or addressee decision: counted, and listed when wrong."""
    right = resolve(predicted) == wanted
    setattr(result, task, getattr(result, task) + Accuracy(int(right), 1))
    if not right:
        result.errors.append(ErrorItem(result.article, task, "wrong", item, sentence,
                                       f"predicted {predicted}, gold {wanted}"))


def score_article(gold: Gold | dict[str, Any], extraction: Extraction, article: str = "article") -> ArticleScore:
    """Score one article's `Extraction` against its gold (a `Gold` or a gold JSON dict).

    `article` names the row and every error listed in it.
    """
    if isinstance(gold, dict):
        gold = gold_from_dict(gold)
    index = GoldIndex.of(gold)
    links = match_people(extraction, index)
    resolve = make_resolver(extraction, links, index)
    result = ArticleScore(article=article)
    score_people(gold, extraction, links, result)
    score_presence(gold, extraction, links, result)
    score_interactions(gold, extraction, resolve, result)
    score_quotes(gold, extraction, resolve, result)
    return result


# ---------------------------------------------------------------- gold files and their articles


@dataclass
class Case:
    """One gold file and the article it annotates."""

    name: str  # the gold file's name less ".json" and ".gold" ("dev001", "gala-2024-backstage")
    gold: Gold
    article: SourceArticle


def gold_files(path: Path) -> list[Path]:
    """The gold files a path names: itself, or the *.json files of a folder, sorted."""
    return sorted(path.glob("*.json")) if path.is_dir() else [path]


def case_name(gold_file: Path) -> str:
    return gold_file.name.removesuffix(".json").removesuffix(".gold")


def default_articles_dir(gold_path: Path) -> Path:
    """Where articles are looked for: an `articles/` folder beside the gold folder, else the gold
    folder itself (the founding example keeps both in one folder)."""
    folder = gold_path if gold_path.is_dir() else gold_path.parent
    beside = folder.parent / "articles"
    return beside if beside.is_dir() else folder


def find_article(gold_file: Path, gold: Gold, articles_dir: Path) -> Path | None:
    """The gold's `article` file, else one with the gold's stem and .txt/.html/.htm."""
    names = [gold.article] if gold.article else [case_name(gold_file) + suffix for suffix in ARTICLE_SUFFIXES]
    for folder in dict.fromkeys([articles_dir, gold_file.parent]):
        for name in names:
            if (folder / name).is_file():
                return folder / name
    return None


def load_cases(path: Path, articles_dir: Path | None = None) -> tuple[list[Case], list[ReadFailure]]:
    """Every gold file under `path` with its article, and a `ReadFailure` for each that has none
    or cannot be read."""
    folder = articles_dir or default_articles_dir(path)
    cases: list[Case] = []
    failures: list[ReadFailure] = []
    for gold_file in gold_files(path):
        try:
            gold = gold_from_dict(json.loads(gold_file.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError) as error:
            failures.append(ReadFailure(str(gold_file), f"not a gold file: {error}"))
            continue
        article_file = find_article(gold_file, gold, folder)
        if article_file is None:
            failures.append(ReadFailure(str(gold_file), f"no article for it in {folder}"))
            continue
        read = next(read_file(article_file))
        if isinstance(read, ReadFailure):
            failures.append(read)
            continue
        read.id = case_name(gold_file)
        cases.append(Case(read.id, gold, read))
    return cases, failures


System = Callable[[list[SourceArticle]], Iterable[tuple[SourceArticle, Extraction]]]


def spotted_system(model: str | None = None) -> System:
    """spotted's own pipeline as a `System` (imported when called, so scoring needs no model)."""
    from spotted.pipeline import extract_many

    return lambda articles: extract_many(articles, model=model)


def evaluate(cases: list[Case], system: System) -> Report:
    """Run `system` on the cases' articles and score each against its gold.

    An article the system gives nothing back for is scored as an empty extraction (all missed).
    """
    extractions = {article.id: extraction for article, extraction in system([c.article for c in cases])}
    return total(score_case(case, extractions.get(case.name)) for case in cases)


def score_case(case: Case, extraction: Extraction | None) -> ArticleScore:
    if extraction is None:
        log.warning("no extraction came back for %s; scoring it as empty", case.name)
        extraction = Extraction(text=case.article.raw)
    return score_article(case.gold, extraction, case.name)


def iter_errors(report: Report, tasks: Iterable[str] = TASKS + ACCURACIES) -> Iterator[ErrorItem]:
    """The report's errors, task by task in the given order, articles in order within a task."""
    for task in tasks:
        yield from (e for e in report.total.errors if e.task == task)
