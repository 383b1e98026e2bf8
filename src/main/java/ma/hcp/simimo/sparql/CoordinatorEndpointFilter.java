package ma.hcp.simimo.sparql;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.riot.web.HttpNames;

import ma.hcp.simimo.access.Action;
import ma.hcp.simimo.access.Permissions;
import ma.hcp.simimo.access.Target;
import ma.hcp.simimo.access.Viewer;

/**
 * The front door of {@code /sparql/all}, before the public endpoint's filter: a viewer
 * who may not {@link Action#QUERY_ALL} gets 403 (Spring Security has sent a reader to
 * sign in already); the Graph Store Protocol gets 400, since its reads would bypass the
 * coordinator view; the rest is the protocol of {@code /sparql}, through a
 * {@link SparqlProtocolFilter} of its own whose Fuseki dispatch finds the
 * {@code /sparql/all} data service. Nothing that reaches Fuseki here goes on down the
 * chain, where the public filter would hand it to Fuseki again.
 */
final class CoordinatorEndpointFilter implements Filter {

	private final SparqlProtocolFilter protocol;

	private final ProtocolMessages messages;

	CoordinatorEndpointFilter(SparqlProtocolFilter protocol, ProtocolMessages messages) {
		this.protocol = protocol;
		this.messages = messages;
	}

	@Override
	public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
			throws IOException, ServletException {
		HttpServletRequest request = (HttpServletRequest) servletRequest;
		HttpServletResponse response = (HttpServletResponse) servletResponse;
		if (!Permissions.allows(Viewer.current(), Action.QUERY_ALL, Target.none())) {
			this.messages.send(request, response, HttpServletResponse.SC_FORBIDDEN, "sparql.error.coordinatorsOnly");
		}
		else if (request.getParameter(HttpNames.paramGraph) != null
				|| request.getParameter(HttpNames.paramGraphDefault) != null) {
			this.messages.send(request, response, HttpServletResponse.SC_BAD_REQUEST, "sparql.error.all.graphStore");
		}
		else {
			this.protocol.doFilter(request, response, chain);
		}
	}

}
