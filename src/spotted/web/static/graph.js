// Draw the who-was-with-whom graph of a page with Cytoscape.js.
// In: the JSON in <script id="graph-data"> ({nodes: [{id, person_id, label, url, weight, centre}],
// edges: [{source, target, weight, kinds}]}) and the layout named by #graph's data-layout.
// Node size follows the node's weight (score with the centre, or articles), line width the edge's.
// Out: the graph drawn in #graph; a tap on a person opens their page. Labels are drawn on the
// canvas as text, never as HTML. Without JavaScript the page's lists say the same.
(function () {
  "use strict";
  var box = document.getElementById("graph");
  var source = document.getElementById("graph-data");
  if (!box || !source || typeof cytoscape === "undefined") {
    return;
  }
  var data = JSON.parse(source.textContent);
  if (!data.nodes.length) {
    box.classList.add("empty");
    box.textContent = "No one to draw yet.";
    return;
  }
  var heaviest = Math.max.apply(null, data.edges.map(function (e) { return e.weight; }).concat([1]));
  var biggest = Math.max.apply(null, data.nodes.filter(function (n) { return !n.centre; })
    .map(function (n) { return n.weight; }).concat([1]));
  var elements = data.nodes.map(function (n) {
    return { data: { id: n.id, label: n.label, url: n.url, weight: n.weight, centre: n.centre ? 1 : 0 } };
  }).concat(data.edges.map(function (e, i) {
    // "same event" is every edge's backdrop: only what they did together is written on the line.
    var label = e.kinds.filter(function (kind) { return kind !== "same event"; }).join(", ");
    return { data: { id: "e" + i, source: e.source, target: e.target, weight: e.weight, label: label } };
  }));
  var cy = cytoscape({
    container: box,
    elements: elements,
    style: [
      { selector: "node", style: {
        "label": "data(label)", "font-size": 11, "color": "#1f2330", "text-valign": "bottom", "text-margin-y": 4,
        "background-color": "#6b8afd", "text-wrap": "wrap", "text-max-width": 110,
        "width": "mapData(weight, 0, " + biggest + ", 14, 30)", "height": "mapData(weight, 0, " + biggest + ", 14, 30)" } },
      { selector: "node[centre = 1]", style: { "background-color": "#e0527a", "width": 34, "height": 34, "font-weight": "bold" } },
      { selector: "edge", style: {
        "width": "mapData(weight, 0, " + heaviest + ", 1, 7)", "line-color": "#b9c2d8", "curve-style": "bezier",
        "label": "data(label)", "font-size": 9, "color": "#5b6275", "text-rotation": "autorotate",
        "text-background-color": "#ffffff", "text-background-opacity": 0.8, "text-background-padding": 1 } },
      { selector: "node:active, node:selected", style: { "overlay-opacity": 0.15 } }
    ],
    // A person's graph: them in the middle, companions around. An event's: the most connected
    // in the middle, people seen with no one on the outer ring.
    layout: { name: "concentric", animate: false, minNodeSpacing: 40, levelWidth: function () { return 1; },
      concentric: box.dataset.layout === "centred"
        ? function (n) { return n.data("centre") ? 2 : 1; }
        : function (n) { return n.degree() > 0 ? 2 : 1; } }
  });
  cy.on("tap", "node", function (event) {
    var url = event.target.data("url");
    if (typeof url === "string" && url.charAt(0) === "/") {
      window.location.assign(url);
    }
  });
  box.dataset.nodes = String(cy.nodes().length);
  box.dataset.edges = String(cy.edges().length);
  box.classList.add("drawn");
  window.spottedGraph = cy;
})();
