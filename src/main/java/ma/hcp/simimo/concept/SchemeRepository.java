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
	 * Every scheme, by kind, then by the title shown as the reader's language sorts it.
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
			.map((row) -> new SchemeSummary(links.get(row.iri()), row.kind(), row.concepts()))
			.toList();
		return Labels.sorted(schemes, (scheme) -> scheme.scheme().label(), language)
			.stream()
			.sorted(Comparator.comparing(SchemeSummary::kind))
			.toList();
	}

	private record SchemeRow(String iri, String kind, long concepts) {
	}

	public SchemePage page(String iri, String notationQuery, Locale locale) {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("scheme", ResourceFactory.createResource(iri));
		Model model = this.executor.construct("concept/schemePage", bindings);
		Resource scheme = model.createResource(iri);
		if (!model.contains(scheme, RDF.type, SKOS.ConceptScheme)) {
			throw new ResourceNotFoundException(iri);
		}
		String lang = locale.getLanguage();
		List<Resource> concepts = model.listSubjectsWithProperty(SKOS.inScheme, scheme).toList();
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
			.map((concept) -> entry(concept, lang))
			.sorted(Comparator.comparing((Entry entry) -> entry.concept().label().text(), collator))
			.toList();
		String query = (notationQuery == null) ? "" : notationQuery.strip();
		List<Entry> matches = query.isEmpty() ? List.of()
				: index.stream().filter((entry) -> entry.notation().equalsIgnoreCase(query)).toList();
		return new SchemePage(iri, this.links.label(scheme, lang),
				LocalizedLiterals.best(scheme, lang, DCTerms.description, SKOS.scopeNote, RDFS.comment),
				this.links.link(scheme.getPropertyResourceValue(DCTerms.publisher), lang),
				this.links.first(scheme, Vocab.OWNER, lang), ResourceLinks.lexical(scheme, OWL.versionInfo),
				scheme.listProperties(DCTerms.source).mapWith((s) -> this.links.link(s.getResource(), lang)).toList(),
				nodes(roots, children, lang, 0), index, levels(model, lang), correspondences(model, scheme, lang),
				query, matches, concepts.size());
	}

	private List<Node> nodes(List<Resource> concepts, Map<Resource, List<Resource>> children, String lang, int depth) {
		if (depth > 10) {
			return List.of();
		}
		return concepts.stream()
			.map((concept) -> new Node(this.links.link(concept, lang), ResourceLinks.lexical(concept, SKOS.notation),
					nodes(children.getOrDefault(concept, List.of()), children, lang, depth + 1)))
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

	private Entry entry(Resource concept, String lang) {
		LabelledLink link = this.links.link(concept, lang);
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
