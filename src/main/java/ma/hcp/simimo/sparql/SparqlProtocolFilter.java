package ma.hcp.simimo.sparql;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.core.Quad;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * The front door of /sparql: it answers what Fuseki would answer badly, and hands the
 * rest on. A plain GET gets the query page (browsers) or the service description (RDF
 * clients), never a dump of the store; an update or a write gets 403 or 405 saying the
 * endpoint is read only; a POST that is neither a query form nor a query body gets 400
 * naming its content type; a missing query gets 400. A Graph Store Protocol read of
 * {@code ?default} reads the union of the named graphs, the default graph queries see.
 */
final class SparqlProtocolFilter implements Filter {

	static final String ALLOWED_METHODS = "GET, HEAD, POST, OPTIONS";

	/** The parameters Fuseki's query operation reads; any other it logs at WARN. */
	private static final Set<String> QUERY_PARAMETERS = Set.of(HttpNames.paramQuery, HttpNames.paramDefaultGraphURI,
			HttpNames.paramNamedGraphURI, HttpNames.paramQueryRef, HttpNames.paramStyleSheet, HttpNames.paramAccept,
			HttpNames.paramOutput1, HttpNames.paramOutput2, HttpNames.paramCallback, HttpNames.paramForceAccept,
			HttpNames.paramTimeout);

	/** The query operation's parameters plus the Graph Store Protocol's graph names. */
	private static final Set<String> PROTOCOL_PARAMETERS = union(QUERY_PARAMETERS,
			Set.of(HttpNames.paramGraph, HttpNames.paramGraphDefault));

	private static final MediaType SPARQL_QUERY = MediaType.parseMediaType(WebContent.contentTypeSPARQLQuery);

	private static final MediaType SPARQL_UPDATE = MediaType.parseMediaType(WebContent.contentTypeSPARQLUpdate);

	private final Filter endpoint;

	private final long maxRequestBytes;

	private final ProtocolMessages messages;

	private final ServiceDescription description;

	SparqlProtocolFilter(Filter endpoint, long maxRequestBytes, ProtocolMessages messages,
			ServiceDescription description) {
		this.endpoint = endpoint;
		this.maxRequestBytes = maxRequestBytes;
		this.messages = messages;
		this.description = description;
	}

	@Override
	public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
			throws IOException, ServletException {
		HttpServletRequest request = (HttpServletRequest) servletRequest;
		HttpServletResponse response = (HttpServletResponse) servletResponse;
		if (request.getContentLengthLong() > this.maxRequestBytes) {
			this.messages.send(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
					"sparql.error.tooLarge", Long.toString(request.getContentLengthLong()),
					Long.toString(this.maxRequestBytes));
			return;
		}
		if ("POST".equals(request.getMethod()) && !isForm(request)) {
			// A chunked body names no length: read at most the limit and one byte more,
			// so a 100 MB body costs 256 KB of memory and no parse time. Read here, a
			// body
			// that misses the request body deadline fails before Fuseki sees it, and is
			// answered 408 by the web package's deadline valve.
			byte[] body = request.getInputStream().readNBytes(Math.toIntExact(this.maxRequestBytes + 1));
			if (body.length > this.maxRequestBytes) {
				this.messages.send(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
						"sparql.error.tooLarge.chunked", Long.toString(this.maxRequestBytes));
				return;
			}
			request = new BufferedBody(request, body);
		}
		switch (request.getMethod()) {
			case "GET", "HEAD" -> read(request, response, chain);
			case "POST" -> post(request, response, chain);
			case "OPTIONS" -> this.endpoint.doFilter(protocolParametersOnly(request), response, chain);
			default -> {
				response.setHeader("Allow", ALLOWED_METHODS);
				this.messages.send(request, response, HttpServletResponse.SC_METHOD_NOT_ALLOWED,
						"sparql.error.readOnly.method", request.getMethod());
			}
		}
	}

	private void read(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		String query = request.getParameter(HttpNames.paramQuery);
		if (isUpdate(request)) {
			readOnly(request, response);
		}
		else if (query != null) {
			if (query.isBlank()) {
				this.messages.send(request, response, HttpServletResponse.SC_BAD_REQUEST, "sparql.error.noQuery");
			}
			else {
				// A query goes to the query operation, which would log a WARN for each
				// graph-store parameter sent with it.
				this.endpoint.doFilter(parametersOnly(request, QUERY_PARAMETERS), response, chain);
			}
		}
		else if (isGraphStore(request)) {
			this.endpoint.doFilter(protocolParametersOnly(unionAsDefaultGraph(request)), response, chain);
		}
		else if (ServiceDescription.notAcceptable(request)) {
			response.setHeader("Vary", "Accept");
			this.messages.send(request, response, HttpServletResponse.SC_NOT_ACCEPTABLE, "sparql.error.notAcceptable",
					request.getHeader("Accept"), ServiceDescription.offered());
		}
		else if (ServiceDescription.prefersPage(request)) {
			chain.doFilter(request, response);
		}
		else {
			this.description.write(request, response);
		}
	}

