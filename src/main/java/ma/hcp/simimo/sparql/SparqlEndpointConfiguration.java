package ma.hcp.simimo.sparql;

import jakarta.servlet.Filter;

import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.fuseki.servlets.FusekiFilter;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.WebContent;

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
				OperationRegistry sparqlOperations) {
			DataAccessPointRegistry registry = new DataAccessPointRegistry();
			registry
				.register(new DataAccessPoint(DATASET_PATH, service.build(dataset.asDatasetGraph(), sparqlOperations)));
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
			FusekiFilter fuseki = new FusekiFilter();
			Filter utf8Messages = (request, response, chain) -> fuseki.doFilter(request,
					new Utf8MessageResponse((jakarta.servlet.http.HttpServletResponse) response), chain);
			return protocolFilter(utf8Messages, properties, messages, description);
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

	}

}
