package ma.hcp.simimo.concept;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import ma.hcp.simimo.concept.SchemePage.Entry;
import ma.hcp.simimo.concept.SchemePage.Level;
import ma.hcp.simimo.concept.SchemePage.Node;
import ma.hcp.simimo.kernel.LabelledLink;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.store.Labels;
import ma.hcp.simimo.store.ResourceLinks;
import ma.hcp.simimo.kernel.ResourceNotFoundException;
import ma.hcp.simimo.store.LocalizedLiterals;
import ma.hcp.simimo.store.SparqlExecutor;
import ma.hcp.simimo.store.Vocab;

import org.springframework.stereotype.Repository;

/** Reads one scheme's page, tree and index from queries/concept/schemePage.rq. */
@Repository
public class SchemeRepository {

	private final SparqlExecutor executor;

	private final LinkedDataPaths paths;

	private final ResourceLinks links;

	private final Labels labels;

	SchemeRepository(SparqlExecutor executor, LinkedDataPaths paths, ResourceLinks links, Labels labels) {
		this.labels = labels;
		this.executor = executor;
		this.paths = paths;
		this.links = links;
	}

	/**
	 * The kinds of scheme in the order the list shows them: the standards first, SIMIMO's
	 * own code lists last.
	 */
	static final List<String> KINDS = List.of("international", "classification", "national", "reference", "codeList");

	/**
	 * Every scheme, by kind in {@link #KINDS} order, then by the title shown as the
	 * reader's language sorts it.
	 */
	public List<SchemeSummary> all(Locale locale) {
		String language = locale.getLanguage();
		List<SchemeRow> rows = this.executor.select("concept/schemeList", new QuerySolutionMap(),
				(row) -> new SchemeRow(row.getResource("scheme").getURI(), row.getLiteral("kind").getLexicalForm(),
						row.getLiteral("concepts").getLong()));
		Map<String, LabelledLink> links = new HashMap<>();
		this.labels.links(rows.stream().map(SchemeRow::iri).toList(), language)
			.forEach((link) -> links.put(link.iri(), link));
		List<SchemeSummary> schemes = rows.stream()
			.map((row) -> new SchemeSummary(links.get(row.iri()), kind(row), row.concepts()))
			.toList();
		return Labels.sorted(schemes, (scheme) -> scheme.scheme().label(), language)
			.stream()
			.sorted(Comparator.comparingInt((SchemeSummary scheme) -> KINDS.indexOf(scheme.kind())))
			.toList();
	}

	/**
	 * A code list under another publisher's IRIs (the EU's authority tables, ADMS) is a
	 * reference vocabulary taken as it is, not one of SIMIMO's own.
	 */
	private String kind(SchemeRow row) {
		boolean own = !this.paths.familyOf(row.iri()).isEmpty();
		return ("codeList".equals(row.kind()) && !own) ? "reference" : row.kind();
	}

	private record SchemeRow(String iri, String kind, long concepts) {
	}

	public SchemePage page(String iri, String notationQuery, Locale locale) {
		return page(iri, publishedPage(iri), notationQuery, locale, false);
	}

	/**
	 * The page of classification {@code iri} as its draft makes it (decision 0021): the
	 * published page's neighbourhood (the labels of its publisher and sources, its owner,
	 * its correspondences) with the scheme's, its levels' and its items' descriptions
	 * replaced by the draft's, whose labels it shows rather than the published names.
	 */
	public SchemePage draftPage(String iri, Model draft, Locale locale) {
		Model model = publishedPage(iri);
		Resource scheme = model.createResource(iri);
		List<Statement> owners = scheme.listProperties(Vocab.OWNER).toList();
		for (Resource part : model.listSubjectsWithProperty(SKOS.inScheme, scheme).toList()) {
			model.removeAll(part, null, null);
		}
		for (Resource level : model.listSubjectsWithProperty(RDF.type, Vocab.XKOS_CLASSIFICATION_LEVEL).toList()) {
			model.removeAll(level, null, null);
		}
		model.removeAll(scheme, null, null);
		model.add(owners);
		model.add(draft);
		return page(iri, model, null, locale, true);
	}

	private Model publishedPage(String iri) {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("scheme", ResourceFactory.createResource(iri));
		return this.executor.construct("concept/schemePage", bindings);
	}

