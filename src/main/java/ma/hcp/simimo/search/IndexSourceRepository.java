package ma.hcp.simimo.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;

import ma.hcp.simimo.store.ContentKey;
import ma.hcp.simimo.store.ContentVersion;
import ma.hcp.simimo.store.ReaderView;
import ma.hcp.simimo.kernel.LanguagePolicy;
import ma.hcp.simimo.kernel.LocalizedText;
import ma.hcp.simimo.store.Labels;
import ma.hcp.simimo.store.SparqlExecutor;

import org.springframework.stereotype.Repository;

/**
 * Reads from the store what the search index holds: the resources to index, their fields
 * (queries/search/resourceFields.rq, asked for a batch of resources at a time so memory
 * stays bounded), the labels of facet values, and the key of the content they come from.
 */
@Repository
class IndexSourceRepository {

	static final int BATCH = 500;

	private final SparqlExecutor executor;

	private final ContentVersion version;

	private final Labels labels;

	IndexSourceRepository(SparqlExecutor executor, ContentVersion version, Labels labels) {
		this.executor = executor;
		this.version = version;
		this.labels = labels;
	}

	/** The resources to index, in a stable order, each with its kind. */
	Map<String, String> resources() {
		Map<String, String> kinds = new TreeMap<>();
		this.executor.forEach("search/indexedResources", new QuerySolutionMap(), (row) -> {
			kinds.putIfAbsent(row.getResource("resource").getURI(), row.getLiteral("kind").getString());
		});
		return kinds;
	}

	/** Those of {@code iris} the index holds, each with its kind. */
	Map<String, String> resourcesAmong(Collection<String> iris) {
		Map<String, String> kinds = new TreeMap<>();
		inBatches(iris, (nodes) -> this.executor.forEachFor("search/indexedResources", new QuerySolutionMap(),
				"resource", nodes,
				(row) -> kinds.putIfAbsent(row.getResource("resource").getURI(), row.getLiteral("kind").getString())));
		return kinds;
	}

	/**
	 * The resources whose documents are built from what the store says of {@code nodes}:
	 * the nodes themselves, and those queries/search/documentsUsing.rq finds.
	 */
	Set<String> documentsUsing(Collection<String> nodes) {
		Set<String> resources = new TreeSet<>(nodes);
		inBatches(nodes, (batch) -> this.executor.forEachFor("search/documentsUsing", new QuerySolutionMap(), "node",
				batch, (row) -> {
					if (row.get("resource").isURIResource()) {
						resources.add(row.getResource("resource").getURI());
					}
				}));
		return resources;
	}

	/**
	 * {@link #facetValueLabels()} with the entries of {@code changed} brought up to date:
	 * those that are facet values now get their labels read again, the others go.
	 */
	Map<String, Map<String, LocalizedText>> facetValueLabels(Map<String, Map<String, LocalizedText>> current,
			Collection<String> changed) {
		List<String> values = new ArrayList<>();
		inBatches(changed, (batch) -> this.executor.forEachFor("search/facetValuesAmong", new QuerySolutionMap(),
				"value", batch, (row) -> values.add(row.getResource("value").getURI())));
		Map<String, Map<String, LocalizedText>> labels = new HashMap<>(current);
		changed.forEach(labels::remove);
		for (String language : LanguagePolicy.SUPPORTED) {
			this.labels.of(values, language)
				.forEach((iri, label) -> labels.computeIfAbsent(iri, (key) -> new HashMap<>()).put(language, label));
		}
		return labels;
	}

	private static void inBatches(Collection<String> iris, Consumer<List<Node>> work) {
		List<Node> nodes = iris.stream().map(NodeFactory::createURI).toList();
		for (int from = 0; from < nodes.size(); from += BATCH) {
			work.accept(nodes.subList(from, Math.min(nodes.size(), from + BATCH)));
		}
	}

	/** The store's write sequence (see {@link ContentVersion#sequence()}). */
	long storeVersion() {
		return this.version.sequence();
	}

	/** Reads the resources batch by batch and hands each one over, fully read. */
	void read(Map<String, String> resources, Consumer<IndexedResource> consumer) {
		List<String> iris = new ArrayList<>(resources.keySet());
		for (int from = 0; from < iris.size(); from += BATCH) {
			List<String> batch = iris.subList(from, Math.min(iris.size(), from + BATCH));
			List<Node> nodes = batch.stream().map(NodeFactory::createURI).toList();
			Map<String, Builder> builders = new LinkedHashMap<>();
			batch.forEach((iri) -> builders.put(iri, new Builder(iri, resources.get(iri))));
			this.executor.forEachFor("search/resourceFields", new QuerySolutionMap(), "resource", nodes, (row) -> {
				builders.get(row.getResource("resource").getURI()).add(row);
			});
			Map<String, Map<String, LocalizedText>> titles = new LinkedHashMap<>();
			for (String language : LanguagePolicy.SUPPORTED) {
				this.labels.of(batch, language)
					.forEach((iri, title) -> titles.computeIfAbsent(iri, (key) -> new LinkedHashMap<>())
						.put(language, title));
			}
			builders.values().forEach((builder) -> consumer.accept(builder.build(titles.get(builder.iri))));
		}
	}

