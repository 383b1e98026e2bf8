# For tests: removes ?resource ?property ?value from every graph. Takes ?resource, ?property and
# ?value.
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>

DELETE { GRAPH ?g { ?resource ?property ?value } }
WHERE {
  GRAPH ?g { ?resource ?property ?value }
}
