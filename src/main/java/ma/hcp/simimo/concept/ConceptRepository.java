package ma.hcp.simimo.concept;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

import ma.hcp.simimo.concept.ConceptPage.Comparison;
import ma.hcp.simimo.concept.ConceptPage.DivergenceRow;
import ma.hcp.simimo.concept.ConceptPage.OtherLanguage;
import ma.hcp.simimo.concept.ConceptPage.Value;
import ma.hcp.simimo.kernel.Durations;
import ma.hcp.simimo.kernel.LabelledLink;
import ma.hcp.simimo.kernel.LanguagePolicy;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.store.DefinitionOrigins;
import ma.hcp.simimo.store.Labels;
import ma.hcp.simimo.store.ResourceLinks;
import ma.hcp.simimo.store.GraphNames;
import ma.hcp.simimo.store.LocalizedLiterals;
import ma.hcp.simimo.kernel.LocalizedText;
import ma.hcp.simimo.store.SparqlExecutor;
import ma.hcp.simimo.store.Vocab;

import org.springframework.stereotype.Repository;

/** Reads one concept's page from queries/concept/conceptPage.rq. */
@Repository
public class ConceptRepository {

	static final List<Property> MAPPINGS = List.of(SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch, SKOS.narrowMatch,
			SKOS.relatedMatch);

	static final int DATASETS_SHOWN = 50;

	/**
	 * Durations in order of length (P6M before P12M), everything else by text after them.
	 */
	private static final Comparator<Value> VALUE_ORDER = Comparator
		.comparingDouble((Value value) -> length(value).orElse(Double.MAX_VALUE))
		.thenComparing(Value::text);

	private final GraphNames graphNames;

	private final SparqlExecutor executor;

	private final LinkedDataPaths paths;

	private final ResourceLinks links;

	private final Labels labels;

	ConceptRepository(SparqlExecutor executor, LinkedDataPaths paths, ResourceLinks links, GraphNames graphNames,
			Labels labels) {
		this.labels = labels;
		this.graphNames = graphNames;
		this.executor = executor;
		this.paths = paths;
		this.links = links;
	}

	public ConceptPage page(String iri, Locale locale) {
		return page(iri, publishedPage(iri), locale, false);
	}

	/**
	 * The concept page as {@code draft}, the concept's edited description, makes it: the
	 * published page's neighbourhood (mappings, divergences, datasets) with the concept's
	 * own description replaced; its owner stays as published (decision 0021).
	 */
	public ConceptPage draftPage(String iri, Model draft, Optional<String> intendedOwner, Locale locale) {
		Model model = publishedPage(iri);
		Resource concept = model.createResource(iri);
		for (Statement statement : concept.listProperties().toList()) {
			if (statement.getObject().isAnon()) {
				model.removeAll(statement.getResource(), null, null);
			}
		}
		List<Statement> owners = concept.listProperties(Vocab.OWNER).toList();
		model.removeAll(concept, null, null);
		model.add(owners);
		// A new concept (decision 0025) has no owner in the record-owners graph yet.
		intendedOwner.filter((owner) -> owners.isEmpty())
			.ifPresent((owner) -> concept.addProperty(Vocab.OWNER, model.createResource(owner)));
		model.add(draft);
		return page(iri, model, locale, true);
	}

	private Model publishedPage(String iri) {
		QuerySolutionMap pageBindings = new QuerySolutionMap();
		pageBindings.add("concept", ResourceFactory.createResource(iri));
		pageBindings.add("systemGraph", ResourceFactory.createResource(this.graphNames.systemGraph()));
		return this.executor.construct("concept/conceptPage", pageBindings);
	}

