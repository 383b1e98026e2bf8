# For tests: deletes every triple whose subject is ?resource, and those of its blank nodes (its
# temporal coverage), from every graph. Takes ?resource.
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>

DELETE { GRAPH ?g { ?resource ?p ?o . ?o ?q ?v } }
WHERE {
  GRAPH ?g { ?resource ?p ?o OPTIONAL { ?o ?q ?v FILTER(isBlank(?o)) } }
}
