package ma.hcp.simimo.glossary;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

import ma.hcp.simimo.glossary.Glossary.Counterpart;
import ma.hcp.simimo.glossary.Glossary.DefinitionOrigin;
import ma.hcp.simimo.glossary.Glossary.DivergenceNote;
import ma.hcp.simimo.glossary.Glossary.Entry;
import ma.hcp.simimo.glossary.Glossary.Link;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.kernel.LocalizedText;
import ma.hcp.simimo.store.DefinitionOrigins;
import ma.hcp.simimo.store.SparqlExecutor;
import ma.hcp.simimo.store.Labels;
import ma.hcp.simimo.store.Vocab;
import ma.hcp.simimo.kernel.BadRequestException;
import ma.hcp.simimo.kernel.Durations;

import org.springframework.stereotype.Repository;

/**
 * Reads what the glossary entries of a selection show, in one CONSTRUCT over the selected
 * concepts (queries/glossary/entries.rq), and puts the entries in the order asked.
 */
@Repository
public class GlossaryRepository {

	private static final List<Property> MAPPINGS = List.of(SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch,
			SKOS.narrowMatch, SKOS.relatedMatch);

	private final SparqlExecutor executor;

	private final LinkedDataPaths paths;

	private final Durations durations;

	private final DivergenceSentences sentences;

	GlossaryRepository(SparqlExecutor executor, LinkedDataPaths paths, Durations durations,
			DivergenceSentences sentences) {
		this.executor = executor;
		this.paths = paths;
		this.durations = durations;
		this.sentences = sentences;
	}

	/**
	 * The glossary of {@code request}.
	 * @throws BadRequestException when the selection is empty or names concepts SIMIMO
	 * does not hold
	 */
	public Glossary glossary(Glossary.Metadata metadata, GlossaryRequest request) {
		if (request.isEmpty()) {
			throw new BadRequestException("glossary.error.empty");
		}
		List<Node> nodes = request.concepts().stream().map(NodeFactory::createURI).toList();
		Model model = this.executor.constructFor("glossary/entries", "concept", nodes);
		List<String> unknown = request.concepts()
			.stream()
			.filter((iri) -> !model.contains(model.createResource(iri), SKOS.prefLabel))
			.toList();
		if (!unknown.isEmpty()) {
			throw new BadRequestException("glossary.error.unknown", unknown.size(),
					String.join(", ", unknown.subList(0, Math.min(5, unknown.size()))));
		}
		List<Entry> entries = new ArrayList<>();
		for (String iri : request.concepts()) {
			entries.add(entry(model, model.createResource(iri), request.languages(), request.orderLanguage()));
		}
		return new Glossary(metadata, request, order(entries, request, model));
	}

	private Entry entry(Model model, Resource concept, List<String> languages, String orderLanguage) {
		Resource scheme = concept.getPropertyResourceValue(SKOS.inScheme);
		Resource family = concept.getPropertyResourceValue(Vocab.CONCEPT_FAMILY);
		List<Counterpart> counterparts = new ArrayList<>();
		for (Property mapping : MAPPINGS) {
			for (Resource counterpart : resources(concept, mapping)) {
				Resource counterpartScheme = counterpart.getPropertyResourceValue(SKOS.inScheme);
				counterparts.add(new Counterpart(link(counterpart, SKOS.prefLabel), mapping.getLocalName(),
						(counterpartScheme == null) ? null : link(counterpartScheme, SKOS.prefLabel),
						texts(counterpart, SKOS.definition)));
			}
		}
		List<DivergenceNote> divergences = new ArrayList<>();
		for (Resource divergence : subjects(model, Vocab.NATIONAL_CONCEPT, concept)) {
			divergences.add(note(concept, divergence, languages));
		}
		divergences.sort(Comparator.comparingInt(DivergenceNote::severity).reversed());
		return new Entry(concept.getURI(), this.paths.hrefFor(concept.getURI()), texts(concept, SKOS.prefLabel),
				texts(concept, SKOS.definition), definitionOrigins(concept),
				concept.hasLiteral(Vocab.DEFINITION_UNAVAILABLE, true),
				(scheme == null) ? null : link(scheme, SKOS.prefLabel),
				scheme != null && scheme.hasProperty(RDF.type, Vocab.NATIONAL_SCHEME),
				(family == null) ? null : link(family, SKOS.prefLabel),
				links(concept, DCTerms.source, DCTerms.title, orderLanguage), counterparts, divergences,
				links(concept, SKOS.related, SKOS.prefLabel, orderLanguage),
				subjects(model, Vocab.MEASURES, concept).stream()
					.map((dataset) -> link(dataset, DCTerms.title))
					.sorted(byLabel(orderLanguage))
					.toList());
	}

