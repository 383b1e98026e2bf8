package ma.hcp.simimo.sparql;

import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.fuseki.servlets.FusekiFilter;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.util.Context;

import ma.hcp.simimo.store.StoreProperties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Mounts Fuseki's dispatch filter in the application's own servlet container, after the
 * Spring Security filter chain, serving the shared Dataset at /sparql with only two
 * operations: SPARQL query and Graph Store Protocol read. Nothing that writes is
 * registered, so every update is refused by Fuseki's dispatcher itself.
 */
@Configuration(proxyBeanMethods = false)
class SparqlEndpointConfiguration {

	static final String DATASET_PATH = "/sparql";

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnExpression("'${simimo.store.endpoint:}'.isBlank()")
	static class Embedded {

		@Bean
		OperationRegistry sparqlOperations(SparqlProperties properties) {
			OperationRegistry operations = OperationRegistry.createStd();
			// Keep the content-type dispatch of a POSTed application/sparql-query body.
			operations.register(Operation.Query, WebContent.contentTypeSPARQLQuery,
					new ReadOnlyQueryProcessor(properties.resultLimit(), properties.timeout()));
			return operations;
		}

		@Bean
		DataAccessPointRegistry sparqlAccessPoints(Dataset dataset, SparqlProperties properties,
				OperationRegistry sparqlOperations) {
			Context limits = new Context();
			long millis = properties.timeout().toMillis();
			limits.set(ARQ.queryTimeout, millis + "," + millis);
			limits.set(ARQ.httpServiceAllowed, false);
			DataService service = DataService.newBuilder(dataset.asDatasetGraph())
				.addEndpoint(Endpoint.create().operation(Operation.Query).endpointName("").context(limits).build())
				.addEndpoint(Operation.GSP_R, "")
				.build();
			service.setEndpointProcessors(sparqlOperations);
			service.goActive();
			DataAccessPointRegistry registry = new DataAccessPointRegistry();
			registry.register(new DataAccessPoint(DATASET_PATH, service));
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
		FilterRegistrationBean<SparqlProtocolFilter> sparqlProtocolFilter(SparqlProperties properties) {
			FilterRegistrationBean<SparqlProtocolFilter> registration = new FilterRegistrationBean<>(
					new SparqlProtocolFilter(new FusekiFilter(), properties.maxRequestSize().toBytes()));
			registration.addUrlPatterns(DATASET_PATH, DATASET_PATH + "/*");
			// After Spring Security (order -100): the endpoint sits behind the same
			// filter chain.
			registration.setOrder(0);
			return registration;
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnExpression("!'${simimo.store.endpoint:}'.isBlank()")
	static class Remote {

		@Bean
		FilterRegistrationBean<SparqlProtocolFilter> sparqlProtocolFilter(StoreProperties store,
				SparqlProperties properties) {
			FilterRegistrationBean<SparqlProtocolFilter> registration = new FilterRegistrationBean<>(
					new SparqlProtocolFilter(new RemoteEndpointRedirect(store.endpoint()),
							properties.maxRequestSize().toBytes()));
			registration.addUrlPatterns(DATASET_PATH, DATASET_PATH + "/*");
			registration.setOrder(0);
			return registration;
		}

	}

}
