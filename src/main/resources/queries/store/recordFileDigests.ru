# Records, at a record's first publication, the digest of its description in each content file's
# graph that described it (rows ?fileGraph ?digest): a later reload of such a file compares its own
# to tell whether the file changed the record since (decision 0027). Takes ?systemGraph, ?edited.
PREFIX simimo: <https://w3id.org/simimo/def#>

INSERT {
  GRAPH ?systemGraph {
    ?edited simimo:fileDigest _:entry .
    _:entry simimo:sourceGraph ?fileGraph ;
            simimo:digest ?digest .
  }
}
WHERE {}
