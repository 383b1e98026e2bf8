package ma.hcp.simimo.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ma.hcp.simimo.TestStoreDirectories;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.kernel.LocalizedText;
import ma.hcp.simimo.store.ContentValidationException;
import ma.hcp.simimo.store.ContentVersion;
import ma.hcp.simimo.store.EmbeddedStore;
import ma.hcp.simimo.store.Labels;
import ma.hcp.simimo.store.PatchLog;
import ma.hcp.simimo.store.SparqlExecutor;
import ma.hcp.simimo.store.StoreChange;
import ma.hcp.simimo.store.StoreWriter;
import ma.hcp.simimo.store.TestExecutors;
import ma.hcp.simimo.store.TestStores;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search index over a real store (TDB2 + jena-text, seed content) and a real Lucene
 * index follows each write through the production write path: it rewrites the documents
 * the write can have changed and no other (with their facet values: a mapping's scheme
 * reaches the datasets of the concept, whichever side changes, and a scheme's publisher
 * its concepts), deletes those of resources that are gone, records the store's write
 * sequence in its commit, ends a run of 50 random edits with the documents and facet
 * counts of a full rebuild, catches up from the patch log at start-up, and rebuilds only
 * when the log cannot bridge the gap.
 */
class SearchIndexIncrementalTests {

	private static final String DCT = "http://purl.org/dc/terms/";

	private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";

	private static final String SIMIMO = "https://w3id.org/simimo/def#";

	/** A national concept of MIEPEEC's scheme, which one seed dataset measures. */
	private static final String AUTHORISED_EMPLOYEE = "https://w3id.org/simimo/concepts/miepeec-labour-migration/authorised-foreign-employee";

	private static final String AUTHORISED_EMPLOYMENT = "https://w3id.org/simimo/datasets/miepeec-immigrants-authorised-salaried-employment";

	private static final String MIEPEEC_SCHEME = "https://w3id.org/simimo/schemes/miepeec-labour-migration";

	/** A classification no seed dataset's concepts are mapped to. */
	private static final String ICSE_93 = "https://w3id.org/simimo/classifications/icse-93";

	private EmbeddedStore store;

	private PatchLog patches;

	private IndexSourceRepository source;

	private Path indexDirectory;

	private SearchIndex index;

	private SearchIndexer indexer;

	private StoreWriter writer;

	@BeforeEach
	void seedStoreAndIndex() {
		Path directory = TestStoreDirectories.fresh("search-incremental");
		this.store = TestStores.openSeeded(directory.resolve("store"));
		this.patches = TestStores.patchLog(this.store);
		SparqlExecutor executor = TestExecutors.over(this.store.dataset());
		ContentVersion version = new ContentVersion(executor, TestExecutors.GRAPH_NAMES);
		this.source = new IndexSourceRepository(executor, version,
				new Labels(executor, version, new LinkedDataPaths("https://w3id.org/simimo/")));
		this.indexDirectory = directory.resolve("search");
		openIndex();
		assertThat(this.indexer.recover()).isEqualTo("is missing");
		this.writer = TestStores.writer(this.store.dataset(), this.patches, (event) -> {
			if (event instanceof StoreChange change && this.indexer != null) {
				this.indexer.onStoreChange(change);
			}
		});
	}

	@AfterEach
	void close() {
		if (this.index != null) {
			this.index.close();
		}
		this.store.close();
	}

	@Test
	void aRetitledDatasetRewritesItsOwnDocumentOnly() {
		String dataset = first("dataset");
		long written = this.indexer.documentsWritten();
		Map<String, String> before = documents();

		replaceFrench(dataset, DCT + "title", "Titre changé zygomorphe");

		assertThat(this.indexer.documentsWritten() - written).isEqualTo(1);
		Map<String, String> after = documents();
		assertThat(after.get(dataset)).contains("Titre changé zygomorphe").isNotEqualTo(before.get(dataset));
		after.remove(dataset);
		before.remove(dataset);
		assertThat(after).isEqualTo(before);
		assertThat(this.index.recordedVersion()).isEqualTo(this.source.storeVersion());
		assertThat(this.index.builtFrom()).isEqualTo(SearchIndex.buildKey(this.source.contentKey()));
	}

