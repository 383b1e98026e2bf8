# For tests: adds ?resource ?property ?value to ?graph, as the harmonization measurements and
# glossary saves write their own graphs. Takes ?graph, ?resource, ?property and ?value.
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>

INSERT { GRAPH ?graph { ?resource ?property ?value } }
WHERE {}
