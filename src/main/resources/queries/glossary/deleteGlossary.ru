# Deletes a saved glossary: everything in its graph. Takes ?graph.
DELETE { GRAPH ?graph { ?s ?p ?o } }
WHERE { GRAPH ?graph { ?s ?p ?o } }