	@Test
	void aRelabelledConceptRewritesItsDatasetsDocumentsAndNoOthers() {
		String concept = measuredConcept();
		Set<String> expected = new TreeSet<>(
				this.source.resourcesAmong(this.source.documentsUsing(Set.of(concept))).keySet());
		assertThat(expected).hasSizeGreaterThan(1);
		long written = this.indexer.documentsWritten();
		Map<String, String> before = documents();

		replaceFrench(concept, SKOS + "prefLabel", "Notion renommée quasimodo");

		assertThat(this.indexer.documentsWritten() - written).isEqualTo(expected.size());
		assertThat(expected.size()).isLessThan(before.size());
		Map<String, String> after = documents();
		assertThat(after.get(concept)).contains("Notion renommée quasimodo");
		before.keySet().removeAll(expected);
		after.keySet().removeAll(expected);
		assertThat(after).isEqualTo(before);
		assertEqualToARebuild();
	}

	@Test
	void aMappingAddedReachesTheDatasetsOfTheConceptAndLeavesThemWhenRemoved() {
		String item = ICSE_93 + "/6";
		assertThat(documents().get(AUTHORISED_EMPLOYMENT)).doesNotContain("facet scheme=" + ICSE_93);

		link(AUTHORISED_EMPLOYEE, SKOS + "closeMatch", item);

		Map<String, String> linked = documents();
		assertThat(linked.get(AUTHORISED_EMPLOYMENT)).contains("facet scheme=" + ICSE_93);
		assertThat(linked.get(item)).contains("mapped=" + AUTHORISED_EMPLOYEE);
		assertThat(linked.get(AUTHORISED_EMPLOYEE)).contains("mapped=" + item);
		assertEqualToARebuild();

		unlink(AUTHORISED_EMPLOYEE, SKOS + "closeMatch", item);

		Map<String, String> unlinked = documents();
		assertThat(unlinked.get(AUTHORISED_EMPLOYMENT)).doesNotContain("facet scheme=" + ICSE_93);
		assertThat(unlinked.get(item)).doesNotContain("mapped=");
		assertEqualToARebuild();
	}

	@Test
	void aDeletedConceptLeavesTheDatasetsOfTheConceptsMappedToIt() {
		// The mapping stays on the national concept's side: only the deleted concept's
		// own triples go, and the datasets are reached from it through the national
		// concept (documentsUsing.rq).
		String mobility = "https://w3id.org/simimo/concepts/un-2021/temporary-mobility";
		String un2021 = "https://w3id.org/simimo/schemes/un-2021";
		assertThat(documents().get(AUTHORISED_EMPLOYMENT)).doesNotContain("facet scheme=" + un2021);
		link(AUTHORISED_EMPLOYEE, SKOS + "closeMatch", mobility);
		assertThat(documents().get(AUTHORISED_EMPLOYMENT)).contains("facet scheme=" + un2021);

		this.writer.write("test", (write) -> write.update("searchtest/deleteResource", bindings("resource", mobility)));

		Map<String, String> after = documents();
		assertThat(after).doesNotContainKey(mobility);
		assertThat(after.get(AUTHORISED_EMPLOYMENT)).doesNotContain("facet scheme=" + un2021);
		assertEqualToARebuild();
	}

	@Test
	void aSchemesNewPublisherReachesItsConceptsDocuments() {
		String hcp = "https://w3id.org/simimo/producers/hcp";
		assertThat(documents().get(AUTHORISED_EMPLOYEE)).doesNotContain("producer=" + hcp);

		replaceLinks(MIEPEEC_SCHEME, DCT + "publisher", hcp);

		Map<String, String> after = documents();
		assertThat(after.get(AUTHORISED_EMPLOYEE)).contains("producer=" + hcp)
			.contains("facet producer=" + hcp)
			.doesNotContain("producer=https://w3id.org/simimo/producers/miepeec");
		assertThat(after.get(MIEPEEC_SCHEME)).contains("producer=" + hcp);
		assertEqualToARebuild();
	}

	@Test
	void aRelabelledFacetValueShowsItsNewLabelInTheFacets() {
		String producer = this.index.facetValueLabels()
			.keySet()
			.stream()
			.filter((iri) -> "organisation".equals(this.source.resources().get(iri)))
			.sorted()
			.findFirst()
			.orElseThrow();
		replaceFrench(producer, "http://xmlns.com/foaf/0.1/name", "Producteur renommé");
		replaceFrench(producer, SKOS + "prefLabel", "Producteur renommé");

		assertThat(this.index.facetValueLabels().get(producer).get("fr").text()).isEqualTo("Producteur renommé");
		assertEqualToARebuild();
	}

