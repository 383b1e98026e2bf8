# Gives every draft saved before the review workflow (decision 0027) the state it is read as,
# draft, so the private shapes (one state per draft) hold before any other write. Takes nothing.
PREFIX simimo: <https://w3id.org/simimo/def#>

INSERT { GRAPH <urn:simimo:graph:drafts> { ?draft simimo:workflowState <https://w3id.org/simimo/concepts/workflow-states/draft> } }
WHERE {
  GRAPH <urn:simimo:graph:drafts> {
    ?draft simimo:draftOf ?record .
    FILTER NOT EXISTS { ?draft simimo:workflowState ?state }
  }
}
