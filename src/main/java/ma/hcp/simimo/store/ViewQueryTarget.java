package ma.hcp.simimo.store;

import java.util.function.Function;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Runs queries on a view built over the stores' graphs, without a transaction of its own:
 * the caller holds the read transactions of the stores the view reads, in this thread.
 */
final class ViewQueryTarget implements QueryTarget {

	private final DatasetGraph view;

	ViewQueryTarget(DatasetGraph view) {
		this.view = view;
	}

	@Override
	public <T> T read(Query query, QuerySolution bindings, Function<QueryExecution, T> work) {
		try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(this.view))
			.query(query)
			.substitution(bindings)
			.build()) {
			return work.apply(execution);
		}
	}

	@Override
	public String describe() {
		return "a private record's view";
	}

}
