# Marks in the system graph that the record of the edited graph ?edited was withdrawn at ?time
# (decision 0027): its IRI then answers 410 Gone, and the graph stays registered (simimo:editedRecord),
# so a reload of its content file leaves it out. Takes ?systemGraph, ?edited, ?time.
PREFIX simimo: <https://w3id.org/simimo/def#>

INSERT { GRAPH ?systemGraph { ?edited simimo:withdrawn ?time } }
WHERE {}
