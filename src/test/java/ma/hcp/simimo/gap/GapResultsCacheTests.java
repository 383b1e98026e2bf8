package ma.hcp.simimo.gap;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import ma.hcp.simimo.store.ContentFingerprint;
import ma.hcp.simimo.store.GraphNames;
import ma.hcp.simimo.store.SparqlExecutor;
import ma.hcp.simimo.store.TestExecutors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class GapResultsCacheTests {

	final SparqlExecutor executor = TestExecutors.overFixtures("gap/criteria-and-severities.ttl");

	final GapResultsCache cache = new GapResultsCache(
			new ContentFingerprint(this.executor, new GraphNames("https://w3id.org/simimo/")));

	@Test
	void anAnalysisThatReadsAnotherIsComputedOnceEachWhateverTheirKeys() {
		// Pairs of keys, some of which fall into the same bin of a hash map: computing
		// one
		// result while reading the other from inside a map's computeIfAbsent fails for
		// those
		// ("Recursive update"), so the cache must not nest them that way.
		for (int score = 0; score < 16; score++) {
			for (int matrix = 0; matrix < 16; matrix++) {
				GapResultsCache fresh = new GapResultsCache(
						new ContentFingerprint(this.executor, new GraphNames("https://w3id.org/simimo/")));
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
	void aFailedComputationIsNotKeptSoTheNextRequestTriesAgain() {
		assertThatIllegalStateException().isThrownBy(() -> this.cache.get("matrix/fr", () -> {
			throw new IllegalStateException("store unavailable");
		})).withMessage("store unavailable");

		assertThat(this.cache.<String>get("matrix/fr", () -> "computed")).isEqualTo("computed");
	}

}
