"""Who-was-with-whom graphs, as plain nodes and edges the page draws with Cytoscape.js.

In: the store's records (a person's companions, an event's roundup). Out: a `Graph` whose
nodes carry the person id, name and page URL and whose edges carry a weight and the kinds of
togetherness behind them. The same JSON is served by the API for other tools.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from spotted.store import PersonRef
from spotted.store.records import Companion, PersonSummary, Roundup


@dataclass
class Node:
    id: str  # "p12": person #12
    person_id: int
    label: str
    url: str
    weight: int  # how strongly tied to the centre, or articles at the event
    centre: bool = False


@dataclass
class Edge:
    source: str
    target: str
    weight: int
    kinds: list[str] = field(default_factory=list)  # "hugged", "next to", "same event"…


@dataclass
class Graph:
    nodes: list[Node]
    edges: list[Edge]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def node_id(person_id: int) -> str:
    return f"p{person_id}"


def person_url(person_id: int) -> str:
    return f"/people/{person_id}"


def person_graph(person: PersonRef | PersonSummary, companions: list[Companion]) -> Graph:
    """A star centred on `person` (id, name, articles): an edge to each companion, weighted by its score."""
    centre = Node(node_id(person.id), person.id, person.name, person_url(person.id), person.articles, centre=True)
    nodes = [centre]
    edges = []
    for companion in companions:
        nodes.append(Node(node_id(companion.id), companion.id, companion.name, person_url(companion.id), companion.score))
        kinds = list(companion.kinds) + (["same event"] if companion.co_present else [])
        edges.append(Edge(centre.id, node_id(companion.id), companion.score, kinds))
    return Graph(nodes, edges)


def event_graph(roundup: Roundup) -> Graph:
    """Everyone an event's articles name; an edge for each pair they saw interact or side by side."""
    nodes = [Node(node_id(p.id), p.id, p.name, person_url(p.id), p.articles) for p in roundup.people]
    known = {node.person_id for node in nodes}
    edges: dict[tuple[int, int], Edge] = {}
    for link in roundup.links:
        if link.a_id is None or link.b_id is None or link.a_id == link.b_id:
            continue  # a group, or one person under two names
        if link.a_id not in known or link.b_id not in known:
            continue  # beyond the roundup's list of people
        low, high = sorted((link.a_id, link.b_id))
        edge = edges.setdefault((low, high), Edge(node_id(low), node_id(high), 0))
        edge.weight += 1
        if link.kind not in edge.kinds:
            edge.kinds.append(link.kind)
    return Graph(nodes, list(edges.values()))
