# Records ?version (a fresh urn:uuid) as the store's content version and ?sequence (an xsd:long,
# one more than the previous simimo:writeSequence) as its write sequence, replacing the previous
# ones, with the time of the write. Takes ?systemGraph, ?version, ?sequence and ?modified
# (xsd:dateTime).
PREFIX simimo: <https://w3id.org/simimo/def#>
PREFIX dct:    <http://purl.org/dc/terms/>

DELETE {
  GRAPH ?systemGraph {
    ?systemGraph simimo:contentVersion ?previous ; dct:modified ?previousModified ;
                 simimo:writeSequence ?previousSequence .
  }
}
INSERT {
  GRAPH ?systemGraph {
    ?systemGraph simimo:contentVersion ?version ; dct:modified ?modified ; simimo:writeSequence ?sequence .
  }
}
WHERE {
  OPTIONAL { GRAPH ?systemGraph { ?systemGraph simimo:contentVersion ?previous } }
  OPTIONAL { GRAPH ?systemGraph { ?systemGraph dct:modified ?previousModified } }
  OPTIONAL { GRAPH ?systemGraph { ?systemGraph simimo:writeSequence ?previousSequence } }
}