	/**
	 * The page from {@code model}; a draft's label is its own, not the published name
	 * Labels gives.
	 */
	private ConceptPage page(String iri, Model model, Locale locale, boolean draft) {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("concept", ResourceFactory.createResource(iri));
		Resource concept = model.createResource(iri);
		if (!model.contains(concept, RDF.type, SKOS.Concept)) {
			throw new ConceptNotFoundException(iri);
		}
		String lang = locale.getLanguage();
		List<LocalizedText> notes = new ArrayList<>();
		for (Property note : List.of(SKOS.scopeNote, SKOS.note, SKOS.historyNote, SKOS.changeNote,
				SKOS.editorialNote)) {
			LocalizedText text = LocalizedLiterals.best(concept, lang, note);
			if (text.isPresent()) {
				notes.add(text);
			}
		}
		LocalizedText definition = LocalizedLiterals.best(concept, lang, SKOS.definition);
		LocalizedText label = draft ? LocalizedLiterals.best(concept, lang, SKOS.prefLabel)
				: this.links.label(concept, lang);
		return new ConceptPage(iri, label, LocalizedLiterals.all(concept, SKOS.altLabel, lang),
				otherLanguages(concept, List.of(lang, label.language())), definition,
				DefinitionOrigins.note(concept, definition.language(), lang),
				concept.hasLiteral(Vocab.DEFINITION_UNAVAILABLE, true),
				LocalizedLiterals.best(concept, lang, DCTerms.bibliographicCitation),
				this.links.links(concept, DCTerms.source, lang),
				ResourceLinks.object(concept, SKOS.inScheme)
					.map((scheme) -> this.links.link(scheme, lang))
					.orElse(null),
				this.links.first(concept, Vocab.OWNER, lang), this.links.links(concept, SKOS.broader, lang),
				narrower(model, concept, lang), this.links.links(concept, SKOS.related, lang),
				comparisons(model, concept, lang), datasets(bindings, lang), datasetCount(bindings), notes,
				ResourceLinks.lexical(concept, Vocab.LOADED_FROM), ResourceLinks.lexical(concept, Vocab.LOADED_ON));
	}

	/**
	 * The concepts under this one, whichever side states it: a narrower concept's
	 * skos:broader, or this one's skos:narrower.
	 */
	private List<LabelledLink> narrower(Model model, Resource concept, String lang) {
		Set<Resource> narrower = new LinkedHashSet<>(model.listSubjectsWithProperty(SKOS.broader, concept).toList());
		concept.listProperties(SKOS.narrower)
			.filterKeep((statement) -> statement.getObject().isURIResource())
			.forEach((statement) -> narrower.add(statement.getResource()));
		return ResourceLinks.sorted(narrower.stream().map((n) -> this.links.link(n, lang)).toList());
	}

	/**
	 * The labels in every language the concept has one in, but those of {@code shown}:
	 * the supported languages first, in their order, then the others by tag.
	 */
	static List<OtherLanguage> otherLanguages(Resource concept, List<String> shown) {
		Map<String, String> preferred = new HashMap<>();
		Map<String, List<String>> alternatives = new HashMap<>();
		for (Property property : List.of(SKOS.prefLabel, SKOS.altLabel)) {
			for (Statement statement : concept.listProperties(property).toList()) {
				if (!statement.getObject().isLiteral() || statement.getLanguage().isEmpty()
						|| shown.contains(statement.getLanguage())) {
					continue;
				}
				String language = statement.getLanguage();
				if (property.equals(SKOS.prefLabel)) {
					preferred.putIfAbsent(language, statement.getString());
				}
				else {
					alternatives.computeIfAbsent(language, (key) -> new ArrayList<>()).add(statement.getString());
				}
			}
		}
		Set<String> languages = new java.util.TreeSet<>(preferred.keySet());
		languages.addAll(alternatives.keySet());
		return languages.stream()
			.sorted(Comparator.comparingInt(ConceptRepository::supportedFirst).thenComparing(Comparator.naturalOrder()))
			.map((language) -> new OtherLanguage(language, preferred.getOrDefault(language, ""),
					alternatives.getOrDefault(language, List.of()).stream().sorted().toList()))
			.toList();
	}

	private static int supportedFirst(String language) {
		int index = LanguagePolicy.SUPPORTED.indexOf(language);
		return (index < 0) ? LanguagePolicy.SUPPORTED.size() : index;
	}

	/**
	 * The first datasets by title: a concept measured by thousands of datasets stays one
	 * page.
	 */
	private List<LabelledLink> datasets(QuerySolutionMap conceptBinding, String lang) {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.addAll(conceptBinding);
		return this.labels.links(this.executor.select("concept/conceptDatasets", bindings, DATASETS_SHOWN,
				(row) -> row.getResource("dataset").getURI()), lang);
	}

	private long datasetCount(QuerySolutionMap conceptBinding) {
		return this.executor
			.select("concept/conceptDatasetCount", conceptBinding, (row) -> row.getLiteral("datasets").getLong())
			.get(0);
	}

