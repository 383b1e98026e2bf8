# Removes ?change from the change log: only for a file version offered as a draft whose content
# load was then refused (decision 0027), a change that never took effect. Takes ?change.
PREFIX simimo: <https://w3id.org/simimo/def#>

DELETE { GRAPH <urn:simimo:graph:history> { ?change ?p ?o } }
WHERE { GRAPH <urn:simimo:graph:history> { ?change ?p ?o } }