	@Test
	void aDeletedDatasetLosesItsDocument() {
		String dataset = first("dataset");
		int documents = documents().size();

		this.writer.write("test", (write) -> write.update("searchtest/deleteResource", bindings("resource", dataset)));

		assertThat(documents()).doesNotContainKey(dataset).hasSize(documents - 1);
		assertThat(this.index.documentMismatch()).isNull();
		assertEqualToARebuild();
	}

	@Test
	void aWriteToAGraphNoDocumentUsesStillRecordsTheStoresVersion() {
		// The harmonization measurements and glossary saves write their own graphs: the
		// index used to stay at the version before them, and the next start rebuilt it.
		long written = this.indexer.documentsWritten();
		QuerySolutionMap bindings = bindings("resource", "https://w3id.org/simimo/test/measurement");
		bindings.add("graph", ResourceFactory.createResource("https://w3id.org/simimo/graphs/test-measurements"));
		bindings.add("property", ResourceFactory.createResource(SIMIMO + "score"));
		bindings.add("value", ResourceFactory.createTypedLiteral(42));
		this.writer.write("measurements", (write) -> write.update("searchtest/writeOwnGraph", bindings));

		assertThat(this.indexer.documentsWritten() - written).isZero();
		assertThat(this.index.recordedVersion()).isEqualTo(this.source.storeVersion());
		assertThat(this.index.builtFrom()).isEqualTo(SearchIndex.buildKey(this.source.contentKey()));
		reopenIndex();
		assertThat(this.indexer.recover()).isNull();
	}

	@Test
	void fiftyRandomEditsEndWithTheDocumentsAndFacetCountsOfARebuild() {
		Random random = new Random(21);
		List<String> datasets = all("dataset");
		List<String> concepts = all("concept");
		List<String> organisations = all("organisation");
		int applied = 0;
		for (int edit = 0; edit < 50; edit++) {
			String dataset = datasets.get(random.nextInt(datasets.size()));
			String concept = concepts.get(random.nextInt(concepts.size()));
			try {
				switch (random.nextInt(7)) {
					case 0 -> replaceFrench(dataset, DCT + "title", "Édition " + edit);
					case 1 -> replaceFrench(concept, SKOS + "prefLabel", "Notion " + edit);
					case 2 -> link(dataset, SIMIMO + "measures", concept);
					case 3 -> unlink(dataset, SIMIMO + "measures", concept);
					case 4 -> replaceLinks(dataset, DCT + "publisher",
							organisations.get(random.nextInt(organisations.size())));
					case 5 -> replaceLinks(concept, SKOS + "broader", concepts.get(random.nextInt(concepts.size())));
					default -> {
						this.writer.write("test",
								(write) -> write.update("searchtest/deleteResource", bindings("resource", dataset)));
						datasets.remove(dataset);
					}
				}
				applied++;
			}
			catch (ContentValidationException ex) {
				// The shapes refused the edit (a broader link out of its scheme, say):
				// nothing was written, which is an edit too.
			}
		}
		assertThat(applied).isGreaterThan(25);
		assertThat(this.index.recordedVersion()).isEqualTo(this.source.storeVersion());
		assertEqualToARebuild();
	}

	@Test
	void anIndexBehindTheStoreCatchesUpFromThePatchLogWithoutARebuild() {
		String dataset = first("dataset");
		this.index.close();
		this.index = null;
		this.indexer = null;
		replaceFrench(dataset, DCT + "title", "Écrit pendant l'arrêt");
		replaceFrench(first("concept"), SKOS + "prefLabel", "Notion écrite pendant l'arrêt");

		openIndex();
		long written = this.indexer.documentsWritten();
		assertThat(this.indexer.recover()).isEqualTo(SearchIndexer.CAUGHT_UP);
		assertThat(this.indexer.documentsWritten() - written).isLessThan(documents().size());
		assertThat(documents().get(dataset)).contains("Écrit pendant l'arrêt");
		assertThat(this.index.recordedVersion()).isEqualTo(this.source.storeVersion());
		assertEqualToARebuild();
	}

	@Test
	void anIndexBehindTheStoreByAWriteTheLogLostIsRebuilt() throws IOException {
		String dataset = first("dataset");
		this.index.close();
		this.index = null;
		this.indexer = null;
		replaceFrench(dataset, DCT + "title", "Écrit pendant l'arrêt");
		Path entry = this.patches.directory().resolve(String.format("%012d.rdfp", this.source.storeVersion()));
		Files.delete(entry);

		openIndex();
		assertThat(this.indexer.recover()).isEqualTo(SearchIndexer.BEHIND);
		assertThat(documents().get(dataset)).contains("Écrit pendant l'arrêt");
		assertThat(this.index.recordedVersion()).isEqualTo(this.source.storeVersion());
	}