	private DivergenceNote note(Resource concept, Resource divergence, List<String> languages) {
		Resource standard = divergence.getPropertyResourceValue(Vocab.STANDARD_CONCEPT);
		Resource criterion = divergence.getPropertyResourceValue(Vocab.CRITERION);
		Resource severity = divergence.getPropertyResourceValue(Vocab.SEVERITY);
		int grade = -1;
		if (severity != null && severity.hasProperty(SKOS.notation)) {
			try {
				grade = Integer.parseInt(severity.getProperty(SKOS.notation).getString());
			}
			catch (NumberFormatException ex) {
				grade = -1;
			}
		}
		Texts nationalValue = values(divergence, Vocab.NATIONAL_VALUE, languages);
		Texts standardValue = values(divergence, Vocab.STANDARD_VALUE, languages);
		Link standardLink = link(standard, SKOS.prefLabel);
		Link criterionLink = link(criterion, SKOS.prefLabel);
		Texts note = this.sentences.sentence(new DivergenceSentences.Parts(texts(concept, SKOS.prefLabel),
				standardLink.label(), criterionLink.label(), nationalValue, standardValue,
				duration(divergence, Vocab.NATIONAL_VALUE), duration(divergence, Vocab.STANDARD_VALUE), grade),
				languages);
		return new DivergenceNote(divergence.getURI(), standardLink, criterionLink, grade, nationalValue, standardValue,
				note);
	}

	/**
	 * The values of a divergence on one side, in words, joined when there are several.
	 */
	private Texts values(Resource divergence, Property property, List<String> languages) {
		Map<String, List<String>> words = new LinkedHashMap<>();
		for (Statement statement : divergence.listProperties(property).toList()) {
			RDFNode value = statement.getObject();
			for (String language : languages) {
				String word;
				if (value.isResource()) {
					word = texts(value.asResource(), SKOS.prefLabel).label(language);
				}
				else if (isDuration(value.asLiteral())) {
					word = this.durations.describe(value.asLiteral().getLexicalForm(), Locale.forLanguageTag(language));
				}
				else {
					word = value.asLiteral().getLexicalForm();
				}
				words.computeIfAbsent(language, (key) -> new ArrayList<>()).add(word);
			}
		}
		Map<String, String> joined = new HashMap<>();
		words.forEach((language, list) -> joined.put(language, String.join(" / ", list.stream().sorted().toList())));
		return new Texts(joined);
	}

	/** The one duration value on that side, or "" when there is none or several. */
	private static String duration(Resource divergence, Property property) {
		List<Statement> values = divergence.listProperties(property).toList();
		if (values.size() == 1 && values.get(0).getObject().isLiteral()
				&& isDuration(values.get(0).getObject().asLiteral())) {
			return values.get(0).getObject().asLiteral().getLexicalForm();
		}
		return "";
	}

	private static boolean isDuration(Literal literal) {
		String datatype = literal.getDatatypeURI();
		return XSDDatatype.XSDduration.getURI().equals(datatype)
				|| (XSDDatatype.XSD + "#yearMonthDuration").equals(datatype)
				|| (XSDDatatype.XSD + "#dayTimeDuration").equals(datatype);
	}

	private List<Entry> order(List<Entry> entries, GlossaryRequest request, Model model) {
		Collator collator = Collator.getInstance(Locale.forLanguageTag(request.orderLanguage()));
		collator.setStrength(Collator.SECONDARY);
		Function<Entry, String> label = (entry) -> entry.label().label(request.orderLanguage());
		Comparator<Entry> alphabetical = Comparator.comparing(label, collator);
		List<Entry> ordered = new ArrayList<>(entries);
		switch (request.order()) {
			case "family" ->
				ordered.sort(Comparator
					.comparing((Entry entry) -> (entry.family() == null) ? "\uFFFF"
							: entry.family().label().label(request.orderLanguage()), collator)
					.thenComparing(alphabetical));
			case "scheme" -> {
				return hierarchy(entries, request, model, collator, alphabetical);
			}
			default -> ordered.sort(alphabetical);
		}
		return ordered;
	}

