# Writes the values of one run-time setting into the private store's settings graph (decision
# 0025), one VALUES row (?value) per value. Takes ?setting.
PREFIX simimo: <https://w3id.org/simimo/def#>

INSERT { GRAPH <urn:simimo:graph:settings> { ?setting simimo:settingValue ?value } }
WHERE {}
