# Sets a draft's workflow state on its entry in the private store's drafts index (decision 0027),
# replacing the one it had, in the caller's transaction. Takes ?draft and ?state, a concept of
# https://w3id.org/simimo/concepts/workflow-states/.
PREFIX simimo: <https://w3id.org/simimo/def#>

DELETE { GRAPH <urn:simimo:graph:drafts> { ?draft simimo:workflowState ?old } }
WHERE { GRAPH <urn:simimo:graph:drafts> { ?draft simimo:workflowState ?old } } ;
INSERT { GRAPH <urn:simimo:graph:drafts> { ?draft simimo:workflowState ?state } }
WHERE { GRAPH <urn:simimo:graph:drafts> { ?draft simimo:draftOf ?record } }
