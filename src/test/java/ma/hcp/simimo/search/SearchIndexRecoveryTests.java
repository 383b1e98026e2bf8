package ma.hcp.simimo.search;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ma.hcp.simimo.TestStoreDirectories;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.store.ContentVersion;
import ma.hcp.simimo.store.EmbeddedStore;
import ma.hcp.simimo.store.Labels;
import ma.hcp.simimo.store.SparqlExecutor;
import ma.hcp.simimo.store.TestExecutors;
import ma.hcp.simimo.store.TestStores;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search index over a real store (TDB2 + Lucene, seed content) is rebuilt at start-up
 * when its directory is deleted, a segment file is truncated, garbled or deleted, or the
 * store moved on since it was built; afterwards every search answers, with the hit counts
 * of a healthy index.
 */
class SearchIndexRecoveryTests {

	private static final String[] QUERIES = { "migration", "emploi", "pays de résidence", "", "retour" };

	private static EmbeddedStore store;

	private static IndexSourceRepository source;

	private static Path healthy;

	private static Map<String, Long> healthyHits;

	@BeforeAll
	static void seedStoreAndIndex() {
		store = TestStores.openSeeded(TestStoreDirectories.fresh("search-recovery-store"));
		SparqlExecutor executor = TestExecutors.over(store.dataset());
		ContentVersion version = new ContentVersion(executor, TestExecutors.GRAPH_NAMES);
		source = new IndexSourceRepository(executor, version,
				new Labels(executor, version, new LinkedDataPaths("https://w3id.org/simimo/")));
		healthy = TestStoreDirectories.fresh("search-recovery-index");
		healthyHits = start(healthy, (indexer) -> {
			assertThat(indexer.recover()).isEqualTo("is missing");
			return null;
		});
		assertThat(healthyHits.get("migration")).isPositive();
	}

	@AfterAll
	static void closeStore() {
		store.close();
	}

	@Test
	void aHealthyIndexIsKept() {
		assertThat(startCopy((index) -> {
		}, "Search index kept")).isNull();
	}

	@Test
	void aDeletedIndexIsRebuilt() {
		assertThat(startCopy((index) -> ma.hcp.simimo.store.LuceneIndexCheck.discard(index), "rebuilt"))
			.isEqualTo("is missing");
	}

	@Test
	void aTruncatedSegmentFileIsRebuilt() {
		assertThat(startCopy((index) -> resize(TestStores.largestSegmentFile(index)), "rebuilt"))
			.startsWith("was damaged");
	}

	@Test
	void aGarbledSegmentFileIsRebuilt() {
		assertThat(startCopy((index) -> garble(TestStores.largestSegmentFile(index)), "rebuilt"))
			.startsWith("was damaged");
	}

	@Test
	void anIndexMissingOneSegmentFileIsRebuilt() {
		assertThat(startCopy((index) -> delete(TestStores.largestSegmentFile(index)), "rebuilt"))
			.startsWith("was damaged");
	}

	@Test
	void aLockFileWithBytesInItIsDeletedSoTheNextBuildCommits() throws IOException {
		Path copy = TestStoreDirectories.fresh("search-recovery");
		TestStores.copyTree(healthy, copy);
		Files.writeString(copy.resolve("write.lock"), "not a lock, garbage");
		String[] reason = { "not run" };
		int[] rebuilt = { 0 };
		Map<String, Long> hits = start(copy, (indexer) -> {
			reason[0] = indexer.recover();
			// The next content load rebuilds and commits: a lock file with bytes in it
			// made
			// that commit fail with "Unexpected lock file size".
			rebuilt[0] = indexer.rebuild();
			return null;
		});
		assertThat(reason[0]).isNull();
		assertThat(rebuilt[0]).isPositive();
		assertThat(hits).isEqualTo(healthyHits);
	}

	@Test
	void anIndexBehindTheStoreIsRebuilt() {
		assertThat(startCopy(SearchIndexRecoveryTests::recordOlderContent, "rebuilt")).isEqualTo("is behind the store");
	}

	/** Commits the index again as if built from an earlier content version. */
	private static void recordOlderContent(Path index) {
		try (Directory directory = FSDirectory.open(index);
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
			Map<String, String> data = new HashMap<>(SegmentInfos.readLatestCommit(directory).getUserData());
			data.put(SearchIndex.CONTENT, "PUBLISHED@0000");
			writer.setLiveCommitData(data.entrySet());
			writer.commit();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** Damages a copy of the healthy index, starts on it; returns why it was rebuilt. */
	private static String startCopy(Damage damage, String expectation) {
		Path copy = TestStoreDirectories.fresh("search-recovery");
		TestStores.copyTree(healthy, copy);
		damage.apply(copy);
		String[] reason = { null };
		Map<String, Long> hits = start(copy, (indexer) -> {
			reason[0] = indexer.recover();
			return null;
		});
		assertThat(hits).as(expectation).isEqualTo(healthyHits);
		return reason[0];
	}

	/**
	 * Opens the index at {@code location} as the application does, runs the start-up
	 * check, and runs each query four times (20 searches), keeping the hit counts.
	 */
	private static Map<String, Long> start(Path location, Function<SearchIndexer, Void> startUp) {
		try (SearchIndex index = new SearchIndex(location)) {
			startUp.apply(new SearchIndexer(index, source));
			ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
			messages.setBasename("messages/messages");
			FacetedSearch search = new FacetedSearch(index, new LinkedDataPaths("https://w3id.org/simimo/"), messages);
			Map<String, Long> hits = new java.util.TreeMap<>();
			for (int round = 0; round < 4; round++) {
				for (String text : QUERIES) {
					hits.put(text,
							search.search(new SearchRequest(text, Map.of(), null, null, "relevance", 1, 10, "fr"))
								.total());
				}
			}
			return hits;
		}
	}

	private interface Damage {

		void apply(Path index);

	}

	private static void resize(Path file) {
		try (RandomAccessFile open = new RandomAccessFile(file.toFile(), "rw")) {
			open.setLength(open.length() / 2);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static void garble(Path file) {
		try (RandomAccessFile open = new RandomAccessFile(file.toFile(), "rw")) {
			open.seek(open.length() / 2);
			open.write(new byte[] { 0x13, 0x37, 0x13, 0x37, 0x13, 0x37, 0x13, 0x37 });
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static void delete(Path file) {
		try {
			Files.delete(file);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
