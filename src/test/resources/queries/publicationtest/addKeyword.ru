# Test only: adds a French keyword to ?record in ?graph, changing its published description under a
# draft, as a file reload would (DatasetPublicationIntegrationTests).
PREFIX dcat: <http://www.w3.org/ns/dcat#>

INSERT { GRAPH ?graph { ?record dcat:keyword "zq-entre-temps"@fr } }
WHERE {}
