# Keeps, in the system graph, the parts (rows ?part: items, levels) a withdrawn classification took
# with it, so that their IRIs answer 410 as the record's does (decision 0027). Takes ?systemGraph,
# ?edited.
PREFIX simimo: <https://w3id.org/simimo/def#>

INSERT { GRAPH ?systemGraph { ?edited simimo:withdrawnPart ?part } }
WHERE {}
