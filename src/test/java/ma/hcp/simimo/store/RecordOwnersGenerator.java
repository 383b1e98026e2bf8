package ma.hcp.simimo.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Writes vocabularies/record-owners.ttl: the owner of every producer-owned record,
 * derived by src/test/resources/generators/recordOwners.rq from the rest of the content,
 * grouped by producer, under a header that lists the records left without an owner and
 * why. Rerun it after adding content or settling a record's producer:
 * {@code mvn -o -q test -Dtest=RecordOwnersFileTests -Dsimimo.regenerate=record-owners}
 * (or run {@link #main} from the checkout's root). {@link RecordOwnersFileTests} fails
 * while the committed file differs from what it writes.
 */
public final class RecordOwnersGenerator {

	static final Path FILE = Path.of("vocabularies/record-owners.ttl");

	static final Path QUERY = Path.of("src/test/resources/generators/recordOwners.rq");

	private static final String BASE = "https://w3id.org/simimo/";

	private static final Property WAS_ASSOCIATED_WITH = ResourceFactory
		.createProperty("http://www.w3.org/ns/prov#wasAssociatedWith");

	private static final Resource STATISTICAL_OPERATION = ResourceFactory
		.createResource(Vocab.SIMIMO + "StatisticalOperation");

	private static final Resource REFERENCE_PERIOD = ResourceFactory.createResource(Vocab.SIMIMO + "ReferencePeriod");

	/** The prefixes of the records' own files, so the lines read as they do there. */
	private static final Map<String, String> FIXED_PREFIXES = fixedPrefixes();

	private static final Pattern LOCAL_NAME = Pattern.compile("[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_-])?");

	private static final Pattern PREFIX_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9-]*");

	private RecordOwnersGenerator() {
	}

	public static void main(String[] args) throws IOException {
		Files.writeString(FILE, render(), StandardCharsets.UTF_8);
		System.out.println("Wrote " + FILE);
	}

	/** The file's text, as {@link #main} writes it. */
	static String render() {
		Model content = content();
		return render(content, derive(content));
	}

	/** Every content file but the owners file itself, in one model. */
	static Model content() {
		Model model = ModelFactory.createDefaultModel();
		try (Stream<Path> files = Stream.concat(Files.walk(Path.of("ontology")), Files.walk(Path.of("vocabularies")))) {
			files.filter((path) -> path.toString().endsWith(".ttl"))
				.filter((path) -> !path.normalize().equals(FILE))
				.sorted()
				.forEach((path) -> RDFDataMgr.read(model, path.toString()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return model;
	}

	/** The owner statements the derivation query gives over {@code content}. */
	static Model derive(Model content) {
		try (QueryExecution execution = QueryExecution.model(content).query(Files.readString(QUERY)).build()) {
			return execution.execConstruct();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String render(Model content, Model owners) {
		Map<Resource, List<Resource>> byProducer = new TreeMap<>((a, b) -> a.getURI().compareTo(b.getURI()));
		owners.listStatements(null, Vocab.OWNER, (RDFNode) null)
			.forEach((statement) -> byProducer.computeIfAbsent(statement.getResource(), (key) -> new ArrayList<>())
				.add(statement.getSubject()));
		Set<String> namespaces = new TreeSet<>();
		owners.listSubjects().forEach((record) -> namespaces.add(namespaceOf(record.getURI())));
		content.listSubjectsWithProperty(RDF.type, Vocab.NATIONAL_SCHEME)
			.forEach((scheme) -> content.listSubjectsWithProperty(SKOS.inScheme, scheme)
				.filterKeep(RDFNode::isURIResource)
				.forEach((member) -> namespaces.add(namespaceOf(member.getURI()))));
		Map<String, String> prefixes = prefixes(namespaces);

		StringBuilder out = new StringBuilder();
		prefixes.forEach((name, iri) -> out.append(String.format("@prefix %-7s <%s> .%n", name + ":", iri)));
		out.append('\n');
		header(out, content, owners, byProducer, prefixes);
		byProducer.forEach((producer, records) -> producerSection(out, content, producer, records, prefixes));
		return out.toString();
	}

	private static void header(StringBuilder out, Model content, Model owners, Map<Resource, List<Resource>> byProducer,
			Map<String, String> prefixes) {
		out.append("""
				# Who is responsible for each producer's records in SIMIMO (simimo:owner, decision 0019): the
				# contributors of the producer named may edit the record, and the coordinators review it. This is an
				# administrative fact (who may edit what), not a statistical one: who collects, publishes or holds
				# the data is said by dct:publisher and prov:wasAssociatedWith in the records' own files. The
				# permission checks read the owner from this file's graph only, so editing a record never changes
				# who owns it.
				#
				# Generated, not written by hand: derived from the rest of the content by
				# src/test/resources/generators/recordOwners.rq (its header states the rules) and written by
				#   mvn -o -q test -Dtest=RecordOwnersFileTests -Dsimimo.regenerate=record-owners
				# store.RecordOwnersFileTests fails while this file and the derivation differ. To give a record an
				# owner, settle its producer in its own file, then regenerate.
				#
				# Records with no owner are the coordinators': international standards and classifications,
				# divergences, the action plan, indicators, code lists (the HCP publishes them, but as coordinator),
				# the catalogue itself and the correspondences between classifications.
				""");
		List<String> leftOut = leftOut(content, owners, prefixes);
		if (leftOut.isEmpty()) {
			out.append("# No producer record is left without an owner.\n");
		}
		else {
			out.append("# Left out, because their producer is not one and certain (docs/content-gaps.md):\n");
			leftOut.forEach((line) -> out.append("#   - ").append(line).append('\n'));
		}
		out.append("#\n# ").append(owners.size()).append(" records owned:\n");
		byProducer.forEach((producer, records) -> out.append("#   ")
			.append(name(producer.getURI(), prefixes))
			.append(" (")
			.append(acronym(content, producer))
			.append("): ")
			.append(records.size())
			.append('\n'));
	}

	private static void producerSection(StringBuilder out, Model content, Resource producer, List<Resource> records,
			Map<String, String> prefixes) {
		String owner = name(producer.getURI(), prefixes);
		String acronym = acronym(content, producer);
		String name = frenchName(content, producer);
		out.append("\n## ---- ").append(acronym.equals(name) ? name : acronym + ": " + name).append("\n");
		group(out, "Datasets (their dct:publisher)",
				sorted(records, (record) -> content.contains(record, RDF.type, DCAT.Dataset)), owner, prefixes);
		group(out,
				"Statistical operations (the one producer they are prov:wasAssociatedWith, which publishes their datasets)",
				sorted(records, (record) -> content.contains(record, RDF.type, STATISTICAL_OPERATION)), owner,
				prefixes);
		group(out, "Reference periods (used only by this producer's datasets and national concepts)",
				sorted(records, (record) -> content.contains(record, RDF.type, REFERENCE_PERIOD)), owner, prefixes);
		for (Resource scheme : sorted(records, (record) -> content.contains(record, RDF.type, Vocab.NATIONAL_SCHEME))) {
			List<Resource> members = sorted(records, (record) -> content.contains(record, SKOS.inScheme, scheme));
			List<Resource> lines = new ArrayList<>();
			lines.add(scheme);
			lines.addAll(members);
			group(out, "National scheme " + name(scheme.getURI(), prefixes) + " (its dct:publisher) and "
					+ switch (members.size()) {
						case 0 -> "no member";
						case 1 -> "its member";
						default -> "its " + members.size() + " members";
					}, lines, owner, prefixes);
		}
	}

	/** One commented group of owner statements, in the order given; none if empty. */
	private static void group(StringBuilder out, String title, List<Resource> records, String owner,
			Map<String, String> prefixes) {
		if (records.isEmpty()) {
			return;
		}
		out.append("\n# ").append(title).append('\n');
		records.forEach((record) -> out.append(name(record.getURI(), prefixes))
			.append(" simimo:owner ")
			.append(owner)
			.append(" .\n"));
	}

	/**
	 * The records of a producer-owned kind that got no owner, each with the reason read
	 * from the content.
	 */
	private static List<String> leftOut(Model content, Model owners, Map<String, String> prefixes) {
		Map<String, String> reasons = new TreeMap<>();
		Predicate<Resource> unowned = (record) -> record.isURIResource()
				&& !owners.contains(record, Vocab.OWNER, (RDFNode) null);
		for (Resource type : List.of(DCAT.Dataset, Vocab.NATIONAL_SCHEME)) {
			content.listSubjectsWithProperty(RDF.type, type).filterKeep(unowned::test).forEach((record) -> {
				List<Resource> publishers = objects(record, DCTerms.publisher);
				reasons.put(record.getURI(),
						kindOf(type) + " " + agentsReason(content, publishers, "published by", "no dct:publisher"));
			});
		}
		content.listSubjectsWithProperty(RDF.type, Vocab.NATIONAL_SCHEME)
			.forEach((scheme) -> content.listSubjectsWithProperty(SKOS.inScheme, scheme)
				.filterKeep(unowned::test)
				.forEach((member) -> {
					List<Resource> schemes = objects(member, SKOS.inScheme);
					reasons.put(member.getURI(),
							(schemes.size() > 1) ? "in several schemes: " + names(schemes, prefixes)
									: "in " + name(scheme.getURI(), prefixes)
											+ (owners.contains(scheme, Vocab.OWNER, (RDFNode) null) ? ""
													: ", which has no owner"));
				}));
		content.listSubjectsWithProperty(RDF.type, STATISTICAL_OPERATION)
			.filterKeep(unowned::test)
			.forEach((operation) -> reasons.put(operation.getURI(), "statistical operation " + agentsReason(content,
					objects(operation, WAS_ASSOCIATED_WITH), "associated with", "no prov:wasAssociatedWith")));
		content.listSubjectsWithProperty(RDF.type, REFERENCE_PERIOD)
			.filterKeep(unowned::test)
			.forEach((period) -> reasons.put(period.getURI(),
					"reference period used by the records of several producers, or of none"));
		List<String> lines = new ArrayList<>();
		reasons.forEach((iri, reason) -> lines.add(name(iri, prefixes) + ": " + reason));
		return lines;
	}

	private static String agentsReason(Model content, List<Resource> agents, String verb, String none) {
		if (agents.isEmpty()) {
			return "with " + none;
		}
		String names = agents.stream().map((agent) -> acronym(content, agent)).collect(Collectors.joining(" and "));
		if (agents.size() > 1) {
			return verb + " " + names;
		}
		return isProducer(content, agents.get(0)) ? verb + " " + names + ", but its other records disagree"
				: verb + " " + names + ", which is not a producer";
	}

	private static String kindOf(Resource type) {
		return DCAT.Dataset.equals(type) ? "dataset" : "national scheme";
	}

	private static boolean isProducer(Model content, Resource agent) {
		return content.contains(agent, RDF.type, ORG.Organization) && content.contains(agent, Vocab.PRODUCER_ROLE);
	}

	private static List<Resource> objects(Resource subject, Property property) {
		return subject.listProperties(property)
			.mapWith(Statement::getObject)
			.filterKeep(RDFNode::isURIResource)
			.mapWith(RDFNode::asResource)
			.toList()
			.stream()
			.sorted((a, b) -> a.getURI().compareTo(b.getURI()))
			.toList();
	}

	private static List<Resource> sorted(List<Resource> records, Predicate<Resource> keep) {
		return records.stream().filter(keep).sorted((a, b) -> a.getURI().compareTo(b.getURI())).toList();
	}

	private static String acronym(Model content, Resource producer) {
		Statement acronym = content.getResource(producer.getURI()).getProperty(Vocab.ACRONYM, "fr");
		if (acronym != null) {
			return acronym.getString();
		}
		return frenchName(content, producer);
	}

	private static String frenchName(Model content, Resource producer) {
		Statement name = content.getResource(producer.getURI()).getProperty(FOAF.name, "fr");
		return (name != null) ? name.getString() : producer.getURI();
	}

	private static String names(List<Resource> resources, Map<String, String> prefixes) {
		return resources.stream()
			.map((resource) -> name(resource.getURI(), prefixes))
			.collect(Collectors.joining(", "));
	}

	/** A prefixed name where Turtle allows one, else the IRI in angle brackets. */
	private static String name(String iri, Map<String, String> prefixes) {
		String namespace = namespaceOf(iri);
		String local = iri.substring(namespace.length());
		for (Map.Entry<String, String> prefix : prefixes.entrySet()) {
			if (prefix.getValue().equals(namespace) && LOCAL_NAME.matcher(local).matches()) {
				return prefix.getKey() + ":" + local;
			}
		}
		return "<" + iri + ">";
	}

	private static String namespaceOf(String iri) {
		int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
		return iri.substring(0, cut + 1);
	}

	/**
	 * The fixed prefixes, then one per namespace of the schemes' members, named after its
	 * path (concepts/hcp-rgph/ is hcp-rgph:, classifications/nma-2010/levels/ is
	 * nma-2010-levels:).
	 */
	private static Map<String, String> prefixes(Set<String> namespaces) {
		Map<String, String> prefixes = new LinkedHashMap<>(FIXED_PREFIXES);
		for (String namespace : namespaces) {
			if (prefixes.containsValue(namespace) || !namespace.startsWith(BASE)) {
				continue;
			}
			String path = namespace.substring(BASE.length(), namespace.length() - 1);
			String name = path.replaceFirst("^(concepts|classifications)/", "").replace('/', '-');
			if (PREFIX_NAME.matcher(name).matches() && !prefixes.containsKey(name)) {
				prefixes.put(name, namespace);
			}
		}
		return prefixes;
	}

	private static Map<String, String> fixedPrefixes() {
		Map<String, String> prefixes = new LinkedHashMap<>();
		prefixes.put("simimo", Vocab.SIMIMO);
		prefixes.put("prod", BASE + "producers/");
		prefixes.put("ds", BASE + "datasets/");
		prefixes.put("ops", BASE + "operations/");
		prefixes.put("per", BASE + "periods/");
		prefixes.put("sch", BASE + "schemes/");
		prefixes.put("cls", BASE + "classifications/");
		return prefixes;
	}

}
