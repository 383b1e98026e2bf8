package ma.hcp.simimo.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;

/**
 * The one place where the application runs its SPARQL files. Values enter only as RDF
 * terms through substitution on the parsed query; repositories turn the rows into
 * records.
 */
public class SparqlExecutor {

	private final QueryRegistry queries;

	private final QueryTarget target;

	SparqlExecutor(QueryRegistry queries, QueryTarget target) {
		this.queries = queries;
		this.target = target;
	}

	public <T> List<T> select(String queryName, QuerySolutionMap bindings, Function<QuerySolution, T> rowMapper) {
		return select(this.queries.query(queryName), bindings, rowMapper);
	}

	/**
	 * Runs a SELECT for its side effects on each row, in result order, for repositories
	 * that gather rows into their own structures rather than map each to a record.
	 */
	public void forEach(String queryName, QuerySolutionMap bindings, Consumer<QuerySolution> action) {
		forEach(this.queries.query(queryName), bindings, action);
	}

	/**
	 * As {@link #forEach(String, QuerySolutionMap, Consumer)}, for the given values of
	 * one variable as in {@link #selectFor(String, String, List, Function)}.
	 */
	public void forEachFor(String queryName, QuerySolutionMap bindings, String variable, List<Node> values,
			Consumer<QuerySolution> action) {
		forEach(withValues(this.queries.query(queryName), variable, values), bindings, action);
	}

	public <T> List<T> select(String queryName, QuerySolutionMap bindings, long limit,
			Function<QuerySolution, T> rowMapper) {
		Query query = this.queries.query(queryName);
		query.setLimit(limit);
		return select(query, bindings, rowMapper);
	}

	/**
	 * One page of a SELECT: LIMIT and OFFSET set on the parsed query, never in its text.
	 */
	public <T> List<T> selectPage(String queryName, QuerySolutionMap bindings, long limit, long offset,
			Function<QuerySolution, T> rowMapper) {
		Query query = this.queries.query(queryName);
		query.setLimit(limit);
		query.setOffset(offset);
		return select(query, bindings, rowMapper);
	}

	/**
	 * A SELECT run for the given values of one variable: they enter as a VALUES block of
	 * RDF terms placed first in the query pattern, so the store looks each one up rather
	 * than evaluating the whole pattern and joining afterwards.
	 */
	public <T> List<T> selectFor(String queryName, String variable, List<Node> values,
			Function<QuerySolution, T> rowMapper) {
		return selectFor(queryName, new QuerySolutionMap(), variable, values, rowMapper);
	}

	/**
	 * As {@link #selectFor(String, String, List, Function)}, with other variables bound.
	 */
	public <T> List<T> selectFor(String queryName, QuerySolutionMap bindings, String variable, List<Node> values,
			Function<QuerySolution, T> rowMapper) {
		return select(withValues(this.queries.query(queryName), variable, values), bindings, rowMapper);
	}

	/**
	 * A CONSTRUCT run for the given values of one variable, placed first in the query
	 * pattern as for {@link #selectFor(String, String, List, Function)}.
	 */
	public Model constructFor(String queryName, String variable, List<Node> values) {
		return this.target.read(withValues(this.queries.query(queryName), variable, values), new QuerySolutionMap(),
				(execution) -> {
					Model result = ModelFactory.createDefaultModel();
					result.add(execution.execConstruct());
					return result;
				});
	}

	private static Query withValues(Query query, String variable, List<Node> values) {
		Var var = Var.alloc(variable);
		ElementData data = new ElementData();
		data.add(var);
		values.forEach((value) -> data.add(BindingFactory.binding(var, value)));
		ElementGroup pattern = new ElementGroup();
		pattern.addElement(data);
		pattern.addElement(query.getQueryPattern());
		query.setQueryPattern(pattern);
		return query;
	}

	public Model construct(String queryName, QuerySolutionMap bindings) {
		return this.target.read(this.queries.query(queryName), bindings, (execution) -> {
			Model result = ModelFactory.createDefaultModel();
			result.add(execution.execConstruct());
			return result;
		});
	}

	public boolean ask(String queryName, QuerySolutionMap bindings) {
		return this.target.read(this.queries.query(queryName), bindings, (execution) -> execution.execAsk());
	}

	public String describeTarget() {
		return this.target.describe();
	}

	private <T> List<T> select(Query query, QuerySolutionMap bindings, Function<QuerySolution, T> rowMapper) {
		List<T> rows = new ArrayList<>();
		forEach(query, bindings, (row) -> rows.add(rowMapper.apply(row)));
		return rows;
	}

	private void forEach(Query query, QuerySolutionMap bindings, Consumer<QuerySolution> action) {
		this.target.read(query, bindings, (execution) -> {
			ResultSet results = execution.execSelect();
			while (results.hasNext()) {
				action.accept(results.next());
			}
			return null;
		});
	}

}
