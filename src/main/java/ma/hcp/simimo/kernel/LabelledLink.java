package ma.hcp.simimo.kernel;

/**
 * A link to a resource with its label in the reader's language and where this application
 * shows it.
 *
 * @param iri the resource IRI
 * @param label its label
 * @param href its page in this application
 */
public record LabelledLink(String iri, LocalizedText label, String href) {
}
