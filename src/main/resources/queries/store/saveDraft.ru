# Replaces a draft's index entry in the private store (decision 0021); the draft's graph is
# cleared here and refilled by draftTriples.ru in the same transaction. Takes ?draft, ?record,
# ?author, ?created, ?modified, ?base and ?revision, and ?owner for a new record (decision 0025:
# its intended owner until publication; left unbound, no owner is written) and ?state, its workflow
# state (decision 0027).
PREFIX simimo: <https://w3id.org/simimo/def#>
PREFIX dct:    <http://purl.org/dc/terms/>

DELETE { GRAPH <urn:simimo:graph:drafts> { ?draft ?p ?o } }
WHERE { GRAPH <urn:simimo:graph:drafts> { ?draft ?p ?o } } ;
DELETE { GRAPH ?draft { ?s ?p ?o } }
WHERE { GRAPH ?draft { ?s ?p ?o } } ;
INSERT {
  GRAPH <urn:simimo:graph:drafts> {
    ?draft simimo:draftOf ?record ;
      simimo:draftAuthor ?author ;
      dct:created ?created ;
      dct:modified ?modified ;
      simimo:draftBase ?base ;
      simimo:draftRevision ?revision ;
      simimo:draftOwner ?owner ;
      simimo:workflowState ?state .
  }
}
WHERE {}
