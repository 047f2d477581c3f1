"""The pipeline: read → clean → segment → recognize → resolve → extract, in that order.

In: `SourceArticle`s (or one text). Out: `Extraction` records, the JSON contract of spotted.
`extract_many` is the real path — texts go through spaCy's `nlp.pipe` in batches; `extract`
is the one-article special case. A failure inside one article is reported to `on_error` (by
default logged) and the batch goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from spacy.tokens import Doc

from spotted.aliases import AliasTable, load_aliases
from spotted.clean import CleanText, clean
from spotted.extract.event import extract_event
from spotted.extract.interactions import extract_colocations, extract_interactions
from spotted.extract.presence import extract_presence
from spotted.extract.quotes import extract_quotes
from spotted.recognize import load_nlp, recognize_groups, recognize_people
from spotted.resolve import Entity, Resolution, resolve
from spotted.segment import Quoted, find_quoted, headline, split_blocks
from spotted.types import Extraction, Group, Mention, Person, SourceArticle

log = logging.getLogger(__name__)

ErrorHandler = Callable[[SourceArticle, Exception], None]


def log_error(article: SourceArticle, error: Exception) -> None:
    log.warning("skipped %s: %s", article.source or article.url or "an article", error)


def extract(
    text: str,
    *,
    title: str | None = None,
    url: str | None = None,
    published: str | None = None,
    model: str | None = None,
) -> Extraction:
    """Extract one article's people, sightings, interactions and quotes."""
    article = SourceArticle(raw=text, title=title, url=url, published=published)
    nlp = load_nlp(model)
    cleaned = clean(text)
    return analyse(nlp(cleaned.text), article, cleaned, load_aliases())


def extract_many(
    articles: Iterable[SourceArticle],
    *,
    model: str | None = None,
    batch_size: int = 32,
    on_error: ErrorHandler = log_error,
) -> Iterator[tuple[SourceArticle, Extraction]]:
    """Extract a stream of articles, batched through spaCy; yields (article, extraction)."""
    nlp = load_nlp(model)
    aliases = load_aliases()
    stream = iter(articles)
    while batch := list(islice(stream, batch_size)):
        cleaned = [clean(article.raw) for article in batch]
        docs = nlp.pipe((item.text for item in cleaned), batch_size=batch_size)
        for article, text, doc in zip(batch, cleaned, docs):
            try:
                yield article, analyse(doc, article, text, aliases)
            except Exception as error:  # one bad article must not stop the batch
                on_error(article, error)


def analyse(doc: Doc, article: SourceArticle, cleaned: CleanText, aliases: AliasTable) -> Extraction:
    """Everything after spaCy: recognize, resolve, extract."""
    title = clean(article.title).text if article.title else headline(doc.text)
    blocks = split_blocks(doc.text, title)
    quoted = find_quoted(doc.text, blocks)
    names = recognize_people(doc, quoted, aliases)
    groups = recognize_groups(doc, names)
    resolution = resolve(doc, names, groups, blocks, aliases, quoted_token_indices(doc, quoted))
    quotes = extract_quotes(resolution, quoted)
    interactions = extract_interactions(resolution, quotes)
    colocated = extract_colocations(resolution, interactions)
    present, sightings = extract_presence(resolution, quotes, interactions, colocated)
    return Extraction(
        text=doc.text,
        title=title,
        url=article.url,
        published=article.published,
        event=extract_event(doc, title, article.published),
        people=[person_record(resolution, entity, entity.name in present) for entity in resolution.people()],
        groups=[group_record(resolution, entity, entity.name in present) for entity in resolution.entities if entity.kind == "group"],
        sightings=sightings,
        interactions=interactions,
        colocated=colocated,
        quotes=quotes,
        aliases=resolution.stated_aliases,
    )


def quoted_token_indices(doc: Doc, quoted: list[Quoted]) -> frozenset[int]:
    indices: set[int] = set()
    for passage in quoted:
        span = doc.char_span(passage.start, passage.end, alignment_mode="expand")
        if span is not None:
            indices.update(range(span.start, span.end))
    return frozenset(indices)


def mentions_of(resolution: Resolution, entity: Entity) -> list[Mention]:
    doc = resolution.doc
    spans = sorted(doc[start:end] for start, end in entity.mentions)
    return [Mention(span.text, span.start_char, span.end_char) for span in spans]


def person_record(resolution: Resolution, entity: Entity, present: bool) -> Person:
    return Person(entity.name, mentions_of(resolution, entity), present, list(dict.fromkeys(entity.why)))


def group_record(resolution: Resolution, entity: Entity, present: bool) -> Group:
    return Group(entity.name, mentions_of(resolution, entity), present)
