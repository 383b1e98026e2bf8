/**
 * The public SPARQL endpoint: Fuseki's own protocol implementation mounted at /sparql on
 * the application's port, read-only, with a time limit and a result cap, and the query
 * page with its example queries.
 */
package ma.hcp.simimo.sparql;
