# Records that ?graph holds the content of ?sourceFile, whose SHA-256 is ?checksum.
# Takes ?systemGraph, ?graph, ?sourceFile, ?checksum, ?triples and ?modified.
PREFIX simimo: <https://w3id.org/simimo/def#>
PREFIX spdx:   <http://spdx.org/rdf/terms#>
PREFIX sd:     <http://www.w3.org/ns/sparql-service-description#>
PREFIX dct:    <http://purl.org/dc/terms/>
PREFIX void:   <http://rdfs.org/ns/void#>

INSERT {
  GRAPH ?systemGraph {
    ?graph a sd:NamedGraph ;
           simimo:sourceFile ?sourceFile ;
           void:triples ?triples ;
           dct:modified ?modified ;
           spdx:checksum [ a spdx:Checksum ;
                           spdx:algorithm spdx:checksumAlgorithm_sha256 ;
                           spdx:checksumValue ?checksum ] .
  }
}
WHERE {}
