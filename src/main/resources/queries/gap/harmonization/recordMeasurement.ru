# Records one harmonization measurement (W3C DQV) in the graph of computed scores.
# Takes ?graph, ?measurement, ?subject (a producer or the catalogue), ?metric, ?value (xsd:decimal)
# and ?computed (xsd:dateTime).
PREFIX dqv:    <http://www.w3.org/ns/dqv#>
PREFIX prov:   <http://www.w3.org/ns/prov#>

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
