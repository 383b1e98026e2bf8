// Turns the plain query form into a YASGUI editor, and the example links into "load in editor" actions.
// Without JavaScript the form and the links work on their own.
document.addEventListener("DOMContentLoaded", function () {
  var container = document.getElementById("yasgui");
  if (!container || typeof Yasgui === "undefined") {
    return;
  }
  // Only the editor's local autocompleter: the others fetch prefixes and terms from remote services.
  Yasgui.Yasqe.defaults.autocompleters = ["variables"];
  // YASGUI has no language option; these are the words it lets the page set, in the page's language.
  var words = container.dataset;
  var table = Yasgui.Yasr && Yasgui.Yasr.plugins && Yasgui.Yasr.plugins.table;
  if (table && table.defaults && table.defaults.tableConfig) {
    var language = table.defaults.tableConfig.language || {};
    language.info = words.info;
    language.infoEmpty = words.infoEmpty;
    language.infoFiltered = words.infoFiltered;
    language.emptyTable = words.emptyTable;
    language.zeroRecords = words.zeroRecords;
    table.defaults.tableConfig.language = language;
  }
  var endpoint = new URL(container.dataset.endpoint, window.location.href).toString();
  var firstExample = document.querySelector("pre.example-query");
  var requestConfig = { endpoint: endpoint, method: "POST" };
  // /sparql/all reads with the signed-in session: its POSTs carry the CSRF token.
  if (words.csrfHeader && words.csrfToken) {
    requestConfig.headers = {};
    requestConfig.headers[words.csrfHeader] = words.csrfToken;
  }
  var yasgui = new Yasgui(container, {
    requestConfig: requestConfig,
    copyEndpointOnNewTab: false,
    endpointCatalogueOptions: { getData: function () { return []; } },
    persistenceId: null,
    tabName: words.tabName,
    yasqe: { value: firstExample ? firstExample.textContent.trim() : "SELECT * WHERE { ?s ?p ?o } LIMIT 10" }
  });
  document.getElementById("plain-query").hidden = true;
  document.querySelectorAll("a.example").forEach(function (link) {
    link.addEventListener("click", function (event) {
      event.preventDefault();
      var text = document.getElementById("example-" + link.dataset.example).textContent.trim();
      var yasqe = yasgui.getTab().getYasqe();
      yasqe.setValue(text);
      yasqe.query();
    });
  });
});
