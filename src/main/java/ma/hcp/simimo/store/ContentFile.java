package ma.hcp.simimo.store;

import org.apache.jena.riot.Lang;

/**
 * One RDF file of ontology/ or vocabularies/ and the named graph it is loaded into.
 *
 * @param source where its bytes are read from, on disk or in the jar
 * @param relativePath its path relative to the content root, with forward slashes
 * @param graph the IRI of its named graph
 * @param lang its RDF syntax, from the file extension
 * @param checksum the SHA-256 of its bytes, in hex
 */
record ContentFile(ContentRoot.Entry source, String relativePath, String graph, Lang lang, String checksum) {
}
