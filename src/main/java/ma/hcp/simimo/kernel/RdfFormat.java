package ma.hcp.simimo.kernel;

import java.util.Arrays;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.SKOS;

/**
 * The RDF serialisations a resource description is offered in, with their short names for
 * ?format=.
 */
public enum RdfFormat {

	TURTLE("ttl", "text/turtle", "Turtle", RDFFormat.TURTLE_PRETTY),
	JSON_LD("jsonld", "application/ld+json", "JSON-LD", RDFFormat.JSONLD_PRETTY),
	RDF_XML("rdf", "application/rdf+xml", "RDF/XML", RDFFormat.RDFXML_PRETTY),
	N_TRIPLES("nt", "application/n-triples", "N-Triples", RDFFormat.NTRIPLES);

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

	public static Optional<RdfFormat> byShortName(String name) {
		return Arrays.stream(values()).filter((format) -> format.shortName.equalsIgnoreCase(name)).findFirst();
	}

	public static Optional<RdfFormat> byMediaType(String mediaType) {
		return Arrays.stream(values()).filter((format) -> format.mediaType.equalsIgnoreCase(mediaType)).findFirst();
	}

}
