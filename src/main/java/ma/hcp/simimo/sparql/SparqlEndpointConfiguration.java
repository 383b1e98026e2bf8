package ma.hcp.simimo.sparql;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.fuseki.servlets.FusekiFilter;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.WebContent;

import ma.hcp.simimo.store.EditorViews;
import ma.hcp.simimo.store.QueryRegistry;
import ma.hcp.simimo.store.StoreProperties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Mounts Fuseki's dispatch filter in the application's own servlet container, after the
 * Spring Security filter chain, serving the shared Dataset at /sparql with the
 * {@code fuseki:Service} of the store's assembler ({@link SparqlService}): SPARQL query
 * and Graph Store Protocol read. Nothing that writes is declared there, so every update
 * is refused by Fuseki's dispatcher itself, and {@link SparqlProtocolFilter} says so
 * first.
 */
@Configuration(proxyBeanMethods = false)
class SparqlEndpointConfiguration {

	static final String DATASET_PATH = "/sparql";

	/** The coordinators' endpoint over the coordinator view (decision 0027). */
	static final String COORDINATOR_PATH = DATASET_PATH + "/all";

	/**
	 * Before the public endpoint's filter (order 0), after Spring Security (order -100).
	 */
	static final int COORDINATOR_ORDER = -1;

	static FilterRegistrationBean<SparqlProtocolFilter> protocolFilter(Filter endpoint, SparqlProperties properties,
			ProtocolMessages messages, ServiceDescription description) {
		FilterRegistrationBean<SparqlProtocolFilter> registration = new FilterRegistrationBean<>(
				new SparqlProtocolFilter(endpoint, properties.maxRequestSize().toBytes(), messages, description));
		registration.addUrlPatterns(DATASET_PATH, DATASET_PATH + "/*");
		// After Spring Security (order -100): the endpoint sits behind the same filter
		// chain.
		registration.setOrder(0);
		return registration;
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnExpression("'${simimo.store.endpoint:}'.isBlank()")
	static class Embedded {

		@Bean
		OperationRegistry sparqlOperations(SparqlProperties properties, SparqlService service,
				ProtocolMessages messages) {
			OperationRegistry operations = OperationRegistry.createStd();
			// Keep the content-type dispatch of a POSTed application/sparql-query body.
			operations.register(Operation.Query, WebContent.contentTypeSPARQLQuery,
					new ReadOnlyQueryProcessor(properties.resultLimit(), service.timeout(), messages));
			return operations;
		}

		@Bean
		DataAccessPointRegistry sparqlAccessPoints(Dataset dataset, SparqlService service,
				OperationRegistry sparqlOperations, SparqlProperties properties, ProtocolMessages messages,
				EditorViews views) {
			DataAccessPointRegistry registry = new DataAccessPointRegistry();
			registry
				.register(new DataAccessPoint(DATASET_PATH, service.build(dataset.asDatasetGraph(), sparqlOperations)));
			// The query operation only: the Graph Store Protocol would read the public
			// dataset the service is built on, not the coordinator view.
			OperationRegistry coordinator = OperationRegistry.createEmpty();
			coordinator.register(Operation.Query, WebContent.contentTypeSPARQLQuery,
					new CoordinatorQueryProcessor(properties.resultLimit(), service.timeout(), messages, views));
			registry
				.register(new DataAccessPoint(COORDINATOR_PATH, service.build(dataset.asDatasetGraph(), coordinator)));
			return registry;
		}

		@Bean
		ServletContextInitializer fusekiServletContext(DataAccessPointRegistry sparqlAccessPoints,
				OperationRegistry sparqlOperations) {
			return (servletContext) -> {
				DataAccessPointRegistry.set(servletContext, sparqlAccessPoints);
				OperationRegistry.set(servletContext, sparqlOperations);
			};
		}

		@Bean
		FilterRegistrationBean<SparqlProtocolFilter> sparqlProtocolFilter(SparqlProperties properties,
				ProtocolMessages messages, ServiceDescription description) {
			return protocolFilter(fuseki(), properties, messages, description);
		}

		@Bean
		FilterRegistrationBean<CoordinatorEndpointFilter> coordinatorEndpointFilter(SparqlProperties properties,
				ProtocolMessages messages, ServiceDescription description) {
			SparqlProtocolFilter protocol = new SparqlProtocolFilter(fuseki(), properties.maxRequestSize().toBytes(),
					messages, description);
			FilterRegistrationBean<CoordinatorEndpointFilter> registration = new FilterRegistrationBean<>(
					new CoordinatorEndpointFilter(protocol, messages));
			registration.addUrlPatterns(COORDINATOR_PATH, COORDINATOR_PATH + "/*");
			registration.setOrder(COORDINATOR_ORDER);
			return registration;
		}

		private static Filter fuseki() {
			FusekiFilter fuseki = new FusekiFilter();
			return (request, response, chain) -> fuseki.doFilter(request,
					new Utf8MessageResponse((jakarta.servlet.http.HttpServletResponse) response), chain);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnExpression("!'${simimo.store.endpoint:}'.isBlank()")
	static class Remote {

		@Bean
		FilterRegistrationBean<SparqlProtocolFilter> sparqlProtocolFilter(StoreProperties store,
				SparqlProperties properties, QueryRegistry queries, ProtocolMessages messages,
				ServiceDescription description) {
			return protocolFilter(new RemoteEndpointRedirect(store.endpoint(), queries, messages), properties, messages,
					description);
		}

		/**
		 * The coordinator view joins the private store to the public store's own
		 * transaction, which a remote endpoint does not give: refused, never redirected
		 * to the public endpoint as if it were the same.
		 */
		@Bean
		FilterRegistrationBean<Filter> coordinatorEndpointFilter(ProtocolMessages messages) {
			Filter refusal = (request, response, chain) -> messages.send((HttpServletRequest) request,
					(HttpServletResponse) response, HttpServletResponse.SC_CONFLICT, "sparql.error.all.remote");
			FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(refusal);
			registration.addUrlPatterns(COORDINATOR_PATH, COORDINATOR_PATH + "/*");
			registration.setOrder(COORDINATOR_ORDER);
			return registration;
		}

	}

}
