package ma.hcp.simimo.sparql;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * When the application reads a remote store, /sparql protocol requests go to that store's
 * own endpoint: a 307 keeps the method and body, so POSTed queries still work.
 */
final class RemoteEndpointRedirect implements Filter {

	private final String endpoint;

	RemoteEndpointRedirect(String endpoint) {
		this.endpoint = endpoint;
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException {
		String query = ((HttpServletRequest) request).getQueryString();
		HttpServletResponse http = (HttpServletResponse) response;
		http.setStatus(HttpServletResponse.SC_TEMPORARY_REDIRECT);
		http.setHeader("Location", (query != null) ? this.endpoint + "?" + query : this.endpoint);
	}

}