	private void openIndex() {
		this.index = new SearchIndex(this.indexDirectory);
		this.indexer = new SearchIndexer(this.index, this.source, this.patches);
	}

	private void reopenIndex() {
		this.index.close();
		openIndex();
	}

	/** The documents and facet counts equal those of a rebuild from the store. */
	private void assertEqualToARebuild() {
		Map<String, String> documents = documents();
		List<String> facets = facetCounts();
		Map<String, Map<String, LocalizedText>> labels = this.index.facetValueLabels();
		this.indexer.rebuild();
		assertThat(documents).isEqualTo(documents());
		assertThat(facets).isEqualTo(facetCounts());
		assertThat(labels).isEqualTo(this.index.facetValueLabels());
	}

	/**
	 * Per resource, its document's stored fields and facet values ({@code facet
	 * dim=value}), in order.
	 */
	private Map<String, String> documents() {
		return this.index.search((searcher) -> {
			Map<String, String> documents = new TreeMap<>();
			try {
				for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
					Bits live = leaf.reader().getLiveDocs();
					SortedSetDocValues facets = leaf.reader()
						.getSortedSetDocValues(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
					for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
						if (live == null || live.get(doc)) {
							Document document = leaf.reader().storedFields().document(doc);
							List<String> fields = new ArrayList<>();
							for (IndexableField field : document.getFields()) {
								fields.add(field.name() + "=" + field.stringValue());
							}
							if (facets != null && facets.advanceExact(doc)) {
								for (int value = 0; value < facets.docValueCount(); value++) {
									fields.add("facet " + facets.lookupOrd(facets.nextOrd())
										.utf8ToString()
										.replace(FacetsConfig.DELIM_CHAR, '='));
								}
							}
							fields.sort(null);
							documents.put(document.get(SearchFields.IRI), String.join("\n", fields));
						}
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return documents;
		});
	}

	/** Every facet value's count over every document. */
	private List<String> facetCounts() {
		return this.index.search((searcher) -> {
			try {
				FacetsCollector collector = searcher.search(new MatchAllDocsQuery(), new FacetsCollectorManager());
				List<String> counts = new ArrayList<>();
				for (FacetResult result : new SortedSetDocValuesFacetCounts(searcher.facetState(), collector)
					.getAllDims(100_000)) {
					for (LabelAndValue value : result.labelValues) {
						counts.add(result.dim + "/" + value.label + "=" + value.value);
					}
				}
				counts.sort(null);
				return counts;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	private String first(String kind) {
		return all(kind).get(0);
	}

	private List<String> all(String kind) {
		return new ArrayList<>(this.source.resources()
			.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().equals(kind))
			.map(Map.Entry::getKey)
			.toList());
	}

	/** A concept that some dataset or indicator measures. */
	private String measuredConcept() {
		for (String concept : all("concept")) {
			Map<String, String> users = this.source.resourcesAmong(this.source.documentsUsing(Set.of(concept)));
			if (users.containsValue("dataset")) {
				return concept;
			}
		}
		throw new AssertionError("No seed concept is measured by a dataset");
	}

	private void replaceFrench(String resource, String property, String text) {
		QuerySolutionMap bindings = bindings("resource", resource);
		bindings.add("property", ResourceFactory.createResource(property));
		bindings.add("text", ResourceFactory.createLangLiteral(text, "fr"));
		this.writer.write("test", (write) -> write.update("searchtest/replaceFrenchText", bindings));
	}

	private void link(String resource, String property, String value) {
		this.writer.write("test",
				(write) -> write.update("searchtest/linkInItsGraph", link3(resource, property, value)));
	}

	private void unlink(String resource, String property, String value) {
		this.writer.write("test", (write) -> write.update("searchtest/unlink", link3(resource, property, value)));
	}

	private void replaceLinks(String resource, String property, String value) {
		this.writer.write("test", (write) -> write.update("searchtest/replaceLinks", link3(resource, property, value)));
	}

	private static QuerySolutionMap link3(String resource, String property, String value) {
		QuerySolutionMap bindings = bindings("resource", resource);
		bindings.add("property", ResourceFactory.createResource(property));
		bindings.add("value", ResourceFactory.createResource(value));
		return bindings;
	}

	private static QuerySolutionMap bindings(String variable, String iri) {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add(variable, ResourceFactory.createResource(iri));
		return bindings;
	}

}
