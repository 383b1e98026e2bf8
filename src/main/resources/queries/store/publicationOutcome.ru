# Records how a publication ended (decision 0027): ?change's simimo:changeState becomes ?changeState
# (simimo:applied or simimo:refused), with the public write's ?writeSequence when applied and the
# ?refusal text when refused (each left unbound when it does not apply).
PREFIX simimo: <https://w3id.org/simimo/def#>

DELETE { GRAPH <urn:simimo:graph:history> { ?change simimo:changeState ?old } }
INSERT {
  GRAPH <urn:simimo:graph:history> {
    ?change simimo:changeState ?changeState ;
            simimo:writeSequence ?writeSequence ;
            simimo:refusal ?refusal .
  }
}
WHERE { GRAPH <urn:simimo:graph:history> { ?change simimo:changeState ?old } }
