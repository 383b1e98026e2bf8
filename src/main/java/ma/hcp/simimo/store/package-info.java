/**
 * The knowledge store: the one Dataset (TDB2 + jena-text) assembled from fuseki-config/,
 * the loader that keeps one named graph per content file, the registry of SPARQL files
 * and the one executor that runs them, in-process or against a remote SPARQL endpoint,
 * and the one write path that validates and versions every write.
 */
package ma.hcp.simimo.store;
