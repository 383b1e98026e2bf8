package ma.hcp.simimo.kernel;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Maps resource IRIs to the paths this application serves them at, and back. An IRI under
 * the base IRI whose first path segment is one of {@link #SEGMENTS} is served at its own
 * path; any other IRI is served at /resource?uri=.
 */
@Component
public class LinkedDataPaths {

	/**
	 * The IRI families: first path segments of the IRIs minted under the base, each
	 * served at its own path. A compile-time constant so the controller mapping
	 * ({@link #OWN_PATHS}) and {@link #SEGMENTS} are one list.
	 */
	public static final String FAMILIES = "actions|catalogue|classifications|concepts|correspondences|datasets|def|"
			+ "divergences|glossaries|graphs|indicators|levels|measurements|metrics|operations|organisations|periods|"
			+ "producers|schemes|sources";

	/** The request paths of the IRI families, for a request mapping. */
	public static final String OWN_PATHS = "/{family:" + FAMILIES + "}/**";

	static final List<String> SEGMENTS = List.of(FAMILIES.split("\\|"));

	private final String baseIri;

	public LinkedDataPaths(@Value("${simimo.base-iri}") String baseIri) {
		this.baseIri = baseIri.endsWith("/") ? baseIri : baseIri + "/";
	}

	/** The IRI families, in alphabetical order. */
	public static List<String> families() {
		return SEGMENTS;
	}

	public String baseIri() {
		return this.baseIri;
	}

	/**
	 * Where this application shows the resource: its own path, or the generic resource
	 * page.
	 */
	public String hrefFor(String iri) {
		if (iri.startsWith(this.baseIri)) {
			String path = iri.substring(this.baseIri.length());
			int hash = path.indexOf('#');
			String firstSegment = path.split("[/#]", 2)[0];
			if (hash < 0 && SEGMENTS.contains(firstSegment)) {
				return "/" + path;
			}
		}
		return "/resource?uri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
	}

	/** The IRI a request path under the base stands for. */
	public String iriForPath(String requestPath) {
		String path = requestPath.startsWith("/") ? requestPath.substring(1) : requestPath;
		return this.baseIri + path;
	}

}
