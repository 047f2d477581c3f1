"""Graphs for the pages: a person at the centre of their companions; an event's people and their links."""

from __future__ import annotations

from spotted.store.records import Companion, EventPerson, EventSummary, Evidence, Link, PersonSummary, Roundup
from spotted.web.graph import event_graph, person_graph

EVIDENCE = Evidence(1, "Gala", "2024-05-12", "Vera Quill hugged Otto Brandt.", 0, 29)


def test_a_person_graph_is_a_star_weighted_by_the_companions_scores():
    vera = PersonSummary(1, "Vera Quill", 3, 3)
    otto = Companion(2, "Otto Brandt", 4, 1, 0, 1, ["hugged"], [EVIDENCE])
    graph = person_graph(vera, [otto])
    assert [(n.label, n.centre) for n in graph.nodes] == [("Vera Quill", True), ("Otto Brandt", False)]
    assert [(e.source, e.target, e.weight, e.kinds) for e in graph.edges] == [("p1", "p2", 4, ["hugged", "same event"])]


def test_an_event_graph_joins_two_people_once_whatever_they_did():
    people = [EventPerson(1, "Vera Quill", True, 1), EventPerson(2, "Otto Brandt", True, 1)]
    links = [
        Link(1, "Vera Quill", 2, "Otto Brandt", "hugged", None, EVIDENCE),
        Link(2, "Otto Brandt", 1, "Vera Quill", "danced with", None, EVIDENCE),
    ]
    event = EventSummary(1, "Coral Screen Awards", None, "2024", None, None, None, 1)
    graph = event_graph(Roundup(event, [], people, [], links, []))
    assert [(e.source, e.target, e.weight, e.kinds) for e in graph.edges] == [("p1", "p2", 2, ["hugged", "danced with"])]


def test_an_event_graph_leaves_out_groups():
    people = [EventPerson(1, "Vera Quill", True, 1)]
    links = [Link(1, "Vera Quill", None, "the dancers", "high-fived", None, EVIDENCE)]
    event = EventSummary(1, "Coral Screen Awards", None, "2024", None, None, None, 1)
    assert event_graph(Roundup(event, [], people, [], links, [])).edges == []
