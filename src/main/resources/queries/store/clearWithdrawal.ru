# Removes the withdrawal marker, labels and parts of the edited graph ?edited (decision 0027): the record
# is published again. Takes ?systemGraph, ?edited.
PREFIX simimo: <https://w3id.org/simimo/def#>

DELETE { GRAPH ?systemGraph { ?edited simimo:withdrawn ?time } }
WHERE { GRAPH ?systemGraph { ?edited simimo:withdrawn ?time } } ;

DELETE { GRAPH ?systemGraph { ?edited simimo:withdrawnLabel ?label } }
WHERE { GRAPH ?systemGraph { ?edited simimo:withdrawnLabel ?label } } ;

DELETE { GRAPH ?systemGraph { ?edited simimo:withdrawnPart ?part } }
WHERE { GRAPH ?systemGraph { ?edited simimo:withdrawnPart ?part } }
