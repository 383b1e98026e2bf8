package ma.hcp.simimo.store;

import java.util.function.Function;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;

/**
 * Where queries run: the embedded store inside a read transaction, or a remote SPARQL
 * endpoint.
 */
interface QueryTarget {

	/**
	 * Runs the query with its variables replaced by the given RDF terms and hands the
	 * execution to {@code work}, which must consume its results before returning.
	 */
	<T> T read(Query query, QuerySolution bindings, Function<QueryExecution, T> work);

	/** A short description for health reports and logs. */
	String describe();

}
