# Removes every role and producer of an account, before addRole.ru and addProducer.ru give the new
# ones in the same transaction. Takes ?account.
PREFIX simimo: <https://w3id.org/simimo/def#>
PREFIX foaf:   <http://xmlns.com/foaf/0.1/>
PREFIX dct:    <http://purl.org/dc/terms/>
PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>

DELETE { GRAPH <urn:simimo:graph:accounts> { ?account simimo:role ?role } }
WHERE { GRAPH <urn:simimo:graph:accounts> { ?account simimo:role ?role } } ;
DELETE { GRAPH <urn:simimo:graph:accounts> { ?account simimo:producer ?producer } }
WHERE { GRAPH <urn:simimo:graph:accounts> { ?account simimo:producer ?producer } }
