package ma.hcp.simimo.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import ma.hcp.simimo.TestStoreDirectories;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.store.ContentVersion;
import ma.hcp.simimo.store.EmbeddedStore;
import ma.hcp.simimo.store.Labels;
import ma.hcp.simimo.store.LuceneIndexCheck;
import ma.hcp.simimo.store.QueryRegistry;
import ma.hcp.simimo.store.SparqlExecutor;
import ma.hcp.simimo.store.TestExecutors;
import ma.hcp.simimo.store.TestStores;

/**
 * The derived-index recovery benchmark of issue 16, on the seed store: what the start-up
 * verification adds (CheckIndex of each index, the text index's version and count check,
 * the search index's key and count check) and what each rebuild takes. Median of
 * {@code RUNS} (3 unless told). Lives in the search package because it drives the search
 * index's package-private start-up steps; it is not a test (no *Tests suffix).
 */
public final class IndexRecoveryBenchmark {

	public static void main(String[] args) {
		int runs = Integer.getInteger("RUNS", 3);
		Path directory = TestStoreDirectories.fresh("bench-index-recovery");
		Path lucene = directory.resolve("lucene");
		Path search = directory.resolve("search");
		try (EmbeddedStore store = TestStores.openSeeded(directory)) {
			SparqlExecutor executor = TestExecutors.over(store.dataset());
			ContentVersion version = new ContentVersion(executor, TestExecutors.GRAPH_NAMES);
			IndexSourceRepository source = new IndexSourceRepository(executor, version,
					new Labels(executor, version, new LinkedDataPaths("https://w3id.org/simimo/")));
			try (SearchIndex index = new SearchIndex(search)) {
				new SearchIndexer(index, source).recover();
			}
			report("search index: CheckIndex (checksums)", runs, () -> LuceneIndexCheck.of(search));
			report("search index: open + key and count check (kept)", runs, () -> {
				try (SearchIndex index = new SearchIndex(search)) {
					return new SearchIndexer(index, source).recover();
				}
			});
			report("search index: rebuild after deletion", runs, () -> {
				LuceneIndexCheck.discard(search);
				try (SearchIndex index = new SearchIndex(search)) {
					return new SearchIndexer(index, source).recover();
				}
			});
		}
		report("text index: CheckIndex (checksums)", runs, () -> LuceneIndexCheck.of(lucene));
		reportOwn("text index: version and count check (kept)", runs, () -> {
			try (EmbeddedStore store = TestStores.open(directory)) {
				return (double) store.verifyTextIndex(new QueryRegistry(), TestExecutors.GRAPH_NAMES).millis();
			}
		});
		reportOwn("text index: rebuild after deletion", runs, () -> {
			LuceneIndexCheck.discard(lucene);
			try (EmbeddedStore store = TestStores.open(directory)) {
				return (double) store.verifyTextIndex(new QueryRegistry(), TestExecutors.GRAPH_NAMES).millis();
			}
		});
	}

	private static void report(String step, int runs, Supplier<Object> work) {
		reportOwn(step, runs, () -> {
			long start = System.nanoTime();
			work.get();
			return (System.nanoTime() - start) / 1e6;
		});
	}

	/** Runs {@code work}, which returns the milliseconds of the part it times. */
	private static void reportOwn(String step, int runs, Supplier<Double> work) {
		List<Double> times = new ArrayList<>();
		for (int run = 0; run < runs; run++) {
			times.add(work.get());
		}
		List<Double> sorted = times.stream().sorted().toList();
		System.out.printf("%-52s median %8.1f ms  runs %s%n", step, sorted.get(sorted.size() / 2), times);
	}

}
