# Empties the graph of computed harmonization measurements before they are recorded again, so a
# new computation replaces the previous one instead of adding to it. Takes ?graph.
DELETE WHERE {
  GRAPH ?graph { ?subject ?predicate ?object }
}
