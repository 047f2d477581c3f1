// Swagger UI for the API, from the package's own copy (see VERSIONS): the docs work offline.
window.addEventListener("load", function () {
  var box = document.getElementById("swagger-ui");
  window.ui = SwaggerUIBundle({ url: box.dataset.openapi, dom_id: "#swagger-ui", deepLinking: true });
});