	/**
	 * Scheme by scheme, each concept followed by its narrower concepts in the selection
	 * (depth first), siblings alphabetical.
	 */
	private List<Entry> hierarchy(List<Entry> entries, GlossaryRequest request, Model model, Collator collator,
			Comparator<Entry> alphabetical) {
		Map<String, Entry> byIri = new LinkedHashMap<>();
		entries.forEach((entry) -> byIri.put(entry.iri(), entry));
		Map<String, List<Entry>> children = new HashMap<>();
		List<Entry> roots = new ArrayList<>();
		for (Entry entry : entries) {
			String parent = resources(model.createResource(entry.iri()), SKOS.broader).stream()
				.map(Resource::getURI)
				.filter(byIri::containsKey)
				.findFirst()
				.orElse(null);
			if (parent == null) {
				roots.add(entry);
			}
			else {
				children.computeIfAbsent(parent, (key) -> new ArrayList<>()).add(entry);
			}
		}
		roots.sort(
				Comparator
					.comparing((Entry entry) -> (entry.scheme() == null) ? ""
							: entry.scheme().label().label(request.orderLanguage()), collator)
					.thenComparing(alphabetical));
		List<Entry> ordered = new ArrayList<>();
		Set<String> visited = new LinkedHashSet<>();
		for (Entry root : roots) {
			visit(root, children, alphabetical, ordered, visited);
		}
		// A cycle of broader links leaves entries with no root: keep them, at the end.
		entries.stream().filter((entry) -> !visited.contains(entry.iri())).sorted(alphabetical).forEach(ordered::add);
		return ordered;
	}

	private static void visit(Entry entry, Map<String, List<Entry>> children, Comparator<Entry> alphabetical,
			List<Entry> ordered, Set<String> visited) {
		if (!visited.add(entry.iri())) {
			return;
		}
		ordered.add(entry);
		List<Entry> narrower = new ArrayList<>(children.getOrDefault(entry.iri(), List.of()));
		narrower.sort(alphabetical);
		narrower.forEach((child) -> visit(child, children, alphabetical, ordered, visited));
	}

	private Link link(Resource resource, Property labelProperty) {
		if (resource == null) {
			return new Link("", "", Texts.none());
		}
		String iri = resource.isURIResource() ? resource.getURI() : "";
		return new Link(iri, iri.isEmpty() ? "" : this.paths.hrefFor(iri), texts(resource, labelProperty));
	}

	private List<Link> links(Resource subject, Property property, Property labelProperty, String orderLanguage) {
		return resources(subject, property).stream()
			.map((resource) -> link(resource, labelProperty))
			.sorted(byLabel(orderLanguage))
			.toList();
	}

	/**
	 * Links in the order of the label the glossary shows in its first language, as that
	 * language sorts.
	 */
	private static Comparator<Link> byLabel(String language) {
		return Comparator.comparing((Link link) -> link.label().localized(language), Labels.byText(language));
	}

	private static Map<String, DefinitionOrigin> definitionOrigins(Resource concept) {
		Map<String, DefinitionOrigin> origins = new HashMap<>();
		for (String language : texts(concept, SKOS.definition).byLanguage().keySet()) {
			LocalizedText note = DefinitionOrigins.note(concept, language, language);
			if (note.isPresent() || DefinitionOrigins.origin(concept, language).isPresent()) {
				origins.put(language, new DefinitionOrigin(DefinitionOrigins.translatedFrom(concept, language), note));
			}
		}
		return origins;
	}

	private static Texts texts(Resource subject, Property property) {
		Map<String, String> texts = new HashMap<>();
		for (Statement statement : subject.listProperties(property).toList()) {
			if (statement.getObject().isLiteral()) {
				Literal literal = statement.getObject().asLiteral();
				texts.putIfAbsent(literal.getLanguage(), literal.getLexicalForm());
			}
		}
		return new Texts(texts);
	}

	private static List<Resource> resources(Resource subject, Property property) {
		return subject.listProperties(property)
			.toList()
			.stream()
			.map(Statement::getObject)
			.filter(RDFNode::isResource)
			.map(RDFNode::asResource)
			.toList();
	}

	private static List<Resource> subjects(Model model, Property property, Resource object) {
		return model.listSubjectsWithProperty(property, object).toList();
	}

}
