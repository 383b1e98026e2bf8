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

	/** The path of the page that describes any IRI given as ?uri=. */
	public static final String RESOURCE_PATH = "/resource";

	/**
	 * The families whose bare path is itself a resource (the ontology, the catalogue);
	 * the bare path of the other families is a list page, which is not negotiated.
	 */
	static final List<String> BARE_RESOURCES = List.of("catalogue", "def");

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

	/**
	 * The IRI family of {@code iri} ({@code datasets}, {@code concepts}, {@code periods},
	 * …), or empty when it is not an IRI of a family under the base.
	 */
	public String familyOf(String iri) {
		if (iri.startsWith(this.baseIri)) {
			String firstSegment = iri.substring(this.baseIri.length()).split("[/#]", 2)[0];
			if (SEGMENTS.contains(firstSegment)) {
				return firstSegment;
			}
		}
		return "";
	}

	/**
	 * True when the request path serves a resource description, as HTML or RDF by content
	 * negotiation: /resource, and the path of every IRI of a family.
	 */
	public static boolean isResourcePath(String requestPath) {
		if (requestPath.equals(RESOURCE_PATH)) {
			return true;
		}
		String[] segments = requestPath.split("/", 3);
		if (segments.length < 2 || !segments[0].isEmpty() || !SEGMENTS.contains(segments[1])) {
			return false;
		}
		boolean bare = segments.length == 2 || segments[2].isEmpty();
		return !bare || BARE_RESOURCES.contains(segments[1]);
	}

	/** The IRI a request path under the base stands for. */
	public String iriForPath(String requestPath) {
		String path = requestPath.startsWith("/") ? requestPath.substring(1) : requestPath;
		return this.baseIri + path;
	}

}
