package ma.hcp.simimo.sparql;

import java.time.Duration;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's SPARQL query processor with the public endpoint's guards: no SERVICE clause
 * anywhere in the query (the server must not be made to call other hosts), refused before
 * evaluation; results capped at a fixed number of solutions; and a clear message when the
 * time limit cuts a query off.
 */
class ReadOnlyQueryProcessor extends SPARQL_QueryDataset {

	static final String RESULT_LIMIT_HEADER = "SIMIMO-Result-Limit";

	private final long resultLimit;

	private final Duration timeout;

	private final ProtocolMessages messages;

	ReadOnlyQueryProcessor(long resultLimit, Duration timeout, ProtocolMessages messages) {
		this.resultLimit = resultLimit;
		this.timeout = timeout;
		this.messages = messages;
	}

	@Override
	protected void validateQuery(HttpAction action, Query query) {
		RefusedClauses.firstIn(query)
			.ifPresent((refused) -> ServletOps.errorBadRequest(this.messages.text(action.getRequest(),
					refused.messageKey(), FmtUtils.stringForNode(refused.node()))));
	}

	@Override
	protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
		Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
		Query chosen = (decided.getRight() != null) ? decided.getRight() : query;
		if (chosen.isAskType() || (chosen.hasLimit() && chosen.getLimit() <= this.resultLimit)) {
			return decided;
		}
		Query capped = chosen.cloneQuery();
		capped.setLimit(this.resultLimit);
		action.setResponseHeader(RESULT_LIMIT_HEADER, Long.toString(this.resultLimit));
		return Pair.create(decided.getLeft(), capped);
	}

	@Override
	protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query requestQuery,
			String queryStringLog) {
		try {
			return super.executeQuery(action, queryExec, requestQuery, queryStringLog);
		}
		catch (QueryCancelledException ex) {
			ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, this.messages.text(action.getRequest(),
					"sparql.error.timeout", Long.toString(this.timeout.toMillis())));
			return null;
		}
	}

}
