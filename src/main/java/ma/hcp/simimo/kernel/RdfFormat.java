package ma.hcp.simimo.kernel;

import java.util.Arrays;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.SKOS;

/**
 * The RDF serialisations a resource description is offered in, with their short names for
 * ?format=, in the order the server prefers them when a client likes several equally.
 * N-Quads and TriG carry the description as their default graph, for clients such as
 * Comunica that ask for quads first.
 */
public enum RdfFormat {

	TURTLE("ttl", MediaTypes.TURTLE, "Turtle", RDFFormat.TURTLE_PRETTY),
	JSON_LD("jsonld", MediaTypes.JSON_LD, "JSON-LD", RDFFormat.JSONLD_PRETTY),
	RDF_XML("rdf", MediaTypes.RDF_XML, "RDF/XML", RDFFormat.RDFXML_PRETTY),
	N_TRIPLES("nt", MediaTypes.N_TRIPLES, "N-Triples", RDFFormat.NTRIPLES),
	N_QUADS("nq", MediaTypes.N_QUADS, "N-Quads", RDFFormat.NQUADS),
	TRIG("trig", MediaTypes.TRIG, "TriG", RDFFormat.TRIG_PRETTY);

	/** The prefixes written in Turtle and JSON-LD output. */
	public static final PrefixMapping COMMON_PREFIXES = PrefixMapping.Factory.create()
		.setNsPrefixes(PrefixMapping.Standard)
		.setNsPrefix("skos", SKOS.uri)
		.setNsPrefix("dct", DCTerms.NS)
		.setNsPrefix("dcat", DCAT.NS)
		.setNsPrefix("foaf", FOAF.NS)
		.setNsPrefix("org", ORG.NS)
		.setNsPrefix("prov", "http://www.w3.org/ns/prov#")
		.setNsPrefix("xkos", "http://rdf-vocabulary.ddialliance.org/xkos#")
		.setNsPrefix("dqv", "http://www.w3.org/ns/dqv#")
		.setNsPrefix("spdx", "http://spdx.org/rdf/terms#")
		.setNsPrefix("simimo", "https://w3id.org/simimo/def#")
		.lock();

	private final String shortName;

	private final String mediaType;

	private final RDFFormat jenaFormat;

	private final String displayName;

	RdfFormat(String shortName, String mediaType, String displayName, RDFFormat jenaFormat) {
		this.shortName = shortName;
		this.mediaType = mediaType;
		this.displayName = displayName;
		this.jenaFormat = jenaFormat;
	}

	public String shortName() {
		return this.shortName;
	}

	public String displayName() {
		return this.displayName;
	}

	public String mediaType() {
		return this.mediaType;
	}

	public RDFFormat jenaFormat() {
		return this.jenaFormat;
	}

	Lang lang() {
		return this.jenaFormat.getLang();
	}

	/** True for the formats that write a dataset (quads) rather than a graph. */
	public boolean isQuads() {
		return RDFLanguages.isQuads(lang());
	}

	public static Optional<RdfFormat> byShortName(String name) {
		return Arrays.stream(values()).filter((format) -> format.shortName.equalsIgnoreCase(name)).findFirst();
	}

	public static Optional<RdfFormat> byMediaType(String mediaType) {
		return Arrays.stream(values()).filter((format) -> format.mediaType.equalsIgnoreCase(mediaType)).findFirst();
	}

	/**
	 * The media types as compile-time constants, for {@code produces} on request
	 * mappings.
	 */
	public static final class MediaTypes {

		public static final String TURTLE = "text/turtle";

		public static final String JSON_LD = "application/ld+json";

		public static final String RDF_XML = "application/rdf+xml";

		public static final String N_TRIPLES = "application/n-triples";

		public static final String N_QUADS = "application/n-quads";

		public static final String TRIG = "application/trig";

		private MediaTypes() {
		}

	}

}
