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
 * The divergence matrix reads the detected values as RDF terms, on a real in-memory Jena
 * store.
 */
class DivergenceMatrixRepositoryTests {

	private static final String CRITERION = "https://w3id.org/simimo/concepts/criteria/population-basis";

	@Test
	void showsADetectedCodedValueWithANonHttpIriByItsLabel() {
		DivergenceMatrix.Entry entry = detectedEntry("gap/coded-value-outside-http.ttl");

		assertThat(entry.severity()).isEqualTo(DivergenceMatrix.DETECTED);
		assertThat(entry.nationalValue()).isEqualTo("Résidence habituelle");
		assertThat(entry.standardValue()).isEqualTo("Nationalité");
		assertThat(entry.standardLabel()).isEqualTo("Citoyen");
		assertThat(entry.scheme()).isEqualTo("Norme de test");
	}

	@Test
	void marksAProvisionalDivergenceAndCountsItApartFromTheHeatWeights() {
		DivergenceMatrix matrix = matrix(TestExecutors.overFixtures("gap/rgph-6-vs-12-months.ttl",
				"gap/matrix-extra.ttl", "gap/scores-extra.ttl", "gap/criteria-and-severities.ttl"));
		int age = matrix.criteria()
			.stream()
			.map(DivergenceMatrix.Column::iri)
			.toList()
			.indexOf("https://w3id.org/simimo/concepts/criteria/age-bounds");
		DivergenceMatrix.Row census = matrix.groups()
			.stream()
			.flatMap((group) -> group.rows().stream())
			.filter((row) -> row.iri().endsWith("hcp-rgph/legal-population"))
			.findFirst()
			.orElseThrow();
		DivergenceMatrix.Entry entry = census.cells().get(age).entries().get(0);

		assertThat(entry.provisional()).isTrue();
		assertThat(entry.severity()).isEqualTo(DivergenceMatrix.MAJOR);
		assertThat(census.cells().stream().flatMap((cell) -> cell.entries().stream()).filter((e) -> !e.provisional()))
			.as("the established entries")
			.isNotEmpty();
		DivergenceMatrix.HeatRow heat = matrix.heatmap()
			.stream()
			.filter((row) -> row.provisionalTotal() > 0)
			.findFirst()
			.orElseThrow();
		assertThat(heat.weights().get(age)).isZero();
		assertThat(heat.provisional().get(age)).isEqualTo(1);
		assertThat(heat.provisionalTotal()).isEqualTo(1);
	}

	private static DivergenceMatrix.Entry detectedEntry(String fixture) {
		DivergenceMatrix matrix = matrix(TestExecutors.overFixtures(fixture, "gap/criteria-and-severities.ttl"));
		int column = matrix.criteria().stream().map(DivergenceMatrix.Column::iri).toList().indexOf(CRITERION);
		return matrix.groups().get(0).rows().get(0).cells().get(column).entries().get(0);
	}

	private static DivergenceMatrix matrix(SparqlExecutor executor) {
		DivergenceMatrixRepository repository = new DivergenceMatrixRepository(executor,
				new LinkedDataPaths("https://w3id.org/simimo/"), new Durations(TestMessages.bundles()),
				new GapResultsCache(new ContentVersion(executor, new GraphNames("https://w3id.org/simimo/"))),
				new Labels(executor, new ContentVersion(executor, new GraphNames("https://w3id.org/simimo/")),
						new LinkedDataPaths("https://w3id.org/simimo/")),
				new ParallelQueries(new SimpleAsyncTaskExecutor("gap-query-")));
		return repository.matrix(new DivergenceMatrix.MatrixFilters("", "", "", "", "producer"), Locale.FRENCH);
	}

}
