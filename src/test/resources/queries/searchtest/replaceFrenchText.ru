# For tests: replaces the French value(s) of ?property of ?resource, in the graph that holds
# them, with ?text (a French literal). Takes ?resource, ?property and ?text.
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>

DELETE { GRAPH ?g { ?resource ?property ?old } }
INSERT { GRAPH ?g { ?resource ?property ?text } }
WHERE {
  GRAPH ?g { ?resource ?property ?old }
  FILTER(isLiteral(?old) && lang(?old) = "fr")
}
