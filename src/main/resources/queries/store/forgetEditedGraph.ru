# Removes from the system graph everything it says of the edited graph ?edited (its type, record,
# last applied change and file digests): the record is loaded from its file again (decision 0027,
# a committed export). Takes ?systemGraph and ?edited.
PREFIX simimo: <https://w3id.org/simimo/def#>

DELETE { GRAPH ?systemGraph { ?entry ?entryProperty ?entryValue } }
WHERE {
  GRAPH ?systemGraph {
    ?edited simimo:fileDigest ?entry .
    ?entry ?entryProperty ?entryValue .
  }
} ;

DELETE { GRAPH ?systemGraph { ?edited ?p ?o } }
WHERE { GRAPH ?systemGraph { ?edited ?p ?o } }
