# Removes the loader's record of ?graph (its source file, checksum and counts) from ?systemGraph.
# Takes ?systemGraph and ?graph.
PREFIX spdx: <http://spdx.org/rdf/terms#>

DELETE {
  GRAPH ?systemGraph { ?graph ?p ?o . ?o ?checksumProperty ?checksumValue . }
}
WHERE {
  GRAPH ?systemGraph {
    ?graph ?p ?o .
    OPTIONAL { ?o ?checksumProperty ?checksumValue . FILTER(isBlank(?o)) }
  }
}
