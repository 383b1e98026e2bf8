package ma.hcp.simimo.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TimeZone;

import org.apache.jena.datatypes.xsd.XSDDateTime;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

import org.springframework.stereotype.Component;

/**
 * The settings an administrator changes at run time (decision 0025), kept in the private
 * store's graph {@value #GRAPH}: one {@code simimo:Setting} node per setting
 * ({@code urn:simimo:setting:<id>}) with its {@code simimo:settingValue}s, and who saved
 * it last ({@code simimo:changedBy}, an account) and when ({@code dct:modified}). The
 * values are checked against the private shapes before they are written, one transaction
 * per save; the features read them here, from memory, after every save. A setting never
 * saved has its feature's default.
 */
@Component
public class RuntimeSettings {

	/** The private store's graph of the settings. */
	public static final String GRAPH = "urn:simimo:graph:settings";

	/** The settings, each with the IRI of its node. */
	public enum Key {

		/**
		 * Sign-in failures for one user name before it is refused for a while (decision
		 * 0019's 5 by default).
		 */
		SIGN_IN_FAILURES_PER_USER("sign-in-failures-per-user", 5),

		/**
		 * Sign-in failures from one client address before it is refused for a while (20
		 * by default).
		 */
		SIGN_IN_FAILURES_PER_ADDRESS("sign-in-failures-per-address", 20),

		/**
		 * How many glossaries may be saved, listed and private together; by default
		 * {@code simimo.glossary.max-saved}.
		 */
		GLOSSARY_MAX_SAVED("glossary-max-saved", 0),

		/**
		 * A notice shown on every page, in French, English and Arabic; none by default.
		 */
		SITE_NOTICE("site-notice", 0);

		private final String id;

		private final int defaultValue;

		Key(String id, int defaultValue) {
			this.id = id;
			this.defaultValue = defaultValue;
		}

		/**
		 * The value a number setting has until it is saved; 0 when the default is not
		 * this class's (a property, or no notice).
		 */
		public int defaultValue() {
			return this.defaultValue;
		}

		/**
		 * The setting's id, as forms and messages name it: {@code glossary-max-saved}.
		 */
		public String id() {
			return this.id;
		}

		/** The IRI of the setting's node. */
		public String iri() {
			return "urn:simimo:setting:" + this.id;
		}

		static Optional<Key> ofIri(String iri) {
			for (Key key : values()) {
				if (key.iri().equals(iri)) {
					return Optional.of(key);
				}
			}
			return Optional.empty();
		}

	}

	/**
	 * A setting as saved.
	 *
	 * @param values its values: one number, or a text per language tag
	 * @param modified when it was saved
	 * @param changedBy the account that saved it
	 */
	public record Saved(Map<String, String> values, Instant modified, String changedBy) {
	}

	/**
	 * A violation of the private shapes by a setting about to be saved.
	 *
	 * @param key the setting
	 * @param value the offending value, or empty
	 * @param messages the shape's messages by language tag
	 */
	public record Violation(Key key, String value, Map<String, String> messages) {

		/** The shape's message in {@code language}, else in English. */
		public String message(String language) {
			return this.messages.getOrDefault(language, this.messages.getOrDefault("en", ""));
		}

	}

	private static final Node VALUE = NodeFactory.createURI(Vocab.SIMIMO + "settingValue");

	private static final Node CHANGED_BY = NodeFactory.createURI(Vocab.SIMIMO + "changedBy");

	private static final Node SETTING = NodeFactory.createURI(Vocab.SIMIMO + "Setting");

	private final PrivateStore privateStore;

	private volatile Map<Key, Saved> saved;

	RuntimeSettings(PrivateStore privateStore) {
		this.privateStore = privateStore;
		this.saved = read();
	}

	/** Every setting that has been saved. */
	public Map<Key, Saved> saved() {
		return this.saved;
	}

	/** The whole-number value of {@code key}, when it has been saved. */
	public OptionalInt integer(Key key) {
		Saved value = this.saved.get(key);
		if (value == null || value.values().isEmpty()) {
			return OptionalInt.empty();
		}
		try {
			return OptionalInt.of(Integer.parseInt(value.values().values().iterator().next()));
		}
		catch (NumberFormatException ex) {
			return OptionalInt.empty();
		}
	}

	/**
	 * The texts of {@code key} by language tag; empty when never saved or saved empty.
	 */
	public Map<String, String> texts(Key key) {
		Saved value = this.saved.get(key);
		return (value == null) ? Map.of() : value.values();
	}

