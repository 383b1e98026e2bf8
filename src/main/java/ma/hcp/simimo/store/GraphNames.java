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

	String forFile(String relativePath) {
		String withoutExtension = relativePath.replaceFirst("\\.[^./]+$", "");
		return this.baseIri + "graphs/" + withoutExtension;
	}

}
