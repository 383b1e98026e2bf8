/**
 * The shared kernel: the types every feature uses (links and their labels, the paths of
 * IRI families, not-found and bad-request errors, RDF formats and documents, durations).
 * It imports no other package of the application, so every feature can depend on it
 * without a cycle.
 */
package ma.hcp.simimo.kernel;
