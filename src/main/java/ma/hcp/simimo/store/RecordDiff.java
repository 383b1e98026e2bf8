package ma.hcp.simimo.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;

import ma.hcp.simimo.kernel.LabelledLink;
import ma.hcp.simimo.kernel.LanguagePolicy;
import ma.hcp.simimo.kernel.LocalizedText;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The readable diff of two descriptions of a record (decision 0027): per changed
 * property, its label and the values removed and added, literals with their language,
 * IRIs as labelled links, blank nodes (a dct:PeriodOfTime) as their own properties'
 * values. Unchanged properties are left out; against an empty description everything is
 * added. The IRI subjects other than the record (a classification's levels and items)
 * follow the record's own changes, one group each.
 */
@Component
public class RecordDiff {

	/**
	 * The prefixes of the message keys that name a property the content does not label
	 * ({@code diff.property.dct.title}): DCMI, DCAT, SKOS and RDF Schema terms have no
	 * rdfs:label in the store, and SIMIMO's own have none in Arabic.
	 */
	private static final Map<String, String> PREFIXES = Map.of("http://purl.org/dc/terms/", "dct",
			"http://www.w3.org/ns/dcat#", "dcat", "http://www.w3.org/2004/02/skos/core#", "skos",
			"http://www.w3.org/2000/01/rdf-schema#", "rdfs", "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdf",
			Vocab.SIMIMO, "simimo", Vocab.XKOS, "xkos");

	/** Properties of a blank node shown first (a period's start) and last (its end). */
	private static final List<String> FIRST = List.of(DCAT.startDate.getURI(), Vocab.START_DATE.getURI());

	private static final List<String> LAST = List.of(DCAT.endDate.getURI(), Vocab.END_DATE.getURI());

	/** How deep blank nodes inside blank nodes are followed; deeper ones are left out. */
	private static final int DEPTH = 4;

	private final Labels labels;

	private final MessageSource messages;

	public RecordDiff(Labels labels, MessageSource messages) {
		this.labels = labels;
		this.messages = messages;
	}

	/**
	 * The change of one property of one subject.
	 *
	 * @param subject the part of the record it is about (a classification item), or null
	 * for the record itself
	 * @param property the property's IRI
	 * @param label the property's name for the reader
	 * @param removed the values only the description before has
	 * @param added the values only the description after has
	 */
	public record Change(LabelledLink subject, String property, LocalizedText label, List<Value> removed,
			List<Value> added) {
	}

	/**
	 * One value as shown: a literal's text with its language tag, an IRI's label with its
	 * link, or a blank node's parts (its own properties' values, in order).
	 *
	 * @param text the literal's text or the IRI's label; for a blank node, its parts'
	 * texts joined, as a plain-text rendering
	 * @param href the IRI's page here, or null for a literal or a blank node
	 * @param iri the IRI, or null
	 * @param parts a blank node's values, empty otherwise
	 */
	public record Value(LocalizedText text, String href, String iri, List<Value> parts) {

		public boolean isLink() {
			return this.href != null;
		}

		public boolean isComposite() {
			return !this.parts.isEmpty();
		}

	}

	/**
	 * What changed from {@code before} to {@code after} in the description of
	 * {@code record}, for a reader of {@code language}: the record's properties first, in
	 * the order of their labels, then each other IRI subject's.
	 */
	public List<Change> between(Model before, Model after, String record, String language) {
		List<Change> changes = new ArrayList<>(changesOf(before, after, record, null, language));
		Set<String> parts = new TreeSet<>();
		for (Model model : List.of(before, after)) {
			model.listSubjects()
				.filterKeep((subject) -> subject.isURIResource() && !subject.getURI().equals(record))
				.forEachRemaining((subject) -> parts.add(subject.getURI()));
		}
		List<LabelledLink> links = Labels.sorted(this.labels.links(parts, language), LabelledLink::label, language);
		for (LabelledLink part : links) {
			changes.addAll(changesOf(before, after, part.iri(), part, language));
		}
		return changes;
	}

	private List<Change> changesOf(Model before, Model after, String subject, LabelledLink part, String language) {
		Resource old = before.createResource(subject);
		Resource edited = after.createResource(subject);
		Set<String> properties = new LinkedHashSet<>();
		old.listProperties().forEachRemaining((statement) -> properties.add(statement.getPredicate().getURI()));
		edited.listProperties().forEachRemaining((statement) -> properties.add(statement.getPredicate().getURI()));
		List<Change> changes = new ArrayList<>();
		for (String property : properties) {
			Map<String, RDFNode> was = values(old, property);
			Map<String, RDFNode> is = values(edited, property);
			List<RDFNode> removed = was.entrySet()
				.stream()
				.filter((entry) -> !is.containsKey(entry.getKey()))
				.map(Map.Entry::getValue)
				.toList();
			List<RDFNode> added = is.entrySet()
				.stream()
				.filter((entry) -> !was.containsKey(entry.getKey()))
				.map(Map.Entry::getValue)
				.toList();
			if (!removed.isEmpty() || !added.isEmpty()) {
				changes.add(new Change(part, property, propertyLabel(property, language), shown(removed, language),
						shown(added, language)));
			}
		}
		changes.sort(Comparator.comparing(Change::label, Labels.byText(language)).thenComparing(Change::property));
		return changes;
	}

	/**
	 * The values of {@code property}, by a key that does not depend on blank node labels,
	 * so that the same period in both descriptions is the same value.
	 */
	private static Map<String, RDFNode> values(Resource subject, String property) {
		Map<String, RDFNode> values = new LinkedHashMap<>();
		subject.listProperties(subject.getModel().createProperty(property))
			.mapWith(Statement::getObject)
			.forEachRemaining((value) -> values.putIfAbsent(key(value, new HashSet<>()), value));
		return values;
	}

	private static String key(RDFNode node, Set<Resource> seen) {
		if (!node.isAnon()) {
			return NodeFmtLib.strNT(node.asNode());
		}
		Resource blank = node.asResource();
		if (!seen.add(blank)) {
			return "[…]";
		}
		List<String> lines = new ArrayList<>();
		blank.listProperties()
			.forEachRemaining((statement) -> lines
				.add(NodeFmtLib.strNT(statement.getPredicate().asNode()) + " " + key(statement.getObject(), seen)));
		seen.remove(blank);
		lines.sort(null);
		return "[" + String.join(" ; ", lines) + "]";
	}

	/**
	 * The values as shown, in a stable order: by language (the reader's first, as the
	 * language policy orders them), then by text.
	 */
	private List<Value> shown(List<RDFNode> nodes, String language) {
		List<Value> values = new ArrayList<>();
		for (RDFNode node : nodes) {
			values.add(value(node, language, 0));
		}
		List<String> order = LanguagePolicy.fallbackOrder(language);
		values.sort(Comparator.comparingInt((Value value) -> rank(order, value.text().language()))
			.thenComparing(Value::text, Labels.byText(language))
			.thenComparing((value) -> String.valueOf(value.iri())));
		return values;
	}

	private Value value(RDFNode node, String language, int depth) {
		if (node.isLiteral()) {
			Literal literal = node.asLiteral();
			return new Value(new LocalizedText(literal.getLexicalForm(), literal.getLanguage(), false), null, null,
					List.of());
		}
		Resource resource = node.asResource();
		if (resource.isURIResource()) {
			LabelledLink link = this.labels.link(resource.getURI(), language);
			return new Value(link.label(), link.href(), link.iri(), List.of());
		}
		List<Value> parts = new ArrayList<>();
		if (depth < DEPTH) {
			List<Statement> statements = new ArrayList<>(resource.listProperties()
				.filterDrop((statement) -> statement.getPredicate().equals(RDF.type))
				.toList());
			statements.sort(Comparator.comparingInt((Statement statement) -> position(statement))
				.thenComparing((statement) -> statement.getPredicate().getURI())
				.thenComparing((statement) -> key(statement.getObject(), new HashSet<>())));
			for (Statement statement : statements) {
				parts.add(value(statement.getObject(), language, depth + 1));
			}
		}
		String text = String.join(" - ", parts.stream().map((part) -> part.text().text()).toList());
		return new Value(LocalizedText.of(text), null, null, List.copyOf(parts));
	}

	private static int position(Statement statement) {
		String property = statement.getPredicate().getURI();
		return FIRST.contains(property) ? 0 : LAST.contains(property) ? 2 : 1;
	}

	/**
	 * A property's name: the content's label in the reader's language (the ontology's
	 * rdfs:label, read by {@link Labels}), else the interface's name for it
	 * ({@code diff.property.<prefix>.<local name>}), else the content's label in the next
	 * language of the language policy, else its local name.
	 */
	LocalizedText propertyLabel(String property, String language) {
		LocalizedText label = this.labels.of(property, language);
		if (label.isPresent() && !label.fallback()) {
			return label;
		}
		String key = messageKey(property);
		Locale locale = Locale.forLanguageTag(LanguagePolicy.supportedOrDefault(language));
		String named = (key == null) ? null : this.messages.getMessage(key, null, null, locale);
		if (named != null) {
			return new LocalizedText(named, locale.getLanguage(), false);
		}
		return label;
	}

	private static String messageKey(String property) {
		for (Map.Entry<String, String> prefix : PREFIXES.entrySet()) {
			if (property.startsWith(prefix.getKey()) && property.length() > prefix.getKey().length()) {
				return "diff.property." + prefix.getValue() + "." + property.substring(prefix.getKey().length());
			}
		}
		return null;
	}

	private static int rank(List<String> order, String tag) {
		int index = order.indexOf(LanguagePolicy.primary(tag));
		return (index < 0) ? order.size() : index;
	}

}
