# Replaces the computed harmonization measurements (W3C DQV) with a new set: the graph is emptied,
# then one measurement is recorded per row. Takes ?graph and ?computed (xsd:dateTime), and rows of
# ?measurement ?subject (a producer or the catalogue) ?metric ?value (xsd:decimal), which the
# write path places as a VALUES block at the start of the INSERT's pattern.
PREFIX dqv:    <http://www.w3.org/ns/dqv#>
PREFIX prov:   <http://www.w3.org/ns/prov#>

DELETE WHERE {
  GRAPH ?graph { ?s ?p ?o }
} ;

INSERT {
  GRAPH ?graph {
    ?measurement a dqv:QualityMeasurement ;
                 dqv:computedOn ?subject ;
                 dqv:isMeasurementOf ?metric ;
                 dqv:value ?value ;
                 prov:generatedAtTime ?computed .
  }
}
WHERE {}
