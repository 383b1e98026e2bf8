package ma.hcp.simimo.sparql;

import java.util.List;

import ma.hcp.simimo.store.QueryRegistry;

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

}