	/**
	 * Labels of facet values: IRI, then reader's language, then the label {@link Labels}
	 * shows that reader.
	 */
	Map<String, Map<String, LocalizedText>> facetValueLabels() {
		List<String> values = this.executor.select("search/facetValueLabels", new QuerySolutionMap(),
				(row) -> row.getResource("value").getURI());
		Map<String, Map<String, LocalizedText>> labels = new HashMap<>();
		for (String language : LanguagePolicy.SUPPORTED) {
			this.labels.of(values, language)
				.forEach((iri, label) -> labels.computeIfAbsent(iri, (key) -> new HashMap<>()).put(language, label));
		}
		return labels;
	}

	/** The index holds what readers of the published view may find. */
	ContentKey contentKey() {
		return this.version.keyFor(ReaderView.PUBLISHED);
	}

	private static final class Builder {

		private final String iri;

		private final String kind;

		private final Map<String, List<String>> labels = new HashMap<>();

		private final Map<String, List<String>> altLabels = new HashMap<>();

		private final Map<String, List<String>> descriptions = new HashMap<>();

		private final Map<String, List<String>> keywords = new HashMap<>();

		private final Map<String, Set<String>> sets = new HashMap<>();

		private boolean national;

		private Integer startYear;

		private Integer endYear;

		private String coverageStart = "";

		private String coverageEnd = "";

		Builder(String iri, String kind) {
			this.iri = iri;
			this.kind = kind;
		}

		void add(QuerySolution row) {
			String field = row.getLiteral("field").getString();
			RDFNode value = row.get("value");
			switch (field) {
				case "label" -> addText(this.labels, value);
				case "alt" -> addText(this.altLabels, value);
				case "description" -> addText(this.descriptions, value);
				case "keyword" -> addText(this.keywords, value);
				case "code" -> set("code").add(value.asLiteral().getLexicalForm());
				case "national" -> this.national = true;
				case "start" -> {
					this.startYear = min(this.startYear, year(value));
					this.coverageStart = earliest(this.coverageStart, lexical(value));
				}
				case "end" -> {
					this.endYear = max(this.endYear, year(value));
					this.coverageEnd = latest(this.coverageEnd, lexical(value));
				}
				default -> {
					if (value.isURIResource()) {
						set(field).add(value.asResource().getURI());
					}
				}
			}
		}

		IndexedResource build(Map<String, LocalizedText> titles) {
			return new IndexedResource(this.iri, this.kind, this.labels, this.altLabels, this.descriptions,
					this.keywords, set("code"), set("producer"), set("sourceType"), set("accessRights"), set("concept"),
					set("family"), set("scheme"), set("narrower"), set("mapped"), set("severity"), this.national,
					this.startYear, (this.endYear != null) ? this.endYear : this.startYear, this.coverageStart,
					this.coverageEnd.isEmpty() ? this.coverageStart : this.coverageEnd, titles);
		}

		private Set<String> set(String field) {
			return this.sets.computeIfAbsent(field, (key) -> new LinkedHashSet<>());
		}

		private static void addText(Map<String, List<String>> texts, RDFNode value) {
			if (value.isLiteral()) {
				Literal literal = value.asLiteral();
				List<String> values = texts.computeIfAbsent(SearchLanguages.languageOfLiteral(literal.getLanguage()),
						(key) -> new ArrayList<>());
				if (!values.contains(literal.getLexicalForm())) {
					values.add(literal.getLexicalForm());
				}
			}
		}

		private static Integer year(RDFNode value) {
			if (!value.isLiteral()) {
				return null;
			}
			String lexical = value.asLiteral().getLexicalForm();
			return (lexical.length() >= 4 && lexical.substring(0, 4).chars().allMatch(Character::isDigit))
					? Integer.valueOf(lexical.substring(0, 4)) : null;
		}

		private static String lexical(RDFNode value) {
			return value.isLiteral() ? value.asLiteral().getLexicalForm().strip() : "";
		}

		// ISO 8601 forms of one calendar compare as text: "2018-08" < "2018-08-01" <
		// "2018-09".
		private static String earliest(String current, String candidate) {
			return (candidate.isEmpty()) ? current
					: (current.isEmpty() || candidate.compareTo(current) < 0) ? candidate : current;
		}

		private static String latest(String current, String candidate) {
			return (candidate.compareTo(current) > 0) ? candidate : current;
		}

		private static Integer min(Integer current, Integer candidate) {
			return (candidate == null) ? current : (current == null) ? candidate : Math.min(current, candidate);
		}

		private static Integer max(Integer current, Integer candidate) {
			return (candidate == null) ? current : (current == null) ? candidate : Math.max(current, candidate);
		}

	}

}
