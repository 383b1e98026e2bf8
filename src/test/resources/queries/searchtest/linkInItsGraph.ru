# For tests: adds ?resource ?property ?value in each graph that types ?resource. Takes ?resource,
# ?property and ?value.
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>

INSERT { GRAPH ?g { ?resource ?property ?value } }
WHERE {
  GRAPH ?g { ?resource rdf:type ?type }
}
