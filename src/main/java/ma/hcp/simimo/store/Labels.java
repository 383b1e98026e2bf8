package ma.hcp.simimo.store;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Literal;

import ma.hcp.simimo.kernel.LabelledLink;
import ma.hcp.simimo.kernel.LanguagePolicy;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.kernel.LocalizedText;

import org.springframework.stereotype.Component;

/**
 * The one place where a resource gets its name: every label literal of a batch of IRIs is
 * read with queries/store/labels.rq (skos:prefLabel, foaf:name, dct:title, rdfs:label, in
 * that order) and the one to show is picked by {@link LanguagePolicy}, so a resource has
 * the same name on every page, export and index. The literals are kept until the content
 * changes.
 */
@Component
public class Labels {

	/** IRIs per query: a VALUES block this size stays well under any request limit. */
	static final int BATCH = 500;

	private final SparqlExecutor executor;

	private final ContentVersion version;

	private final LinkedDataPaths paths;

	private final Map<String, List<LocalizedText>> literals = new ConcurrentHashMap<>();

	private volatile ContentKey cachedKey;

	public Labels(SparqlExecutor executor, ContentVersion version, LinkedDataPaths paths) {
		this.executor = executor;
		this.version = version;
		this.paths = paths;
	}

	/** The label of one resource for a reader of {@code language}. */
	public LocalizedText of(String iri, String language) {
		return of(List.of(iri), language).get(iri);
	}

	/**
	 * The labels of many resources for a reader of {@code language}, by IRI, in the order
	 * given; read in as few queries as the batch size allows.
	 */
	public Map<String, LocalizedText> of(Collection<String> iris, String language) {
		Map<String, List<LocalizedText>> known = literals(iris);
		Map<String, LocalizedText> labels = new LinkedHashMap<>();
		for (String iri : iris) {
			labels.put(iri, LanguagePolicy.label(known.getOrDefault(iri, List.of()), language, iri));
		}
		return labels;
	}

	/**
	 * The label texts alone, by IRI, for tables and exports that show no language mark.
	 */
	public Map<String, String> texts(Collection<String> iris, String language) {
		Map<String, String> texts = new LinkedHashMap<>();
		of(iris, language).forEach((iri, label) -> texts.put(iri, label.text()));
		return texts;
	}

	/** A link to the resource, labelled for a reader of {@code language}. */
	public LabelledLink link(String iri, String language) {
		return new LabelledLink(iri, of(iri, language), this.paths.hrefFor(iri));
	}

	/** Links to many resources, labelled in one batch, in the order given. */
	public List<LabelledLink> links(Collection<String> iris, String language) {
		Map<String, LocalizedText> labels = of(new LinkedHashSet<>(iris), language);
		return iris.stream().map((iri) -> new LabelledLink(iri, labels.get(iri), this.paths.hrefFor(iri))).toList();
	}

	/**
	 * Orders texts as a reader of {@code language} expects (accents and case by the
	 * language's collation), so a list sorted by label follows the label shown.
	 */
	public static Comparator<LocalizedText> byText(String language) {
		Collator collator = Collator.getInstance(Locale.forLanguageTag(LanguagePolicy.supportedOrDefault(language)));
		collator.setStrength(Collator.SECONDARY);
		return Comparator.comparing(LocalizedText::text, collator);
	}

	/** Sorts items by the label shown for each, in the reader's collation. */
	public static <T> List<T> sorted(Collection<T> items, Function<T, LocalizedText> label, String language) {
		List<T> sorted = new ArrayList<>(items);
		sorted.sort(Comparator.comparing(label, byText(language)));
		return sorted;
	}

	/**
	 * The label literals of each IRI, from the cache or, for those not yet read, from the
	 * store; an IRI with none is remembered too, so it is not asked for again.
	 */
	private Map<String, List<LocalizedText>> literals(Collection<String> iris) {
		ContentKey key = contentKey();
		if (!key.equals(this.cachedKey)) {
			this.literals.clear();
			this.cachedKey = key;
		}
		Map<String, List<LocalizedText>> found = new HashMap<>();
		List<String> missing = new ArrayList<>();
		for (String iri : new LinkedHashSet<>(iris)) {
			List<LocalizedText> cached = this.literals.get(iri);
			if (cached != null) {
				found.put(iri, cached);
			}
			else {
				missing.add(iri);
			}
		}
		for (int start = 0; start < missing.size(); start += BATCH) {
			List<String> batch = missing.subList(start, Math.min(missing.size(), start + BATCH));
			Map<String, List<LocalizedText>> read = read(batch);
			for (String iri : batch) {
				List<LocalizedText> values = List.copyOf(read.getOrDefault(iri, List.of()));
				this.literals.put(iri, values);
				found.put(iri, values);
			}
		}
		return found;
	}

	private Map<String, List<LocalizedText>> read(List<String> iris) {
		Map<String, List<LocalizedText>> read = new HashMap<>();
		Set<Node> nodes = new LinkedHashSet<>();
		iris.forEach((iri) -> nodes.add(NodeFactory.createURI(iri)));
		this.executor.forEachFor("store/labels", new QuerySolutionMap(), "resource", List.copyOf(nodes), (row) -> {
			Literal label = row.getLiteral("label");
			read.computeIfAbsent(row.getResource("resource").getURI(), (key) -> new ArrayList<>())
				.add(new LocalizedText(label.getLexicalForm(), label.getLanguage(), false));
		});
		return read;
	}

	/**
	 * What the cached literals are valid for: the content version, for the published view
	 * every reader sees today. Once drafts exist, the reader's view is passed down to
	 * here.
	 */
	private ContentKey contentKey() {
		return this.version.keyFor(ReaderView.PUBLISHED);
	}

}
