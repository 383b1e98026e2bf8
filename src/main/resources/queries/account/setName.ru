# Replaces an account's display name, as the identity provider gives it at each sign-in. Takes
# ?account and ?name.
PREFIX simimo: <https://w3id.org/simimo/def#>
PREFIX foaf:   <http://xmlns.com/foaf/0.1/>

DELETE { GRAPH <urn:simimo:graph:accounts> { ?account foaf:name ?old } }
INSERT { GRAPH <urn:simimo:graph:accounts> { ?account foaf:name ?name } }
WHERE {
  GRAPH <urn:simimo:graph:accounts> {
    ?account a simimo:Account .
    OPTIONAL { ?account foaf:name ?old }
  }
}
