# Keeps, in the system graph, the labels a withdrawn record had (rows ?label), for its 410 page:
# the public store holds nothing else of it, and readers never read the private store (decision
# 0027). Takes ?systemGraph, ?edited.
PREFIX simimo: <https://w3id.org/simimo/def#>

INSERT { GRAPH ?systemGraph { ?edited simimo:withdrawnLabel ?label } }
WHERE {}
