# Discards a draft (decision 0025): removes its index entry and every triple of its graph from the
# private store, in the one transaction of the caller. Takes ?draft, the draft's graph IRI.
PREFIX simimo: <https://w3id.org/simimo/def#>

DELETE { GRAPH <urn:simimo:graph:drafts> { ?draft ?p ?o } }
WHERE { GRAPH <urn:simimo:graph:drafts> { ?draft ?p ?o } } ;
DELETE { GRAPH ?draft { ?s ?p ?o } }
WHERE { GRAPH ?draft { ?s ?p ?o } }
