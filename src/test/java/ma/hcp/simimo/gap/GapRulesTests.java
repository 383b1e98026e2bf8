package ma.hcp.simimo.gap;

import java.util.List;
import java.util.Locale;

import org.apache.jena.query.QuerySolutionMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ma.hcp.simimo.kernel.Durations;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.store.QueryRegistry;
import ma.hcp.simimo.store.ContentVersion;
import ma.hcp.simimo.store.GraphNames;
import ma.hcp.simimo.store.Labels;
import ma.hcp.simimo.store.SparqlExecutor;
import ma.hcp.simimo.store.TestExecutors;

import org.springframework.core.task.SimpleAsyncTaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The detection and consistency rules (queries/gap/), each on a fixture where it must
 * fire and one where it must stay silent, on a real in-memory Jena store.
 */
class GapRulesTests {

	private static final String NATIONAL = "https://w3id.org/simimo/concepts/test-national/";

	@ParameterizedTest(name = "{0} fires on {1}")
	@CsvSource({ "01-exactMatchWithDifferentFacets, exact", "02-recordedDivergenceNotSupportedByFacets, same",
			"03-nationalConceptWithoutCounterpart, alone", "04-facetMissingOnOneSide, aged",
			"05-detectedDivergenceNotRecorded, short", "06-relatedConceptsOfTwoSources, placed" })
	void eachConsistencyRuleFiresOnItsCase(String rule, String concept) {
		SparqlExecutor executor = TestExecutors.overFixtures("gap/rules-fire.ttl");

		assertThat(concepts(executor, rule)).contains(NATIONAL + concept);
	}

	@ParameterizedTest(name = "{0} stays silent")
	@CsvSource({ "01-exactMatchWithDifferentFacets", "02-recordedDivergenceNotSupportedByFacets",
			"03-nationalConceptWithoutCounterpart", "04-facetMissingOnOneSide", "05-detectedDivergenceNotRecorded",
			"06-relatedConceptsOfTwoSources" })
	void eachConsistencyRuleStaysSilentOnConsistentKnowledge(String rule) {
		SparqlExecutor executor = TestExecutors.overFixtures("gap/rules-silent.ttl");

		assertThat(concepts(executor, rule)).isEmpty();
	}

	@Test
	void detectsTheCensusSixAgainstTwelveMonthsFromTheFacetsAloneWithNoRecordedDivergence() {
		SparqlExecutor executor = TestExecutors.overFixtures("gap/rgph-6-vs-12-months.ttl");

		List<String> found = executor.select("gap/detection/divergencesFromFacets", new QuerySolutionMap(),
				(row) -> row.getResource("concept").getLocalName() + " " + row.getResource("criterion").getLocalName()
						+ " " + row.getLiteral("conceptValue").getLexicalForm() + " vs "
						+ row.getLiteral("counterpartValue").getLexicalForm() + " recorded="
						+ row.contains("divergence"));

		assertThat(found).containsExactly("legal-population residence-duration P6M vs P12M recorded=false");
	}

	@Test
	void detectionTakesAStandardChoiceThatIncludesTheNationalValueAsAgreement() {
		SparqlExecutor executor = TestExecutors.overFixtures("gap/rules-silent.ttl");

		assertThat(executor.select("gap/detection/divergencesFromFacets", new QuerySolutionMap(),
				(row) -> row.getResource("concept").getLocalName()))
			.containsExactly("short");
	}

	@Test
	void theMatrixShowsTheDetectedDepartureInItsCellWithoutEvidence() {
		SparqlExecutor executor = TestExecutors.overFixtures("gap/rgph-6-vs-12-months.ttl",
				"gap/criteria-and-severities.ttl");
		DivergenceMatrixRepository repository = new DivergenceMatrixRepository(executor,
				new LinkedDataPaths("https://w3id.org/simimo/"), new Durations(messages()),
				new GapResultsCache(fingerprint(executor)),
				new Labels(executor, fingerprint(executor), new LinkedDataPaths("https://w3id.org/simimo/")),
				new ParallelQueries(new SimpleAsyncTaskExecutor("gap-query-")));

		DivergenceMatrix matrix = repository.matrix(new DivergenceMatrix.MatrixFilters("", "", "", "", "producer"),
				Locale.FRENCH);

		DivergenceMatrix.Row row = matrix.groups().get(0).rows().get(0);
		int duration = matrix.criteria()
			.stream()
			.map(DivergenceMatrix.Column::iri)
			.toList()
			.indexOf("https://w3id.org/simimo/concepts/criteria/residence-duration");
		DivergenceMatrix.Entry entry = row.cells().get(duration).entries().get(0);
		assertThat(row.label().text()).isEqualTo("Population légale");
		assertThat(entry.severity()).isEqualTo(DivergenceMatrix.DETECTED);
		assertThat(entry.nationalValue()).isEqualTo("6 mois (P6M)");
		assertThat(entry.standardValue()).isEqualTo("12 mois (P12M)");
		assertThat(entry.evidence()).isEmpty();
		assertThat(matrix.heatmap().get(0).total()).isEqualTo(DivergenceMatrix.MINOR);
	}

	@Test
	void everyRuleFileDescribesItselfInItsHeader() {
		QueryRegistry queries = new QueryRegistry();
		for (String file : queries.namesIn(ConsistencyReportRepository.RULES)) {
			assertThat(ConsistencyReportRepository.description(queries.text(file))).as(file).hasSizeGreaterThan(40);
		}
		assertThat(queries.namesIn(ConsistencyReportRepository.RULES)).hasSize(6);
	}

	private static List<String> concepts(SparqlExecutor executor, String rule) {
		return executor.select(ConsistencyReportRepository.RULES + "/" + rule, new QuerySolutionMap(),
				(row) -> row.getResource("concept").getURI());
	}

	private static org.springframework.context.MessageSource messages() {
		org.springframework.context.support.ResourceBundleMessageSource source = new org.springframework.context.support.ResourceBundleMessageSource();
		source.setBasename("messages/messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	private static ContentVersion fingerprint(SparqlExecutor executor) {
		return new ContentVersion(executor, new GraphNames("https://w3id.org/simimo/"));
	}

}
