package ma.hcp.simimo.store;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;

/**
 * A real SparqlExecutor over an in-memory dataset holding test fixtures in its default
 * graph.
 */
public final class TestExecutors {

	private TestExecutors() {
	}

	public static SparqlExecutor overFixtures(String... fixtures) {
		Dataset dataset = DatasetFactory.createTxnMem();
		Txn.executeWrite(dataset, () -> {
			for (String fixture : fixtures) {
				RDFDataMgr.read(dataset.getDefaultModel(), "src/test/resources/fixtures/" + fixture);
			}
		});
		return over(dataset);
	}

	/** A real SparqlExecutor over {@code dataset}, as the application builds it. */
	public static SparqlExecutor over(Dataset dataset) {
		return new SparqlExecutor(new QueryRegistry(), new EmbeddedQueryTarget(dataset));
	}

}
