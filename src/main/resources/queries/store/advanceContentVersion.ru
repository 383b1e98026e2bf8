# Records ?version (a fresh urn:uuid) as the store's content version, replacing the previous one,
# with the time of the write. Takes ?systemGraph, ?version and ?modified (xsd:dateTime).
PREFIX simimo: <https://w3id.org/simimo/def#>
PREFIX dct:    <http://purl.org/dc/terms/>

DELETE {
  GRAPH ?systemGraph { ?systemGraph simimo:contentVersion ?previous ; dct:modified ?previousModified . }
}
INSERT {
  GRAPH ?systemGraph { ?systemGraph simimo:contentVersion ?version ; dct:modified ?modified . }
}
WHERE {
  OPTIONAL { GRAPH ?systemGraph { ?systemGraph simimo:contentVersion ?previous } }
  OPTIONAL { GRAPH ?systemGraph { ?systemGraph dct:modified ?previousModified } }
}
