# For tests: replaces every ?property link of ?resource with one to ?value, in the graphs that
# hold them. Takes ?resource, ?property and ?value.
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>

DELETE { GRAPH ?g { ?resource ?property ?old } }
INSERT { GRAPH ?g { ?resource ?property ?value } }
WHERE {
  GRAPH ?g { ?resource ?property ?old }
}
