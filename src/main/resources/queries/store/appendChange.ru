# Appends a change to the private store's change log (decision 0027), in the caller's transaction:
# who (?author), when (?time), the record (?record), the state change (?fromState, ?toState) and an
# optional ?comment (left unbound, none is written). Takes ?change, a new urn:simimo:change: IRI.
# A publication (store/RecordPublication) also binds ?patch (its RDF Patch text) and ?changeState
# (simimo:pending); left unbound, none is written.
PREFIX simimo: <https://w3id.org/simimo/def#>
PREFIX prov:   <http://www.w3.org/ns/prov#>
PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>

INSERT {
  GRAPH <urn:simimo:graph:history> {
    ?change a simimo:Change ;
      simimo:changeOf ?record ;
      prov:wasAttributedTo ?author ;
      prov:generatedAtTime ?time ;
      simimo:fromState ?fromState ;
      simimo:toState ?toState ;
      rdfs:comment ?comment ;
      simimo:patch ?patch ;
      simimo:changeState ?changeState .
  }
}
WHERE {}
