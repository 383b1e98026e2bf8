package ma.hcp.simimo.store;

/**
 * Names the graphs the loader manages: {@code <base>graphs/<directory>/<file stem>} for
 * each content file, and {@code <base>graphs/system} for the loader's own records.
 */
public final class GraphNames {

	private final String baseIri;

	public GraphNames(String baseIri) {
		this.baseIri = baseIri.endsWith("/") ? baseIri : baseIri + "/";
	}

	public String systemGraph() {
		return this.baseIri + "graphs/system";
	}

	String forFile(String relativePath) {
		String withoutExtension = relativePath.replaceFirst("\\.[^./]+$", "");
		return this.baseIri + "graphs/" + withoutExtension;
	}

}