	/**
	 * The violations of the private shapes by these values, checked before anything is
	 * written: a number is an {@code xsd:int} literal, a text a language-tagged one.
	 * @param values the new values: a number as its digits, or texts by language tag
	 */
	public List<Violation> check(Map<Key, Map<String, String>> values) {
		Graph candidate = GraphFactory.createDefaultGraph();
		Node account = NodeFactory.createURI("urn:simimo:account:00000000-0000-4000-8000-000000000000");
		values.forEach((key, texts) -> triples(key, texts, account, Instant.now()).forEach(candidate::add));
		ValidationReport report = ShaclValidator.get().validate(this.privateStore.shapes(), candidate);
		List<Violation> violations = new ArrayList<>();
		for (ReportEntry entry : report.getEntries()) {
			if (!Severity.Violation.equals(entry.severity()) || !entry.focusNode().isURI()) {
				continue;
			}
			Optional<Key> key = Key.ofIri(entry.focusNode().getURI());
			if (key.isEmpty()) {
				continue;
			}
			Map<String, String> messages = new LinkedHashMap<>();
			if (entry.messages() != null) {
				entry.messages()
					.stream()
					.filter(Node::isLiteral)
					.forEach((message) -> messages.putIfAbsent(message.getLiteralLanguage(),
							message.getLiteralLexicalForm()));
			}
			if (messages.isEmpty() && entry.message() != null) {
				messages.put("en", entry.message());
			}
			Node value = entry.value();
			violations.add(new Violation(key.get(),
					(value == null) ? "" : value.isLiteral() ? value.getLiteralLexicalForm() : value.toString(),
					Map.copyOf(messages)));
		}
		return violations;
	}

	/**
	 * Saves {@code values} by {@code account}, all in one transaction of the private
	 * store (which the private shapes check before the commit), then reads them back. The
	 * caller has checked them ({@link #check}).
	 */
	public synchronized void save(Map<Key, Map<String, String>> values, String account) {
		Instant now = Instant.now();
		this.privateStore.write("settings " + values.keySet(), (write) -> {
			for (Map.Entry<Key, Map<String, String>> setting : values.entrySet()) {
				QuerySolutionMap bindings = new QuerySolutionMap();
				bindings.add("setting", ResourceFactory.createResource(setting.getKey().iri()));
				bindings.add("modified", dateTime(now));
				bindings.add("changedBy", ResourceFactory.createResource(account));
				write.update("store/saveSetting", bindings);
				ValueRows rows = ValueRows.of("value");
				setting.getValue().forEach((language, text) -> rows.row(literal(setting.getKey(), language, text)));
				if (!rows.isEmpty()) {
					QuerySolutionMap node = new QuerySolutionMap();
					node.add("setting", ResourceFactory.createResource(setting.getKey().iri()));
					write.update("store/settingValues", node, rows);
				}
			}
		});
		this.saved = read();
	}

	private Map<Key, Saved> read() {
		Map<Key, Map<String, String>> values = new EnumMap<>(Key.class);
		Map<Key, Saved> saved = new EnumMap<>(Key.class);
		this.privateStore.reader().select("store/settings", new QuerySolutionMap(), (row) -> {
			Key.ofIri(row.getResource("setting").getURI()).ifPresent((key) -> {
				Map<String, String> texts = values.computeIfAbsent(key, (k) -> new LinkedHashMap<>());
				if (row.contains("value")) {
					texts.put(row.getLiteral("value").getLanguage(), row.getLiteral("value").getLexicalForm());
				}
				saved.put(key, new Saved(texts, Instant.parse(row.getLiteral("modified").getLexicalForm()),
						row.getResource("changedBy").getURI()));
			});
			return Boolean.TRUE;
		});
		Map<Key, Saved> copied = new EnumMap<>(Key.class);
		saved.forEach((key, value) -> copied.put(key,
				new Saved(Map.copyOf(values.get(key)), value.modified(), value.changedBy())));
		return java.util.Collections.unmodifiableMap(copied);
	}

	private static List<Triple> triples(Key key, Map<String, String> texts, Node account, Instant when) {
		Node node = NodeFactory.createURI(key.iri());
		List<Triple> triples = new ArrayList<>();
		triples.add(Triple.create(node, RDF.type.asNode(), SETTING));
		triples.add(Triple.create(node, DCTerms.modified.asNode(), dateTime(when).asNode()));
		triples.add(Triple.create(node, CHANGED_BY, account));
		texts.forEach(
				(language, text) -> triples.add(Triple.create(node, VALUE, literal(key, language, text).asNode())));
		return triples;
	}

	/**
	 * A value as a literal: a language-tagged text for the notice, an {@code xsd:int}
	 * otherwise, whose lexical form the shapes check (so "12a" is a violation, not an
	 * exception).
	 */
	private static RDFNode literal(Key key, String language, String text) {
		if (key == Key.SITE_NOTICE) {
			return ResourceFactory.createLangLiteral(text, language.toLowerCase(Locale.ROOT));
		}
		return ResourceFactory.createTypedLiteral(text, org.apache.jena.datatypes.xsd.XSDDatatype.XSDint);
	}

	private static RDFNode dateTime(Instant instant) {
		Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
		calendar.setTimeInMillis(instant.toEpochMilli());
		return ResourceFactory.createTypedLiteral(new XSDDateTime(calendar));
	}

}
