# Names the author of the drafts the content loader offers (decision 0027) in the accounts graph,
# so that the pages say who wrote them: ?author with a user name and a display name, but no
# rdf:type simimo:Account, so no sign-in finds it and the account pages do not list it. Takes
# ?author, ?userName and ?name.
PREFIX simimo: <https://w3id.org/simimo/def#>
PREFIX foaf:   <http://xmlns.com/foaf/0.1/>

DELETE { GRAPH <urn:simimo:graph:accounts> { ?author simimo:userName ?oldUserName . ?author foaf:name ?oldName } }
WHERE {
  GRAPH <urn:simimo:graph:accounts> {
    OPTIONAL { ?author simimo:userName ?oldUserName }
    OPTIONAL { ?author foaf:name ?oldName }
  }
} ;

INSERT {
  GRAPH <urn:simimo:graph:accounts> { ?author simimo:userName ?userName ; foaf:name ?name . }
}
WHERE {}
