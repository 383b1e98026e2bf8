package ma.hcp.simimo.gap;

import java.util.List;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

import ma.hcp.simimo.gap.HarmonizationScores.Score;
import ma.hcp.simimo.kernel.LocalizedText;
import ma.hcp.simimo.store.SparqlExecutor;
import ma.hcp.simimo.store.StoreWriter;
import ma.hcp.simimo.store.TestExecutors;
import ma.hcp.simimo.store.TestStores;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scores written as DQV measurements into their computed graph of an in-memory store,
 * and read back through the union default graph by the query /sparql users run.
 */
class HarmonizationMeasurementsTests {

	private static final String HCP = "https://w3id.org/simimo/producers/hcp";

	private static final String CATALOGUE = "https://w3id.org/simimo/catalogue";

	private final Dataset store = TestExecutors.storeWith("gap/rgph-6-vs-12-months.ttl",
			"gap/criteria-and-severities.ttl");

	private final SparqlExecutor executor = TestExecutors.over(this.store);

	private final StoreWriter writer = TestStores.writer(this.store);

	// record() is given the scores it stores; the repository that computes them is not
	// used.
	private final HarmonizationMeasurements measurements = new HarmonizationMeasurements(
			new StaticListableBeanFactory(Map.of("writer", this.writer)).getBeanProvider(StoreWriter.class), null,
			this.executor, TestExecutors.GRAPH_NAMES);

	@Test
	void recordsThreeMeasurementsPerProducerAndForTheCatalogueInTheComputedGraph() {
		int written = this.measurements.record(this.writer, scores(51.8));

		assertThat(written).isEqualTo(6);
		assertThat(stored()).containsExactlyInAnyOrder(HCP + " alignment 0.5", HCP + " completeness 0.5455",
				HCP + " harmonization-score 51.8", CATALOGUE + " alignment 0.5", CATALOGUE + " completeness 0.5455",
				CATALOGUE + " harmonization-score 51.8");
		assertThat(Txn.calculateRead(this.store,
				() -> this.store.getNamedModel("https://w3id.org/simimo/graphs/computed/harmonization-scores").size()))
			.isEqualTo(6 * 5);
	}

	@Test
	void aNewComputationReplacesThePreviousMeasurementsInsteadOfAddingToThem() {
		this.measurements.record(this.writer, scores(51.8));

		this.measurements.record(this.writer, scores(55.5));

		assertThat(stored()).hasSize(6)
			.contains(HCP + " harmonization-score 55.5")
			.doesNotContain(HCP + " harmonization-score 51.8");
	}

	private List<String> stored() {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("language", ResourceFactory.createPlainLiteral("fr"));
		return this.executor.select("gap/harmonization/scores", bindings,
				(row) -> row.getResource("subject").getURI() + " "
						+ row.getResource("metric").getURI().replace("https://w3id.org/simimo/metrics/", "") + " "
						+ row.getLiteral("value").getLexicalForm());
	}

	private static HarmonizationScores scores(double score) {
		Score hcp = new Score(HCP, LocalizedText.of("HCP"), 1, 0.5, 6, 11, 0.5455, score, List.of());
		Score catalogue = new Score(CATALOGUE, LocalizedText.of("Catalogue"), 1, 0.5, 6, 11, 0.5455, score, List.of());
		return new HarmonizationScores(0.6, 0.4, catalogue, List.of(hcp));
	}

}
