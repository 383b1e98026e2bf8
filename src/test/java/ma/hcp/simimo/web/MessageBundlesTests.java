package ma.hcp.simimo.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** All UI text lives in the three bundles, and no key is missing from any of them. */
class MessageBundlesTests {

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.-]+)");

	@Test
	void everyKeyExistsInFrenchEnglishAndArabic() throws IOException {
		Set<String> french = load("messages.properties").stringPropertyNames();
		Set<String> english = load("messages_en.properties").stringPropertyNames();
		Set<String> arabic = load("messages_ar.properties").stringPropertyNames();

		assertThat(english).as("keys in English").containsExactlyInAnyOrderElementsOf(french);
		assertThat(arabic).as("keys in Arabic").containsExactlyInAnyOrderElementsOf(french);
	}

	@Test
	void everyKeyUsedInATemplateIsDefined() throws IOException {
		Set<String> defined = load("messages.properties").stringPropertyNames();
		Set<String> used = new TreeSet<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter((path) -> path.toString().endsWith(".html")).toList()) {
				Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(template));
				while (matcher.find()) {
					used.add(matcher.group(1));
				}
			}
		}

		assertThat(defined).containsAll(used);
	}

	@Test
	void everyExampleQueryHasATitleInEachLanguage() throws IOException {
		List<String> names = new ArrayList<>();
		try (Stream<Path> examples = Files.list(Path.of("src/main/resources/queries/examples"))) {
			examples.map((path) -> path.getFileName().toString().replace(".rq", "")).forEach(names::add);
		}
		// The same gap analyses as the SPARQL page shows (sparql/ExampleQueries).
		try (Stream<Path> analyses = Files.walk(Path.of("src/main/resources/queries/gap"))) {
			analyses.filter((path) -> path.toString().endsWith(".rq"))
				.map((path) -> Path.of("src/main/resources/queries").relativize(path).toString().replace('\\', '/'))
				.filter((file) -> file.startsWith("gap/detection/") || file.startsWith("gap/consistency/")
						|| file.startsWith("gap/indicatorCoverage") || file.startsWith("gap/referencePeriods")
						|| file.startsWith("gap/classifications/") || file.startsWith("gap/harmonization/")
						|| file.startsWith("gap/actions/"))
				.map((file) -> file.substring(0, file.length() - ".rq".length()).replace('/', '-'))
				.forEach(names::add);
		}
		for (String bundle : List.of("messages.properties", "messages_en.properties", "messages_ar.properties")) {
			Properties messages = load(bundle);
			names.forEach((name) -> assertThat(messages.getProperty("sparql.example." + name)).as(bundle + ": " + name)
				.isNotBlank());
		}
	}

	/**
	 * MessageFormat halves a doubled apostrophe only in a message it formats, one with
	 * arguments; in any other the reader sees both ("d''un").
	 */
	@Test
	void onlyAMessageWithArgumentsDoublesItsApostrophes() throws IOException {
		Pattern argument = Pattern.compile("\\{\\d");
		for (String bundle : List.of("messages.properties", "messages_en.properties", "messages_ar.properties")) {
			Properties messages = load(bundle);
			for (String key : messages.stringPropertyNames()) {
				String message = messages.getProperty(key);
				if (message.contains("''")) {
					assertThat(argument.matcher(message).find()).as("%s %s: %s", bundle, key, message).isTrue();
				}
			}
		}
	}

	private static Properties load(String bundle) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources/messages", bundle))) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
