/**
 * The public SPARQL endpoint: Fuseki's own protocol implementation mounted at /sparql on
 * the application's port, built from the assembler's fuseki:Service, read-only, with a
 * time limit, a result cap and no SERVICE; its service description, and the query page
 * with its example queries.
 */
package ma.hcp.simimo.sparql;
