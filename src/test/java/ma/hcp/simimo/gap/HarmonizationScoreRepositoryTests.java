package ma.hcp.simimo.gap;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import ma.hcp.simimo.kernel.Durations;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.kernel.TestMessages;
import ma.hcp.simimo.store.ContentVersion;
import ma.hcp.simimo.store.GraphNames;
import ma.hcp.simimo.store.Labels;
import ma.hcp.simimo.store.SparqlExecutor;
import ma.hcp.simimo.store.TestExecutors;

import org.springframework.core.task.SimpleAsyncTaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Provisional divergences stay out of the harmonization scores, and the report's topics
 * count in the completeness, on a real in-memory Jena store.
 */
class HarmonizationScoreRepositoryTests {

	private static final String BASE = "https://w3id.org/simimo/";

	@Test
	void aConceptComparedOnlyThroughProvisionalDivergencesIsLeftOutOfTheAlignment() {
		HarmonizationScores.Score producer = testProducer(
				TestExecutors.overFixtures("gap/scores-provisional-only.ttl", "gap/criteria-and-severities.ttl"));

		assertThat(producer.concepts()).isEqualTo(1);
		assertThat(producer.alignment()).isEqualTo(1.0);
		assertThat(producer.fixes()).noneMatch((fix) -> fix.subject().endsWith("test-national/unchecked"));
	}

	@Test
	void eachTopicOfTheReportCountsAsOneKeyFieldOfTheDataset() {
		HarmonizationScores.Score producer = testProducer(
				TestExecutors.overFixtures("gap/scores-report.ttl", "gap/criteria-and-severities.ttl"));

		assertThat(producer.completeness()).isEqualTo(0.4);
		assertThat(producer.fixes()).anyMatch((fix) -> fix.subject().equals("dataset.report-07") && fix.count() == 1)
			.noneMatch((fix) -> fix.subject().equals("dataset.report-06"));
	}

	@Test
	void theInventoryCountsTheDatasetsRecordingEachTopic() {
		SparqlExecutor executor = TestExecutors.overFixtures("gap/scores-report.ttl");
		GraphNames names = new GraphNames(BASE);
		LinkedDataPaths paths = new LinkedDataPaths(BASE);
		InventoryCompletenessRepository inventory = new InventoryCompletenessRepository(executor, paths,
				new GapResultsCache(new ContentVersion(executor, names)),
				new Labels(executor, new ContentVersion(executor, names), paths), TestMessages.bundles());

		InventoryCompleteness completeness = inventory.completeness(Locale.FRENCH);

		assertThat(completeness.topics()).extracting(InventoryCompleteness.Topic::code).containsExactly("06", "07");
		assertThat(completeness.producers()).singleElement().satisfies((row) -> {
			assertThat(row.datasets()).isEqualTo(1);
			assertThat(row.filled()).containsExactly(1, 0);
			assertThat(row.percent()).isEqualTo(50);
		});
	}

	private static HarmonizationScores.Score testProducer(SparqlExecutor executor) {
		return scores(executor).scores(Locale.FRENCH)
			.producers()
			.stream()
			.filter((score) -> score.iri().equals(BASE + "producers/test"))
			.findFirst()
			.orElseThrow();
	}

	private static HarmonizationScoreRepository scores(SparqlExecutor executor) {
		GraphNames names = new GraphNames(BASE);
		LinkedDataPaths paths = new LinkedDataPaths(BASE);
		GapResultsCache cache = new GapResultsCache(new ContentVersion(executor, names));
		Labels labels = new Labels(executor, new ContentVersion(executor, names), paths);
		DivergenceMatrixRepository matrices = new DivergenceMatrixRepository(executor, paths,
				new Durations(TestMessages.bundles()), cache, labels,
				new ParallelQueries(new SimpleAsyncTaskExecutor("gap-query-")));
		return new HarmonizationScoreRepository(executor, matrices, new HarmonizationScoreProperties(0.6, 0.4), cache,
				names, labels);
	}

}