	private void post(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		MediaType type = contentType(request);
		if (is(type, SPARQL_UPDATE) || isUpdate(request) || isGraphStore(request)) {
			readOnly(request, response);
		}
		else if (is(type, SPARQL_QUERY)) {
			this.endpoint.doFilter(parametersOnly(request, QUERY_PARAMETERS), response, chain);
		}
		else if (is(type, MediaType.APPLICATION_FORM_URLENCODED)) {
			String query = request.getParameter(HttpNames.paramQuery);
			if (query == null || query.isBlank()) {
				this.messages.send(request, response, HttpServletResponse.SC_BAD_REQUEST, "sparql.error.noQuery");
			}
			else if (query.length() > this.maxRequestBytes) {
				// A chunked form names no length, and Tomcat reads it to its own form
				// limit (1 MB): the query it holds is measured here, before it is parsed.
				this.messages.send(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
						"sparql.error.tooLarge.chunked", Long.toString(this.maxRequestBytes));
			}
			else {
				this.endpoint.doFilter(parametersOnly(request, QUERY_PARAMETERS), response, chain);
			}
		}
		else if (request.getContentType() == null) {
			this.messages.send(request, response, HttpServletResponse.SC_BAD_REQUEST, "sparql.error.noContentType");
		}
		else {
			this.messages.send(request, response, HttpServletResponse.SC_BAD_REQUEST, "sparql.error.contentType",
					request.getContentType());
		}
	}

	private void readOnly(HttpServletRequest request, HttpServletResponse response) throws IOException {
		this.messages.send(request, response, HttpServletResponse.SC_FORBIDDEN, "sparql.error.readOnly");
	}

	/**
	 * Form bodies are read by Tomcat into the request's parameters, within
	 * {@code server.tomcat.max-http-form-post-size}, chunked or not.
	 */
	private static boolean isForm(HttpServletRequest request) {
		return is(contentType(request), MediaType.APPLICATION_FORM_URLENCODED);
	}

	private static boolean is(MediaType type, MediaType expected) {
		return type != null && type.equalsTypeAndSubtype(expected);
	}

	private static MediaType contentType(HttpServletRequest request) {
		String header = request.getContentType();
		if (header == null) {
			return null;
		}
		try {
			return MediaType.parseMediaType(header);
		}
		catch (InvalidMediaTypeException ex) {
			return null;
		}
	}

	/** SPARQL Update's parameter, and the older name Fuseki still reads as one. */
	private static boolean isUpdate(HttpServletRequest request) {
		return request.getParameter(HttpNames.paramUpdate) != null
				|| request.getParameter(HttpNames.paramRequest) != null;
	}

	private static boolean isGraphStore(HttpServletRequest request) {
		return request.getParameter(HttpNames.paramGraph) != null
				|| request.getParameter(HttpNames.paramGraphDefault) != null;
	}

	/**
	 * TDB2 keeps no triples in its stored default graph; queries see the union of the
	 * named graphs as theirs (tdb2:unionDefaultGraph), and so does {@code ?default} here,
	 * read through Jena's name for that union.
	 */
	static HttpServletRequest unionAsDefaultGraph(HttpServletRequest request) {
		if (request.getParameter(HttpNames.paramGraphDefault) == null
				|| request.getParameter(HttpNames.paramGraph) != null) {
			return request;
		}
		Map<String, String[]> parameters = new LinkedHashMap<>(request.getParameterMap());
		parameters.remove(HttpNames.paramGraphDefault);
		parameters.put(HttpNames.paramGraph, new String[] { Quad.unionGraph.getURI() });
		String query = HttpNames.paramGraph + "="
				+ java.net.URLEncoder.encode(Quad.unionGraph.getURI(), java.nio.charset.StandardCharsets.UTF_8);
		return new Parameters(request, parameters, query);
	}

	/**
	 * Only the parameters of the SPARQL protocol and the Graph Store Protocol reach
	 * Fuseki, which logs a warning for each other one it is sent: forty parameters of a
	 * hostile request would be forty lines of log.
	 */
	static HttpServletRequest protocolParametersOnly(HttpServletRequest request) {
		return parametersOnly(request, PROTOCOL_PARAMETERS);
	}

	private static HttpServletRequest parametersOnly(HttpServletRequest request, Set<String> allowed) {
		Map<String, String[]> all = request.getParameterMap();
		if (allowed.containsAll(all.keySet())) {
			return request;
		}
		Map<String, String[]> kept = new LinkedHashMap<>(all);
		kept.keySet().retainAll(allowed);
		return new Parameters(request, kept, request.getQueryString());
	}

	private static Set<String> union(Set<String> first, Set<String> second) {
		Set<String> both = new HashSet<>(first);
		both.addAll(second);
		return Set.copyOf(both);
	}

	/** A request with other parameters, and the query string that goes with them. */
	private static final class Parameters extends HttpServletRequestWrapper {

		private final Map<String, String[]> parameters;

		private final String queryString;

		Parameters(HttpServletRequest request, Map<String, String[]> parameters, String queryString) {
			super(request);
			this.parameters = Collections.unmodifiableMap(parameters);
			this.queryString = queryString;
		}

		@Override
		public String getParameter(String name) {
			String[] values = this.parameters.get(name);
			return (values != null && values.length > 0) ? values[0] : null;
		}

		@Override
		public String[] getParameterValues(String name) {
			return this.parameters.get(name);
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return this.parameters;
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(this.parameters.keySet());
		}

		@Override
		public String getQueryString() {
			return this.queryString;
		}

	}

	/**
	 * A request whose body was read ahead, within the limit, and is served from memory.
	 */
	private static final class BufferedBody extends HttpServletRequestWrapper {

		private final byte[] body;

		BufferedBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream bytes = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return bytes.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return bytes.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return bytes.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new IllegalStateException("The body was already read");
				}

			};
		}

	}

}
