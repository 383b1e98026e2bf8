# Adds a producer a contributor works for. Takes ?account and ?producer.
PREFIX simimo: <https://w3id.org/simimo/def#>
PREFIX foaf:   <http://xmlns.com/foaf/0.1/>
PREFIX dct:    <http://purl.org/dc/terms/>
PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>

INSERT { GRAPH <urn:simimo:graph:accounts> { ?account simimo:producer ?producer } }
WHERE { GRAPH <urn:simimo:graph:accounts> { ?account a simimo:Account } }
