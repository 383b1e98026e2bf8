# Records in the system graph that ?edited holds the published description of ?record, edited in
# the application, and that ?change is the last publication written into it (decision 0027). The
# shapes check and the drafts read the edited graphs with the loaded ones (store/contentGraphs.rq).
# Takes ?systemGraph, ?edited, ?record (left unbound for the owners' graph) and ?change.
PREFIX simimo: <https://w3id.org/simimo/def#>

DELETE { GRAPH ?systemGraph { ?edited simimo:lastAppliedChange ?old } }
WHERE { GRAPH ?systemGraph { ?edited simimo:lastAppliedChange ?old } } ;

INSERT {
  GRAPH ?systemGraph {
    ?edited a simimo:EditedGraph ;
            simimo:editedRecord ?record ;
            simimo:lastAppliedChange ?change .
  }
}
WHERE {}
