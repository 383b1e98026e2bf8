package ma.hcp.simimo.linkeddata;

import java.util.List;
import java.util.Set;

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

		private static final String XSD = "http://www.w3.org/2001/XMLSchema#";

		private static final Set<String> DATES = Set.of(XSD + "date", XSD + "gYearMonth", XSD + "gYear",
				XSD + "dateTime");

		public boolean hasLink() {
			return this.link != null;
		}

		/**
		 * Whether the literal is a date, shown in words by the page (an xsd:date,
		 * gYearMonth, gYear or dateTime).
		 */
		public boolean isDate() {
			return this.datatype != null && DATES.contains(this.datatype);
		}

		/** Whether the literal is an xsd:duration, shown in words by the page. */
		public boolean isDuration() {
			return (XSD + "duration").equals(this.datatype);
		}

	}

	/** A property and all its values on this resource. */
	public record PropertyValues(Link property, List<Value> values) {
	}

	/** A resource that points at this one, and the property it uses. */
	public record IncomingLink(Link subject, Link property) {
	}

}
