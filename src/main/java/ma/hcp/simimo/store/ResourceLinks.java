package ma.hcp.simimo.store;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import ma.hcp.simimo.kernel.LabelledLink;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.store.LocalizedLiterals;
import ma.hcp.simimo.kernel.LocalizedText;
import ma.hcp.simimo.store.Vocab;

import org.springframework.stereotype.Component;

/**
 * Turns the resources a page's model links to into labelled links, for the page
 * repositories. The label is the best of skos:prefLabel, foaf:name, dct:title and
 * rdfs:label in the reader's language, or the IRI when there is none.
 */
@Component
public class ResourceLinks {

	private final LinkedDataPaths paths;

	public ResourceLinks(LinkedDataPaths paths) {
		this.paths = paths;
	}

	public LabelledLink link(Resource resource, String language) {
		if (resource == null || !resource.isURIResource()) {
			return null;
		}
		LocalizedText label = LocalizedLiterals.best(resource, language, SKOS.prefLabel, Vocab.FOAF_NAME, DCTerms.title,
				RDFS.label);
		if (!label.isPresent()) {
			label = new LocalizedText(resource.getURI(), "", false);
		}
		return new LabelledLink(resource.getURI(), label, this.paths.hrefFor(resource.getURI()));
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
