# Marks ?change, written by the content loader, as coming from the content file whose graph is
# ?fileGraph at SHA-256 ?checksum (decision 0027), so that the same file version is never handled
# twice. Takes ?change, ?fileGraph and ?checksum.
PREFIX simimo: <https://w3id.org/simimo/def#>

INSERT {
  GRAPH <urn:simimo:graph:history> {
    ?change simimo:sourceGraph ?fileGraph ;
      simimo:fileChecksum ?checksum .
  }
}
WHERE {}
