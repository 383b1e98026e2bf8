package ma.hcp.simimo.store;

/**
 * A named graph the content loader manages.
 *
 * @param graph its IRI
 * @param sourceFile the file it was loaded from
 * @param triples how many triples it holds
 * @param modified when it was last written, as an xsd:dateTime lexical form
 */
public record LoadedGraph(String graph, String sourceFile, long triples, String modified) {
}
