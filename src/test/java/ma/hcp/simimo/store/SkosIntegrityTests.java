package ma.hcp.simimo.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SKOS integrity conditions, one SPARQL file each under queries/integrity/, hold over
 * all content; each rule also catches its breach in a fixture.
 */
class SkosIntegrityTests {

	private static final Model CONTENT = content();

	private static final Model VIOLATIONS = RDFDataMgr
		.loadModel("src/test/resources/fixtures/integrity/violations.ttl");

	static List<String> rules() {
		return new QueryRegistry().namesIn("integrity")
			.stream()
			.map((file) -> file.substring(0, file.length() - ".rq".length()))
			.toList();
	}

	@ParameterizedTest
	@MethodSource("rules")
	void holdsOverAllContent(String rule) {
		List<String> breaches = run(rule, CONTENT);

		assertThat(breaches).as(rule).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("rules")
	void catchesItsBreachInTheViolatingFixture(String rule) {
		assertThat(run(rule, VIOLATIONS)).as(rule).isNotEmpty();
	}

	@Test
	void acceptsAConceptFlaggedAsHavingNoPublishedDefinition() {
		assertThat(run("integrity/07-conceptHasDefinition", VIOLATIONS)).anyMatch((row) -> row.contains("undefined"))
			.noneMatch((row) -> row.contains("unpublished"));
	}

	@Test
	void acceptsAnArabicDefinitionOnlyWhenItsOriginIsMarkedForArabic() {
		assertThat(run("integrity/09-arabicDefinitionHasOrigin", VIOLATIONS))
			.anyMatch((row) -> row.contains("unmarkedArabic"))
			.anyMatch((row) -> row.contains("mislabelledArabic"))
			.noneMatch((row) -> row.contains("translatedArabic"))
			.noneMatch((row) -> row.contains("officialArabic"));
	}

	private static List<String> run(String rule, Model data) {
		List<String> rows = new ArrayList<>();
		try (QueryExecution execution = QueryExecution.model(data).query(new QueryRegistry().query(rule)).build()) {
			ResultSet results = execution.execSelect();
			results.forEachRemaining((row) -> rows.add(row.toString()));
		}
		return rows;
	}

	private static Model content() {
		Model model = ModelFactory.createDefaultModel();
		try (Stream<Path> files = Stream.concat(walk("ontology"), walk("vocabularies"))) {
			files.filter((path) -> path.toString().endsWith(".ttl"))
				.sorted()
				.forEach((path) -> RDFDataMgr.read(model, path.toString()));
		}
		return model;
	}

	private static Stream<Path> walk(String directory) {
		try {
			return Files.walk(Path.of(directory));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
