package ma.hcp.simimo.sparql;

import java.time.Duration;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.sparql.core.DatasetGraph;

import ma.hcp.simimo.access.Action;
import ma.hcp.simimo.access.Permissions;
import ma.hcp.simimo.access.Target;
import ma.hcp.simimo.access.Viewer;
import ma.hcp.simimo.store.EditorViews;

/**
 * The query operation of {@code /sparql/all} (decision 0027): the public endpoint's
 * guards, cap and time limit, over the coordinator view of {@link EditorViews}, built for
 * each query. It asks the permission matrix itself, so that no path to it, the public
 * filter's included, answers a viewer who may not {@link Action#QUERY_ALL}.
 */
final class CoordinatorQueryProcessor extends ReadOnlyQueryProcessor {

	private final EditorViews views;

	private final ProtocolMessages messages;

	CoordinatorQueryProcessor(long resultLimit, Duration timeout, ProtocolMessages messages, EditorViews views) {
		super(resultLimit, timeout, messages);
		this.views = views;
		this.messages = messages;
	}

	@Override
	protected void execute(String queryString, HttpAction action) {
		if (!Permissions.allows(Viewer.current(), Action.QUERY_ALL, Target.none())) {
			ServletOps.errorForbidden(this.messages.text(action.getRequest(), "sparql.error.coordinatorsOnly"));
			return;
		}
		// Fuseki holds the public store's read transaction; the view reads the private
		// store's under this one, in the same thread, until the results are written.
		this.views.reading(() -> {
			super.execute(queryString, action);
			return null;
		});
	}

	@Override
	protected DatasetGraph getDataset(HttpAction action) {
		return this.views.coordinator(action.getActiveDSG());
	}

}
