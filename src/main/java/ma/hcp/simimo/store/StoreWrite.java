package ma.hcp.simimo.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateExecution;
import org.apache.jena.update.UpdateRequest;

/**
 * The steps one write may take, all inside the transaction {@link StoreWriter} opened:
 * SPARQL update files with their values bound as RDF terms, and, for the content loader
 * only, whole graphs replaced from parsed files.
 */
public final class StoreWrite {

	private final DatasetGraph target;

	private final QueryRegistry queries;

	StoreWrite(DatasetGraph target, QueryRegistry queries) {
		this.target = target;
		this.queries = queries;
	}

	/**
	 * Runs the ASK {@code queries/<name>.rq} inside this write's transaction, so that a
	 * write can check what it starts from under the same lock as it writes.
	 */
	public boolean ask(String name, QuerySolutionMap bindings) {
		try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(this.target))
			.query(this.queries.query(name))
			.substitution(bindings)
			.build()) {
			return execution.execAsk();
		}
	}

	/** Runs {@code queries/<name>.ru} with its variables replaced by the given terms. */
	public void update(String name, QuerySolutionMap bindings) {
		run(this.queries.update(name), bindings);
	}

	/**
	 * As {@link #update(String, QuerySolutionMap)}, with {@code rows} placed as a VALUES
	 * block at the start of the pattern of each INSERT/DELETE … WHERE operation of the
	 * file, so one operation writes one set of triples per row.
	 */
	public void update(String name, QuerySolutionMap bindings, ValueRows rows) {
		UpdateRequest request = this.queries.update(name);
		for (Update operation : request.getOperations()) {
			if (operation instanceof UpdateModify modify) {
				// Into the pattern's own group, not around it: a BIND in the file must
				// see
				// the rows' variables, and a nested group is evaluated on its own.
				ElementGroup pattern = new ElementGroup();
				pattern.addElement(rows.asValuesBlock());
				if (modify.getWherePattern() instanceof ElementGroup group) {
					group.getElements().forEach(pattern::addElement);
				}
				else {
					pattern.addElement(modify.getWherePattern());
				}
				modify.setElement(pattern);
			}
		}
		run(request, bindings);
	}

	/**
	 * Replaces the content of {@code graph} with {@code content}: how the loader writes a
	 * parsed file, a graph at a time rather than through SPARQL.
	 */
	void replaceGraph(String graph, Graph content) {
		Node name = NodeFactory.createURI(graph);
		this.target.removeGraph(name);
		content.find()
			.forEachRemaining(
					(triple) -> this.target.add(name, triple.getSubject(), triple.getPredicate(), triple.getObject()));
	}

	/**
	 * The dataset this write changes, for the store's own steps that work on triples with
	 * blank nodes, which SPARQL cannot name (a publication, decision 0027).
	 */
	DatasetGraph dataset() {
		return this.target;
	}

	/** Runs the SELECT {@code queries/<name>.rq} inside this write's transaction. */
	void select(String name, QuerySolutionMap bindings,
			java.util.function.Consumer<org.apache.jena.query.QuerySolution> rows) {
		try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(this.target))
			.query(this.queries.query(name))
			.substitution(bindings)
			.build()) {
			execution.execSelect().forEachRemaining(rows);
		}
	}

	void removeGraph(String graph) {
		this.target.removeGraph(NodeFactory.createURI(graph));
	}

	private void run(UpdateRequest request, QuerySolutionMap bindings) {
		UpdateExecution.dataset(DatasetFactory.wrap(this.target)).update(request).substitution(bindings).execute();
	}

}
