package ma.hcp.simimo.gap;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.Test;

import ma.hcp.simimo.store.ContentVersion;
import ma.hcp.simimo.store.GraphNames;
import ma.hcp.simimo.store.ReaderView;
import ma.hcp.simimo.store.SparqlExecutor;
import ma.hcp.simimo.store.StoreWriter;
import ma.hcp.simimo.store.TestExecutors;
import ma.hcp.simimo.store.TestStores;
import ma.hcp.simimo.store.ValueRows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class GapResultsCacheTests {

	final SparqlExecutor executor = TestExecutors.overFixtures("gap/criteria-and-severities.ttl");

	final GapResultsCache cache = new GapResultsCache(
			new ContentVersion(this.executor, new GraphNames("https://w3id.org/simimo/")));

	@Test
	void anAnalysisThatReadsAnotherIsComputedOnceEachWhateverTheirKeys() {
		// Pairs of keys, some of which fall into the same bin of a hash map: computing
		// one result while reading the other from inside a map's computeIfAbsent fails
		// for those ("Recursive update"), so the cache must not nest them that way.
		for (int score = 0; score < 16; score++) {
			for (int matrix = 0; matrix < 16; matrix++) {
				GapResultsCache fresh = new GapResultsCache(
						new ContentVersion(this.executor, new GraphNames("https://w3id.org/simimo/")));
				AtomicInteger computed = new AtomicInteger();
				String matrixKey = "matrix/" + matrix;
				for (int round = 0; round < 2; round++) {
					String result = fresh.get("scores/" + score, () -> "score of " + fresh.get(matrixKey, () -> {
						computed.incrementAndGet();
						return matrixKey;
					}));
					assertThat(result).isEqualTo("score of " + matrixKey);
				}
				assertThat(computed).hasValue(1);
			}
		}
	}

	@Test
	void aWriteThroughTheWritePathMakesTheNextReadRecompute() {
		Dataset dataset = DatasetFactory.createTxnMem();
		StoreWriter writer = TestStores.writer(dataset);
		GapResultsCache cache = new GapResultsCache(
				new ContentVersion(TestExecutors.over(dataset), new GraphNames("https://w3id.org/simimo/")));
		AtomicInteger computed = new AtomicInteger();
		cache.get("matrix/fr", computed::incrementAndGet);
		cache.get("matrix/fr", computed::incrementAndGet);
		assertThat(computed).hasValue(1);

		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("graph", ResourceFactory.createResource("https://w3id.org/simimo/graphs/computed/test"));
		bindings.add("computed", ResourceFactory.createTypedLiteral("2026-01-01T00:00:00Z", XSDDatatype.XSDdateTime));
		writer.write("a measurement",
				(write) -> write.update("gap/harmonization/recordMeasurements", bindings,
						ValueRows.of("measurement", "subject", "metric", "value")
							.row(ResourceFactory.createResource("https://w3id.org/simimo/measurements/test"),
									ResourceFactory.createResource("https://w3id.org/simimo/producers/test"),
									ResourceFactory.createResource("https://w3id.org/simimo/metrics/test"),
									ResourceFactory.createTypedLiteral(1))));

		cache.get("matrix/fr", computed::incrementAndGet);
		assertThat(computed).hasValue(2);
		assertThat(cache.holds("matrix/fr")).isTrue();
	}

	@Test
	void twoReaderViewsNeverShareAnEntry() {
		ReaderView draft = new ReaderView("draft");

		String published = this.cache.get(ReaderView.PUBLISHED, "matrix/fr", () -> "published matrix");
		String drafted = this.cache.get(draft, "matrix/fr", () -> "draft matrix");

		assertThat(published).isEqualTo("published matrix");
		assertThat(drafted).isEqualTo("draft matrix");
		assertThat(this.cache.<String>get(ReaderView.PUBLISHED, "matrix/fr", () -> "again")).isEqualTo(published);
		assertThat(this.cache.<String>get(draft, "matrix/fr", () -> "again")).isEqualTo(drafted);
	}

	@Test
	void aFailedComputationIsNotKeptSoTheNextRequestTriesAgain() {
		assertThatIllegalStateException().isThrownBy(() -> this.cache.get("matrix/fr", () -> {
			throw new IllegalStateException("store unavailable");
		})).withMessage("store unavailable");

		assertThat(this.cache.<String>get("matrix/fr", () -> "computed")).isEqualTo("computed");
	}

}
