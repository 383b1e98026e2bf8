# Replaces one run-time setting in the private store (decision 0025): its values go, and who saved
# it and when are written; its new values follow from settingValues.ru in the same transaction.
# Takes ?setting, ?modified and ?changedBy.
PREFIX simimo: <https://w3id.org/simimo/def#>
PREFIX dct:    <http://purl.org/dc/terms/>

DELETE { GRAPH <urn:simimo:graph:settings> { ?setting ?p ?o } }
WHERE { GRAPH <urn:simimo:graph:settings> { ?setting ?p ?o } } ;
INSERT {
  GRAPH <urn:simimo:graph:settings> {
    ?setting a simimo:Setting ;
      dct:modified ?modified ;
      simimo:changedBy ?changedBy .
  }
}
WHERE {}
