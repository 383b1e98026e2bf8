package ma.hcp.simimo.sparql;

import java.util.List;
import java.util.Locale;

import ma.hcp.simimo.store.QueryRegistry;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The example queries of the SPARQL page: every file under queries/examples/, in name
 * order, then the gap analyses (queries/gap/detection/, queries/gap/consistency/, the
 * indicator coverage, the reference periods, and the files under gap/classifications/,
 * gap/harmonization/ and gap/actions/), so a coordinator can read and run each analysis
 * as it is.
 */
@Component
class ExampleQueries {

	private final List<ExampleQuery> examples;

	ExampleQueries(QueryRegistry registry) {
		List<ExampleQuery> examples = new java.util.ArrayList<>(registry.namesIn("examples")
			.stream()
			.map((file) -> new ExampleQuery(file.substring("examples/".length(), file.length() - ".rq".length()),
					registry.text(file)))
			.toList());
		registry.namesIn("gap")
			.stream()
			.filter(ExampleQueries::isGapAnalysis)
			.sorted()
			.forEach((file) -> examples.add(new ExampleQuery(exampleName(file), registry.text(file))));
		this.examples = List.copyOf(examples);
	}

	static boolean isGapAnalysis(String file) {
		// Updates (.ru) that maintain derived data are not examples to run on the
		// endpoint.
		return file.endsWith(".rq") && isGapFeature(file);
	}

	private static boolean isGapFeature(String file) {
		return file.startsWith("gap/detection/") || file.startsWith("gap/consistency/")
				|| file.startsWith("gap/indicatorCoverage") || file.startsWith("gap/referencePeriods")
				|| file.startsWith("gap/classifications/") || file.startsWith("gap/harmonization/")
				|| file.startsWith("gap/actions/");
	}

	/** "gap/consistency/01-x.rq" is shown as the example "gap-consistency-01-x". */
	static String exampleName(String file) {
		return file.substring(0, file.length() - ".rq".length()).replace('/', '-');
	}

	List<ExampleQuery> all() {
		return this.examples;
	}

	/**
	 * The examples as a reader of {@code locale} gets them: the leading comment of each
	 * file replaced by its translation ({@code sparql.example.<name>.comment}) where the
	 * bundles have one (the files of queries/examples/); a gap analysis, whose comment
	 * documents its rule at length, starts with its title in the reader's language and
	 * keeps the file's own comment below, introduced as such.
	 */
	List<ExampleQuery> in(Locale locale, MessageSource messages) {
		return this.examples.stream().map((example) -> localized(example, locale, messages)).toList();
	}

	private static ExampleQuery localized(ExampleQuery example, Locale locale, MessageSource messages) {
		List<String> lines = List.of(example.text().split("\n", -1));
		int body = 0;
		while (body < lines.size() && lines.get(body).startsWith("#")) {
			body++;
		}
		String rest = String.join("\n", lines.subList(body, lines.size()));
		String comment = messages.getMessage(example.titleKey() + ".comment", null, null, locale);
		StringBuilder text = new StringBuilder();
		if (comment != null) {
			comment.lines().forEach((line) -> text.append("# ").append(line).append('\n'));
		}
		else {
			text.append("# ")
				.append(messages.getMessage(example.titleKey(), null, example.name(), locale))
				.append('\n');
			text.append("# ")
				.append(messages.getMessage("sparql.example.originalComment", null, "", locale))
				.append('\n');
			lines.subList(0, body).forEach((line) -> text.append(line).append('\n'));
		}
		return new ExampleQuery(example.name(), text.append(rest).toString());
	}

}
