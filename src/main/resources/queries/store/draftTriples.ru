# Writes the triples of a draft's record description into the draft's graph of the private
# store (decision 0021), one VALUES row (?s ?p ?o) per triple. Takes ?draft.
INSERT { GRAPH ?draft { ?s ?p ?o } }
WHERE {}
