package ma.hcp.simimo.search;

/**
 * One autocomplete proposal.
 *
 * @param iri the resource
 * @param href where SIMIMO shows it
 * @param type its kind
 * @param label its label in the reader's language, or a fallback
 * @param matched the acronym, code or other label that matched, when it is not the label
 */
public record Suggestion(String iri, String href, String type, String label, String matched) {
}
