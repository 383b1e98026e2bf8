package ma.hcp.simimo.store;

/**
 * Names the graphs the loader manages: {@code <base>graphs/<directory>/<file stem>} for
 * each content file, {@code <base>graphs/system} for the loader's own records, and
 * {@code <base>graphs/computed/<name>} for data the application derives.
 */
public final class GraphNames {

	private final String baseIri;

	public GraphNames(String baseIri) {
		this.baseIri = baseIri.endsWith("/") ? baseIri : baseIri + "/";
	}

	public String systemGraph() {
		return this.baseIri + "graphs/system";
	}

	/**
	 * The graph of something the application computes from the content, such as the
	 * harmonization measurements: never a content file's graph, so the loader leaves it
	 * alone.
	 */
	public String computedGraph(String name) {
		return this.baseIri + "graphs/computed/" + name;
	}

	public String baseIri() {
		return this.baseIri;
	}

	/**
	 * The graph that holds the published description of {@code record} once it has been
	 * edited in the application (decision 0027): {@code <base>graphs/edited/<the
	 * record's path>} for a record under the base IRI, else {@code
	 * <base>graphs/edited/iri/<SHA-256 of the IRI>}. No content file maps there unless a
	 * content directory is named {@code edited}, which the loader refuses.
	 */
	public String editedGraph(String record) {
		if (record.startsWith(this.baseIri) && record.length() > this.baseIri.length()) {
			return this.baseIri + EDITED + record.substring(this.baseIri.length());
		}
		return this.baseIri + EDITED + "iri/" + sha256(record);
	}

	/**
	 * The graph of the owner statements publications add for new records: the
	 * record-owners file's graph is the file's, which a reload replaces.
	 */
	public String editedOwnersGraph() {
		return this.baseIri + EDITED + "record-owners";
	}

	/** The directory name of the edited graphs, which no content directory may take. */
	static final String EDITED_DIRECTORY = "edited";

	private static final String EDITED = "graphs/" + EDITED_DIRECTORY + "/";

	private static String sha256(String text) {
		try {
			return java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256")
					.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String forFile(String relativePath) {
		String withoutExtension = relativePath.replaceFirst("\\.[^./]+$", "");
		return this.baseIri + "graphs/" + withoutExtension;
	}

}
