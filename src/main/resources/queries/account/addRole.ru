# Gives an account a role. Takes ?account and ?role ("MEMBER", "CONTRIBUTOR", "COORDINATOR",
# "ADMINISTRATOR").
PREFIX simimo: <https://w3id.org/simimo/def#>
PREFIX foaf:   <http://xmlns.com/foaf/0.1/>
PREFIX dct:    <http://purl.org/dc/terms/>
PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>

INSERT { GRAPH <urn:simimo:graph:accounts> { ?account simimo:role ?role } }
WHERE { GRAPH <urn:simimo:graph:accounts> { ?account a simimo:Account } }
