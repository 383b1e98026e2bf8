# Creates an enabled account with no role yet (addRole.ru gives them). Takes ?account, ?userName,
# ?created, and optionally ?name, and ?passwordHash for a local account or ?oidcIssuer and ?oidcSubject
# for one that signs in through OpenID Connect.
PREFIX simimo: <https://w3id.org/simimo/def#>
PREFIX foaf:   <http://xmlns.com/foaf/0.1/>
PREFIX dct:    <http://purl.org/dc/terms/>
PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>

INSERT {
  GRAPH <urn:simimo:graph:accounts> {
    ?account a simimo:Account ;
        simimo:userName ?userName ;
        foaf:name ?name ;
        simimo:passwordHash ?passwordHash ;
        simimo:oidcIssuer ?oidcIssuer ;
        simimo:oidcSubject ?oidcSubject ;
        simimo:enabled true ;
        dct:created ?created .
  }
}
WHERE {}
