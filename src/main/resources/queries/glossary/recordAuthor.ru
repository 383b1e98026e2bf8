# Records who authored a saved glossary and whether it is listed publicly, in the private store's
# authorship graph, replacing what was recorded. Takes ?glossary, ?account and ?visibility
# ("public" or "private").
PREFIX simimo: <https://w3id.org/simimo/def#>

DELETE { GRAPH <urn:simimo:graph:authorship> { ?glossary ?p ?o } }
WHERE { GRAPH <urn:simimo:graph:authorship> { ?glossary ?p ?o } } ;
INSERT { GRAPH <urn:simimo:graph:authorship> { ?glossary simimo:authoredBy ?account ; simimo:visibility ?visibility } }
WHERE {}
