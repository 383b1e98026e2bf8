package ma.hcp.simimo.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.update.UpdateFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Every SPARQL file parses on its own, as pasted into the query page, and says what it
 * does.
 */
class QueryFilesTests {

	static Stream<Path> queryFiles() throws IOException {
		Path root = Path.of("src/main/resources/queries");
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter((path) -> path.toString().endsWith(".rq") || path.toString().endsWith(".ru"))
				.sorted()
				.toList()
				.stream();
		}
	}

	@ParameterizedTest
	@MethodSource("queryFiles")
	void parsesAsStandardSparqlWithItsOwnPrefixes(Path file) throws IOException {
		String text = Files.readString(file);

		assertThat(text).as("%s opens with a comment saying what it returns and takes", file).startsWith("# ");
		if (file.toString().endsWith(".ru")) {
			assertThatCode(() -> UpdateFactory.create(text, Syntax.syntaxSPARQL_11)).as(file.toString())
				.doesNotThrowAnyException();
		}
		else {
			assertThatCode(() -> QueryFactory.create(text, Syntax.syntaxSPARQL_11)).as(file.toString())
				.doesNotThrowAnyException();
		}
	}

	@Test
	void registryLoadsEveryFileAndOffersAtLeastTenExamples() throws IOException {
		QueryRegistry registry = new QueryRegistry();

		assertThat(registry.namesIn("examples")).hasSizeGreaterThanOrEqualTo(10);
		assertThat(queryFiles().count()).isGreaterThanOrEqualTo(registry.namesIn("examples").size() + 5);
	}

}
