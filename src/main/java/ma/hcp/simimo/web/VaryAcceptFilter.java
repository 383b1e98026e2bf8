package ma.hcp.simimo.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ma.hcp.simimo.kernel.LinkedDataPaths;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends {@code Vary: Accept} on every answer of a resource path, the 406 and error pages
 * included: the same URL gives HTML or RDF by the Accept header (ResourceNegotiation), so
 * a cache must key on it. Set before the chain runs, since no later step sees every
 * answer.
 */
@Component
class VaryAcceptFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (LinkedDataPaths.isResourcePath(request.getRequestURI().substring(request.getContextPath().length()))) {
			response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
		}
		chain.doFilter(request, response);
	}

}
