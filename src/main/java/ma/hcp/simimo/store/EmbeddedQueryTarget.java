package ma.hcp.simimo.store;

import java.util.function.Function;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;

/** Runs queries on the embedded Dataset, each inside its own read transaction. */
final class EmbeddedQueryTarget implements QueryTarget {

	private final Dataset dataset;

	EmbeddedQueryTarget(Dataset dataset) {
		this.dataset = dataset;
	}

	@Override
	public <T> T read(Query query, QuerySolution bindings, Function<QueryExecution, T> work) {
		return Txn.calculateRead(this.dataset, () -> {
			try (QueryExecution execution = QueryExecution.dataset(this.dataset)
				.query(query)
				.substitution(bindings)
				.build()) {
				return work.apply(execution);
			}
		});
	}

	@Override
	public String describe() {
		return "embedded TDB2";
	}

}
