# Moves the digest recorded for the description of an edited record in one content file's graph
# to the file's new description (decision 0027): once the file's version was offered as a draft,
# the same description in the file is no longer a change. Takes ?systemGraph, ?edited (the record's
# edited graph), ?fileGraph and ?digest.
PREFIX simimo: <https://w3id.org/simimo/def#>

DELETE { GRAPH ?systemGraph { ?edited simimo:fileDigest ?entry . ?entry ?p ?o } }
WHERE {
  GRAPH ?systemGraph {
    ?edited simimo:fileDigest ?entry .
    ?entry simimo:sourceGraph ?fileGraph ;
           ?p ?o .
  }
} ;

INSERT {
  GRAPH ?systemGraph {
    ?edited simimo:fileDigest _:entry .
    _:entry simimo:sourceGraph ?fileGraph ;
            simimo:digest ?digest .
  }
}
WHERE {}
