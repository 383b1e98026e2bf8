# Test only: gives ?draft the base digest ?base, as if it had started from another published
# version (the permission matrix's publication probe answers 409 where it is allowed, and publishes
# nothing into the shared store).
PREFIX simimo: <https://w3id.org/simimo/def#>

DELETE { GRAPH <urn:simimo:graph:drafts> { ?draft simimo:draftBase ?old } }
INSERT { GRAPH <urn:simimo:graph:drafts> { ?draft simimo:draftBase ?base } }
WHERE { GRAPH <urn:simimo:graph:drafts> { ?draft simimo:draftBase ?old } }
