package ma.hcp.simimo.store;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;

/**
 * Runs queries on a remote SPARQL 1.1 endpoint. The substitution is applied to the parsed
 * query before it is sent, so values still never enter as text.
 */
final class RemoteQueryTarget implements QueryTarget {

	private final String endpoint;

	private final Duration timeout;

	RemoteQueryTarget(String endpoint, Duration timeout) {
		this.endpoint = endpoint;
		this.timeout = timeout;
	}

	@Override
	public <T> T read(Query query, QuerySolution bindings, Function<QueryExecution, T> work) {
		try (QueryExecution execution = QueryExecutionHTTP.service(this.endpoint)
			.query(query)
			.substitution(bindings)
			.timeout(this.timeout.toMillis(), TimeUnit.MILLISECONDS)
			.build()) {
			return work.apply(execution);
		}
	}

	@Override
	public String describe() {
		return "remote SPARQL endpoint " + this.endpoint;
	}

}
