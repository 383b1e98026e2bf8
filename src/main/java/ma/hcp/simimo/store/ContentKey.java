package ma.hcp.simimo.store;

/**
 * The key of anything derived from the store: the content version it was computed from
 * and the reader view it was computed for. Two keys are equal only when both are, so a
 * result computed for one view or one version never answers for another.
 *
 * @param version the content version (see {@link ContentVersion})
 * @param view the reader's view
 */
public record ContentKey(String version, ReaderView view) {

	/** A single string form, for places that store the key as text (a Lucene commit). */
	public String asText() {
		return this.view.name() + "@" + this.version;
	}

}