	private List<Comparison> comparisons(Model model, Resource concept, String lang) {
		Map<Resource, String> relations = new LinkedHashMap<>();
		Map<Resource, Boolean> incoming = new LinkedHashMap<>();
		for (Property mapping : MAPPINGS) {
			for (Statement statement : concept.listProperties(mapping).toList()) {
				if (statement.getObject().isURIResource()) {
					relations.putIfAbsent(statement.getResource(), mapping.getLocalName());
					incoming.putIfAbsent(statement.getResource(), false);
				}
			}
			for (Resource other : model.listSubjectsWithProperty(mapping, concept).toList()) {
				relations.putIfAbsent(other, mapping.getLocalName());
				incoming.putIfAbsent(other, true);
			}
		}
		Map<Resource, List<DivergenceRow>> rows = new LinkedHashMap<>();
		List<Resource> divergences = new ArrayList<>(
				model.listSubjectsWithProperty(Vocab.NATIONAL_CONCEPT, concept).toList());
		divergences.addAll(model.listSubjectsWithProperty(Vocab.STANDARD_CONCEPT, concept).toList());
		for (Resource divergence : divergences.stream().distinct().toList()) {
			Resource national = divergence.getPropertyResourceValue(Vocab.NATIONAL_CONCEPT);
			Resource other = concept.equals(national) ? divergence.getPropertyResourceValue(Vocab.STANDARD_CONCEPT)
					: national;
			if (other != null) {
				rows.computeIfAbsent(other, (key) -> new ArrayList<>()).add(row(divergence, lang));
			}
		}
		Set<Resource> others = new LinkedHashSet<>(relations.keySet());
		others.addAll(rows.keySet());
		return others.stream()
			.map((other) -> new Comparison(this.links.link(other, lang), relations.getOrDefault(other, ""),
					incoming.getOrDefault(other, false),
					ResourceLinks.object(other, SKOS.inScheme)
						.map((scheme) -> this.links.link(scheme, lang))
						.orElse(null),
					LocalizedLiterals.best(other, lang, SKOS.definition), this.links.links(other, DCTerms.source, lang),
					rows.getOrDefault(other, List.of())
						.stream()
						.sorted(Comparator.comparing((DivergenceRow row) -> row.criterion().label().text()))
						.toList()))
			.sorted(Comparator.comparing((Comparison comparison) -> comparison.divergences().isEmpty())
				.thenComparing((comparison) -> comparison.concept().label().text()))
			.toList();
	}

	private DivergenceRow row(Resource divergence, String lang) {
		Optional<Resource> severity = ResourceLinks.object(divergence, Vocab.SEVERITY);
		return new DivergenceRow(this.links.link(divergence.getPropertyResourceValue(Vocab.NATIONAL_CONCEPT), lang),
				this.links.link(divergence.getPropertyResourceValue(Vocab.STANDARD_CONCEPT), lang),
				this.links.link(divergence.getPropertyResourceValue(Vocab.CRITERION), lang),
				values(divergence, Vocab.NATIONAL_VALUE, lang), values(divergence, Vocab.STANDARD_VALUE, lang),
				severity.map((s) -> ResourceLinks.lexical(s, SKOS.notation)).orElse(""),
				severity.map((s) -> LocalizedLiterals.best(s, lang, SKOS.prefLabel)).orElse(LocalizedText.none()),
				LocalizedLiterals.best(divergence, lang, Vocab.EXPLANATION),
				this.links.links(divergence, DCTerms.source, lang));
	}

	private List<Value> values(Resource divergence, Property property, String lang) {
		return divergence.listProperties(property).mapWith(Statement::getObject).toList().stream().map((node) -> {
			if (node.isURIResource()) {
				LabelledLink code = this.links.link(node.asResource(), lang);
				return new Value(code.label().text(), null, code);
			}
			Literal literal = node.asLiteral();
			boolean duration = XSDDatatype.XSDduration.getURI().equals(literal.getDatatypeURI());
			return new Value(literal.getLexicalForm(), duration ? literal.getLexicalForm() : null, null);
		}).sorted(VALUE_ORDER).toList();
	}

	private static OptionalDouble length(Value value) {
		return (value.duration() != null) ? Durations.days(value.duration()) : OptionalDouble.empty();
	}

}
