# Removes the authorship of a deleted glossary from the private store. Takes ?glossary.
PREFIX simimo: <https://w3id.org/simimo/def#>

DELETE { GRAPH <urn:simimo:graph:authorship> { ?glossary ?p ?o } }
WHERE { GRAPH <urn:simimo:graph:authorship> { ?glossary ?p ?o } }
