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

/**
 * Sends SPARQL protocol requests to Fuseki and lets a browser's plain visit to /sparql
 * through to the query page. A request is a page visit when it is a GET without query,
 * graph or default parameter whose Accept header asks for HTML.
 */
final class SparqlProtocolFilter implements Filter {

	private final Filter fuseki;

	private final long maxRequestBytes;

	SparqlProtocolFilter(Filter fuseki, long maxRequestBytes) {
		this.fuseki = fuseki;
		this.maxRequestBytes = maxRequestBytes;
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (request.getContentLengthLong() > this.maxRequestBytes) {
			HttpServletResponse http = (HttpServletResponse) response;
			http.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			http.setContentType("text/plain;charset=UTF-8");
			http.getWriter()
				.write("Request refused: its body is " + request.getContentLengthLong() + " bytes, over the "
						+ this.maxRequestBytes + "-byte limit of this endpoint.\n");
			return;
		}
		if (isPageVisit((HttpServletRequest) request)) {
			chain.doFilter(request, response);
		}
		else {
			this.fuseki.doFilter(request, response, chain);
		}
	}

	static boolean isPageVisit(HttpServletRequest request) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return false;
		}
		if (request.getParameter(HttpNames.paramQuery) != null || request.getParameter(HttpNames.paramGraph) != null
				|| request.getParameter(HttpNames.paramGraphDefault) != null) {
			return false;
		}
		String accept = request.getHeader("Accept");
		return accept != null && accept.contains("text/html");
	}

}
