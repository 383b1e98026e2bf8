# Replaces an account's password hash. Takes ?account and ?passwordHash.
PREFIX simimo: <https://w3id.org/simimo/def#>
PREFIX foaf:   <http://xmlns.com/foaf/0.1/>
PREFIX dct:    <http://purl.org/dc/terms/>
PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>

DELETE { GRAPH <urn:simimo:graph:accounts> { ?account simimo:passwordHash ?old } }
INSERT { GRAPH <urn:simimo:graph:accounts> { ?account simimo:passwordHash ?passwordHash } }
WHERE {
  GRAPH <urn:simimo:graph:accounts> {
    ?account a simimo:Account .
    OPTIONAL { ?account simimo:passwordHash ?old }
  }
}
