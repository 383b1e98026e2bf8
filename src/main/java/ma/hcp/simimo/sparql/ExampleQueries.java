package ma.hcp.simimo.sparql;

import java.util.List;

import ma.hcp.simimo.store.QueryRegistry;

import org.springframework.stereotype.Component;

/**
 * The example queries of the SPARQL page: every file under queries/examples/, in name
 * order.
 */
@Component
class ExampleQueries {

	private final List<ExampleQuery> examples;

	ExampleQueries(QueryRegistry registry) {
		this.examples = registry.namesIn("examples")
			.stream()
			.map((file) -> new ExampleQuery(file.substring("examples/".length(), file.length() - ".rq".length()),
					registry.text(file)))
			.toList();
	}

	List<ExampleQuery> all() {
		return this.examples;
	}

}
