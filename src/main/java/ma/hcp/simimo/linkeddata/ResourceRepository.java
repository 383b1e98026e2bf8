package ma.hcp.simimo.linkeddata;

import ma.hcp.simimo.store.ResourceLinks;
import ma.hcp.simimo.kernel.LanguagePolicy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;

import ma.hcp.simimo.kernel.RdfDocument;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.kernel.ResourceNotFoundException;
import ma.hcp.simimo.linkeddata.ResourceView.IncomingLink;
import ma.hcp.simimo.linkeddata.ResourceView.Link;
import ma.hcp.simimo.linkeddata.ResourceView.PropertyValues;
import ma.hcp.simimo.linkeddata.ResourceView.Value;
import ma.hcp.simimo.store.SparqlExecutor;

import org.springframework.stereotype.Repository;

/**
 * Reads the description of one resource from the store
 * (queries/linkeddata/describeResource.rq) and returns it either as an
 * {@link RdfDocument} or as a {@link ResourceView} for the HTML page.
 */
@Repository
class ResourceRepository {

	private final SparqlExecutor executor;

	private final LinkedDataPaths paths;

	private final ResourceLinks links;

	ResourceRepository(SparqlExecutor executor, LinkedDataPaths paths, ResourceLinks links) {
		this.executor = executor;
		this.paths = paths;
		this.links = links;
	}

	boolean exists(String iri) {
		return this.executor.ask("linkeddata/resourceExists", bindResource(iri));
	}

	/** The generic description of the resource, for every RDF format. */
	RdfDocument describe(String iri) {
		return RdfDocument.of(description(iri));
	}

	ResourceView view(String iri, Locale locale) {
		Model description = description(iri);
		Resource resource = description.createResource(iri);
		String language = locale.getLanguage();
		List<Link> types = resource.listProperties(RDF.type)
			.toList()
			.stream()
			.filter((statement) -> statement.getObject().isURIResource())
			.map((statement) -> link(statement.getResource(), language))
			.toList();
		List<PropertyValues> properties = propertiesOf(resource, language, true);
		List<IncomingLink> incoming = description.listStatements(null, null, resource)
			.toList()
			.stream()
			.filter((statement) -> statement.getSubject().isURIResource())
			.map((statement) -> new IncomingLink(link(statement.getSubject(), language),
					link(statement.getPredicate(), language)))
			.sorted(Comparator.comparing((IncomingLink in) -> in.property().label())
				.thenComparing((in) -> in.subject().label()))
			.toList();
		return new ResourceView(iri, this.links.label(resource, language).text(), types, properties, incoming);
	}

	private Model description(String iri) {
		Model description = this.executor.construct("linkeddata/describeResource", bindResource(iri));
		if (description.isEmpty() && !exists(iri)) {
			throw new ResourceNotFoundException(iri);
		}
		return description;
	}

	private List<PropertyValues> propertiesOf(Resource resource, String language, boolean skipTypes) {
		Map<Property, List<Value>> byProperty = new LinkedHashMap<>();
		for (Statement statement : resource.listProperties().toList()) {
			if (skipTypes && statement.getPredicate().equals(RDF.type)) {
				continue;
			}
			byProperty.computeIfAbsent(statement.getPredicate(), (p) -> new ArrayList<>())
				.add(value(statement.getObject(), language));
		}
		return byProperty.entrySet()
			.stream()
			.map((entry) -> new PropertyValues(link(entry.getKey(), language), sortValues(entry.getValue(), language)))
			.sorted(Comparator.comparing((PropertyValues values) -> values.property().label().toLowerCase(Locale.ROOT)))
			.toList();
	}

	private Value value(RDFNode node, String language) {
		if (node.isLiteral()) {
			Literal literal = node.asLiteral();
			String datatype = literal.getLanguage().isEmpty() ? literal.getDatatypeURI() : null;
			return new Value(null, literal.getLexicalForm(), literal.getLanguage(), datatype, List.of());
		}
		if (node.isAnon()) {
			return new Value(null, null, null, null, propertiesOf(node.asResource(), language, false));
		}
		return new Value(link(node.asResource(), language), null, null, null, List.of());
	}

	private static List<Value> sortValues(List<Value> values, String language) {
		// Literals in the reader's language first, then the fallback order; links by
		// label.
		return values.stream().sorted(Comparator.comparing((Value value) -> {
			if (value.language() == null) {
				return 9;
			}
			int rank = LanguagePolicy.fallbackOrder(language).indexOf(LanguagePolicy.primary(value.language()));
			return value.language().equals(language) ? -1 : (rank < 0 ? 8 : rank);
		}).thenComparing((value) -> value.hasLink() ? value.link().label() : String.valueOf(value.text()))).toList();
	}

	private Link link(Resource resource, String language) {
		String iri = resource.getURI();
		return new Link(iri, this.links.label(resource, language).text(), this.paths.hrefFor(iri));
	}

	private static QuerySolutionMap bindResource(String iri) {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("resource", org.apache.jena.rdf.model.ResourceFactory.createResource(iri));
		return bindings;
	}

}