	private SchemePage page(String iri, Model model, String notationQuery, Locale locale, boolean draft) {
		Resource scheme = model.createResource(iri);
		if (!model.contains(scheme, RDF.type, SKOS.ConceptScheme)) {
			throw new ResourceNotFoundException(iri);
		}
		String lang = locale.getLanguage();
		java.util.function.Function<Resource, LabelledLink> link = draft
				? (resource) -> new LabelledLink(resource.getURI(),
						LocalizedLiterals.best(resource, lang, DCTerms.title, SKOS.prefLabel),
						this.paths.hrefFor(resource.getURI()))
				: (resource) -> this.links.link(resource, lang);
		// A draft holds its levels' descriptions too, which name the scheme as well.
		List<Resource> concepts = model.listSubjectsWithProperty(SKOS.inScheme, scheme)
			.filterDrop((subject) -> subject.hasProperty(RDF.type, Vocab.XKOS_CLASSIFICATION_LEVEL))
			.toList();
		Map<Resource, List<Resource>> children = new HashMap<>();
		List<Resource> roots = new ArrayList<>();
		for (Resource concept : concepts) {
			List<Resource> parents = concept.listProperties(SKOS.broader)
				.mapWith(Statement::getResource)
				.filterKeep((parent) -> model.contains(parent, SKOS.inScheme, scheme))
				.toList();
			if (parents.isEmpty()) {
				roots.add(concept);
			}
			parents.forEach((parent) -> children.computeIfAbsent(parent, (key) -> new ArrayList<>()).add(concept));
		}
		Collator collator = Collator.getInstance(locale);
		List<Entry> index = concepts.stream()
			.map((concept) -> entry(link.apply(concept), concept))
			.sorted(Comparator.comparing((Entry entry) -> entry.concept().label().text(), collator))
			.toList();
		String query = (notationQuery == null) ? "" : notationQuery.strip();
		List<Entry> matches = query.isEmpty() ? List.of()
				: index.stream().filter((entry) -> entry.notation().equalsIgnoreCase(query)).toList();
		return new SchemePage(iri, draft ? link.apply(scheme).label() : this.links.label(scheme, lang),
				LocalizedLiterals.best(scheme, lang, DCTerms.description, SKOS.scopeNote, RDFS.comment),
				this.links.link(scheme.getPropertyResourceValue(DCTerms.publisher), lang),
				this.links.first(scheme, Vocab.OWNER, lang), ResourceLinks.lexical(scheme, OWL.versionInfo),
				scheme.listProperties(DCTerms.source).mapWith((s) -> this.links.link(s.getResource(), lang)).toList(),
				nodes(roots, children, link, 0), index, levels(model, lang), correspondences(model, scheme, lang),
				query, matches, concepts.size());
	}

	private List<Node> nodes(List<Resource> concepts, Map<Resource, List<Resource>> children,
			java.util.function.Function<Resource, LabelledLink> link, int depth) {
		if (depth > 10) {
			return List.of();
		}
		return concepts.stream()
			.map((concept) -> new Node(link.apply(concept), ResourceLinks.lexical(concept, SKOS.notation),
					nodes(children.getOrDefault(concept, List.of()), children, link, depth + 1)))
			.sorted(Comparator.comparing((Node node) -> sortKey(node.notation(), node.concept().label().text())))
			.toList();
	}

	private List<Level> levels(Model model, String lang) {
		return model.listSubjectsWithProperty(RDF.type, Vocab.XKOS_CLASSIFICATION_LEVEL)
			.toList()
			.stream()
			.map((level) -> new Level(LocalizedLiterals.best(level, lang, SKOS.prefLabel),
					level.hasProperty(Vocab.XKOS_DEPTH) ? level.getProperty(Vocab.XKOS_DEPTH).getInt() : 0,
					level.listProperties(SKOS.member).toList().size()))
			.sorted(Comparator.comparingInt(Level::depth))
			.toList();
	}

	private List<LabelledLink> correspondences(Model model, Resource scheme, String lang) {
		return model.listSubjectsWithProperty(RDF.type, Vocab.XKOS_CORRESPONDENCE)
			.mapWith((c) -> this.links.link(c, lang))
			.toList();
	}

	private static Entry entry(LabelledLink link, Resource concept) {
		String label = link.label().text();
		String initial = label.isEmpty() ? "" : label.substring(0, label.offsetByCodePoints(0, 1)).toUpperCase();
		return new Entry(link, ResourceLinks.lexical(concept, SKOS.notation), initial);
	}

	/** Codes in natural order (2 before 10), then by label. */
	static String sortKey(String notation, String label) {
		if (notation.matches("\\d+")) {
			return String.format("%012d", Long.parseLong(notation)) + label;
		}
		return (notation.isEmpty() ? "~" : notation) + label;
	}

}
