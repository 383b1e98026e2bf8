package ma.hcp.simimo.store;

import java.util.Collections;
import java.util.Comparator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;

import ma.hcp.simimo.kernel.LabelledLink;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.kernel.LocalizedText;

import org.springframework.stereotype.Component;

/**
 * Turns the resources a page's model links to into labelled links, for the page
 * repositories. Labels come from {@link Labels}, not from the page's model, so a resource
 * is named as on its own page; the IRIs of one model are labelled in one batch.
 */
@Component
public class ResourceLinks {

	private final LinkedDataPaths paths;

	private final Labels labels;

	/**
	 * The labels of the models being turned into pages, by model and language: the first
	 * link of a model labels all its IRIs at once. Weak keys, since a page's model lives
	 * for one request.
	 */
	private final Map<Model, Map<String, Map<String, LocalizedText>>> byModel = Collections
		.synchronizedMap(new WeakHashMap<>());

	public ResourceLinks(LinkedDataPaths paths, Labels labels) {
		this.paths = paths;
		this.labels = labels;
	}

	public LabelledLink link(Resource resource, String language) {
		if (resource == null || !resource.isURIResource()) {
			return null;
		}
		return new LabelledLink(resource.getURI(), label(resource, language), this.paths.hrefFor(resource.getURI()));
	}

	/** The name of a resource of a page's model, as {@link Labels} gives it. */
	public LocalizedText label(Resource resource, String language) {
		String iri = resource.getURI();
		Model model = resource.getModel();
		if (model == null) {
			return this.labels.of(iri, language);
		}
		Map<String, LocalizedText> ofModel = this.byModel.computeIfAbsent(model, (key) -> new ConcurrentHashMap<>())
			.computeIfAbsent(language, (key) -> this.labels.of(iris(model), language));
		LocalizedText label = ofModel.get(iri);
		return (label != null) ? label : this.labels.of(iri, language);
	}

	private static Set<String> iris(Model model) {
		Set<String> iris = new LinkedHashSet<>();
		model.listSubjects().filterKeep(Resource::isURIResource).forEach((subject) -> iris.add(subject.getURI()));
		model.listObjects()
			.filterKeep(RDFNode::isURIResource)
			.forEach((object) -> iris.add(object.asResource().getURI()));
		model.listStatements().forEach((statement) -> iris.add(statement.getPredicate().getURI()));
		return iris;
	}

	/** Links to every IRI value of the property, by label. */
	public List<LabelledLink> links(Resource subject, Property property, String language) {
		return sorted(subject.listProperties(property)
			.mapWith(Statement::getObject)
			.filterKeep(RDFNode::isURIResource)
			.mapWith((node) -> link(node.asResource(), language))
			.toList());
	}

	/** A link to the first IRI value of the property, or null. */
	public LabelledLink first(Resource subject, Property property, String language) {
		return object(subject, property).map((object) -> link(object, language)).orElse(null);
	}

	public static List<LabelledLink> sorted(List<LabelledLink> links) {
		return links.stream().sorted(Comparator.comparing((LabelledLink link) -> link.label().text())).toList();
	}

	public static Optional<Resource> object(Resource subject, Property property) {
		Statement statement = subject.getProperty(property);
		return (statement != null && statement.getObject().isResource()) ? Optional.of(statement.getResource())
				: Optional.empty();
	}

	/** The lexical form of the first literal value of the property, or "". */
	public static String lexical(Resource subject, Property property) {
		Statement statement = subject.getProperty(property);
		return (statement != null && statement.getObject().isLiteral()) ? statement.getLiteral().getLexicalForm() : "";
	}

}
