# Enables or disables an account. Takes ?account and ?enabled (xsd:boolean).
PREFIX simimo: <https://w3id.org/simimo/def#>
PREFIX foaf:   <http://xmlns.com/foaf/0.1/>
PREFIX dct:    <http://purl.org/dc/terms/>
PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>

DELETE { GRAPH <urn:simimo:graph:accounts> { ?account simimo:enabled ?old } }
INSERT { GRAPH <urn:simimo:graph:accounts> { ?account simimo:enabled ?enabled } }
WHERE { GRAPH <urn:simimo:graph:accounts> { ?account a simimo:Account ; simimo:enabled ?old } }
