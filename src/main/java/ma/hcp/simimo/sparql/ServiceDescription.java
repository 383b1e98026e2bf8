package ma.hcp.simimo.sparql;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.WebContent;
import org.apache.jena.vocabulary.RDF;

import ma.hcp.simimo.store.SparqlExecutor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The SPARQL 1.1 Service Description an RDF client gets for a plain GET of the endpoint,
 * instead of the whole store: the endpoint, the query language, the result formats, and
 * the default dataset, whose default graph is the union of the named graphs listed in it.
 * Terms of the sd: vocabulary (https://www.w3.org/TR/sparql11-service-description/).
 */
@Component
class ServiceDescription {

	static final String SD = "http://www.w3.org/ns/sparql-service-description#";

	static final String FORMATS = "http://www.w3.org/ns/formats/";

	private static final List<String> RESULT_FORMATS = List.of("SPARQL_Results_JSON", "SPARQL_Results_XML",
			"SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "JSON-LD", "RDF_XML", "N-Triples");

	/** Turtle first: a client that accepts anything is an RDF client, not a browser. */
	private static final AcceptList OFFER = AcceptList.create(WebContent.contentTypeTurtle,
			WebContent.contentTypeJSONLD, WebContent.contentTypeRDFXML, WebContent.contentTypeNTriples,
			WebContent.contentTypeHTML);

	private static final MediaType TURTLE = MediaType.create(WebContent.contentTypeTurtle);

	private final SparqlExecutor executor;

	private final String publicUrl;

	ServiceDescription(SparqlExecutor executor, @Value("${simimo.public-url:}") String publicUrl) {
		this.executor = executor;
		this.publicUrl = publicUrl.strip().replaceAll("/+$", "");
	}

	/** Whether the request's Accept header prefers the query page to RDF. */
	static boolean prefersPage(HttpServletRequest request) {
		MediaType type = chosen(request);
		return type != null && WebContent.contentTypeHTML.equals(type.getContentTypeStr());
	}

	/** Whether an Accept header names none of the types the description is offered in. */
	static boolean notAcceptable(HttpServletRequest request) {
		return chosen(request) == null;
	}

	/** The types offered, for a 406 that says what can be had instead. */
	static String offered() {
		return OFFER.toString();
	}

	void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
		MediaType type = chosen(request);
		Lang lang = RDFLanguages.contentTypeToLang(type.getContentTypeStr());
		response.setHeader("Vary", "Accept");
		response.setContentType(lang.getContentType().getContentTypeStr() + ";charset=UTF-8");
		if ("HEAD".equals(request.getMethod())) {
			return;
		}
		RDFDataMgr.write(response.getOutputStream(), describe(endpoint(request)), lang);
	}

	Model describe(String endpoint) {
		Model model = ModelFactory.createDefaultModel();
		model.setNsPrefix("sd", SD);
		model.setNsPrefix("formats", FORMATS);
		Resource service = model.createResource(endpoint)
			.addProperty(RDF.type, sd(model, "Service"))
			.addProperty(property(model, "endpoint"), model.createResource(endpoint))
			.addProperty(property(model, "supportedLanguage"), sd(model, "SPARQL11Query"))
			.addProperty(property(model, "feature"), sd(model, "UnionDefaultGraph"));
		RESULT_FORMATS.forEach((format) -> service.addProperty(property(model, "resultFormat"),
				model.createResource(FORMATS + format)));
		Resource dataset = model.createResource()
			.addProperty(RDF.type, sd(model, "Dataset"))
			.addProperty(property(model, "defaultGraph"),
					model.createResource().addProperty(RDF.type, sd(model, "Graph")));
		service.addProperty(property(model, "defaultDataset"), dataset);
		this.executor.forEach("sparql/namedGraphs", new QuerySolutionMap(), (row) -> {
			Resource graph = model.createResource().addProperty(RDF.type, sd(model, "Graph"));
			if (row.contains("triples")) {
				graph.addLiteral(model.createProperty("http://rdfs.org/ns/void#triples"), row.getLiteral("triples"));
			}
			dataset.addProperty(property(model, "namedGraph"),
					model.createResource()
						.addProperty(RDF.type, sd(model, "NamedGraph"))
						.addProperty(property(model, "name"), row.getResource("graph"))
						.addProperty(property(model, "graph"), graph));
		});
		return model;
	}

	/**
	 * Turtle when there is no Accept header; null when the header names nothing offered,
	 * so that the client gets a 406 rather than a type it did not ask for.
	 */
	private static MediaType chosen(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		if (accept == null || accept.isBlank()) {
			return TURTLE;
		}
		return ConNeg.match(accept, OFFER);
	}

	/**
	 * sd:endpoint must be an absolute IRI (N-Triples cannot carry a relative one). With
	 * {@code simimo.public-url} set it is that address and the request's path, so a
	 * forged {@code Host} header cannot name another server; without it, the address the
	 * client used, as Fuseki's own description does.
	 */
	private String endpoint(HttpServletRequest request) {
		if (this.publicUrl.startsWith("http://") || this.publicUrl.startsWith("https://")) {
			return this.publicUrl + request.getRequestURI();
		}
		return request.getRequestURL().toString();
	}

	private static Resource sd(Model model, String name) {
		return model.createResource(SD + name);
	}

	private static Property property(Model model, String name) {
		return model.createProperty(SD + name);
	}

}
