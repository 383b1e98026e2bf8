package ma.hcp.simimo.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

	/** A label property and the variable it binds. */
	private static final Pattern LABEL_PATTERN = Pattern
		.compile("(skos:prefLabel|skos:altLabel|rdfs:label|foaf:name|dct:title|simimo:acronym)\\s+(\\?\\w+)");

	/** Rules that are about a language, not about which label to show. */
	private static final Map<String, Set<String>> LANGUAGE_RULES = Map.of("gap/harmonization/completeness.rq",
			Set.of("?title"));

	static Stream<Path> queryFiles() throws IOException {
		Path root = Path.of("src/main/resources/queries");
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter((path) -> path.toString().endsWith(".rq") || path.toString().endsWith(".ru"))
				.sorted()
				.toList()
				.stream();
		}
	}

	/** The files the application runs itself: neither examples nor integrity checks. */
	static Stream<Path> applicationQueryFiles() throws IOException {
		return queryFiles()
			.filter((file) -> !nameOf(file).startsWith("examples/") && !nameOf(file).startsWith("integrity/"));
	}

	private static String nameOf(Path file) {
		return Path.of("src/main/resources/queries").relativize(file).toString().replace('\\', '/');
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

	/**
	 * Label literals are picked by the language policy in Java (store/Labels), not in
	 * SPARQL: outside the examples and the integrity checks (which are shown to people
	 * writing SPARQL), no query filters a label variable by its language. Texts that are
	 * not names (definitions, activities) may still be chosen in a query, and a rule that
	 * is about a language, as completeness's French title, is listed here with its
	 * reason.
	 */
	@ParameterizedTest
	@MethodSource("applicationQueryFiles")
	void picksNoLabelByLanguage(Path file) throws IOException {
		String name = nameOf(file);
		String text = Files.readString(file);
		Set<String> checked = new TreeSet<>();
		Matcher labels = LABEL_PATTERN.matcher(text);
		while (labels.find()) {
			checked.add(labels.group(2));
		}
		checked.removeAll(LANGUAGE_RULES.getOrDefault(name, Set.of()));
		for (String variable : checked) {
			assertThat(text).as("%s filters the label %s by language", name, variable)
				.doesNotContainPattern("lang\\(\\s*" + Pattern.quote(variable) + "\\s*\\)");
		}
	}

	@Test
	void registryLoadsEveryFileAndOffersAtLeastTenExamples() throws IOException {
		QueryRegistry registry = new QueryRegistry();

		assertThat(registry.namesIn("examples")).hasSizeGreaterThanOrEqualTo(10);
		assertThat(queryFiles().count()).isGreaterThanOrEqualTo(registry.namesIn("examples").size() + 5);
	}

}
