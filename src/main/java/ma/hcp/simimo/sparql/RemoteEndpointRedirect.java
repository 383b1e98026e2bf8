package ma.hcp.simimo.sparql;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Query;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

import ma.hcp.simimo.store.QueryRegistry;

/**
 * When the application reads a remote store, /sparql protocol requests go to that store's
 * query endpoint: a 307 keeps the method and body, so POSTed queries still work. A SPARQL
 * endpoint need not speak the Graph Store Protocol, so a graph read ({@code ?graph=},
 * {@code ?default}) is redirected as the CONSTRUCT query that reads the same triples.
 */
final class RemoteEndpointRedirect implements Filter {

	private final String endpoint;

	private final QueryRegistry queries;

	private final ProtocolMessages messages;

	RemoteEndpointRedirect(String endpoint, QueryRegistry queries, ProtocolMessages messages) {
		this.endpoint = endpoint;
		this.queries = queries;
		this.messages = messages;
	}

	@Override
	public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
			throws IOException {
		HttpServletRequest request = (HttpServletRequest) servletRequest;
		HttpServletResponse response = (HttpServletResponse) servletResponse;
		String graph = request.getParameter(HttpNames.paramGraph);
		if (graph != null) {
			try {
				IRIx iri = IRIx.create(graph);
				if (!iri.isReference()) {
					throw new IRIException(graph);
				}
			}
			catch (IRIException ex) {
				this.messages.send(request, response, HttpServletResponse.SC_BAD_REQUEST, "sparql.error.graphIri",
						graph);
				return;
			}
			Query query = QueryTransformOps.transform(this.queries.query("sparql/graph"),
					Map.of(Var.alloc("graph"), NodeFactory.createURI(graph)));
			redirect(response,
					HttpNames.paramQuery + "=" + URLEncoder.encode(query.serialize(), StandardCharsets.UTF_8));
		}
		else if (request.getParameter(HttpNames.paramGraphDefault) != null) {
			redirect(response, HttpNames.paramQuery + "="
					+ URLEncoder.encode(this.queries.query("sparql/defaultGraph").serialize(), StandardCharsets.UTF_8));
		}
		else {
			redirect(response, request.getQueryString());
		}
	}

	private void redirect(HttpServletResponse response, String query) {
		response.setStatus(HttpServletResponse.SC_TEMPORARY_REDIRECT);
		response.setHeader("Location", (query != null) ? this.endpoint + "?" + query : this.endpoint);
	}

}
