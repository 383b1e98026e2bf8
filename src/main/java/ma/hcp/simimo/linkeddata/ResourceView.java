package ma.hcp.simimo.linkeddata;

import java.util.List;

/**
 * What a resource page shows: the resource, its types, its properties with their values,
 * and the resources that link to it. Labels are already chosen for the reader's language.
 *
 * @param iri the resource IRI
 * @param label its best label, or its IRI's local name
 * @param types its rdf:type values
 * @param properties its outgoing properties, each with all its values
 * @param incoming the triples that point at it, as subject and property
 */
public record ResourceView(String iri, String label, List<Link> types, List<PropertyValues> properties,
		List<IncomingLink> incoming) {

	/**
	 * A link to another resource: its IRI, its label, and where this application shows
	 * it.
	 */
	public record Link(String iri, String label, String href) {
	}

	/**
	 * One value of a property: a link to a resource, or a literal with its language tag
	 * or datatype.
	 */
	public record Value(Link link, String text, String language, String datatype, List<PropertyValues> nested) {

		public boolean hasLink() {
			return this.link != null;
		}

	}

	/** A property and all its values on this resource. */
	public record PropertyValues(Link property, List<Value> values) {
	}

	/** A resource that points at this one, and the property it uses. */
	public record IncomingLink(Link subject, Link property) {
	}

}
