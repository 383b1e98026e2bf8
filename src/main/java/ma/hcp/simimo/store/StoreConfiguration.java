package ma.hcp.simimo.store;

import org.apache.jena.query.Dataset;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the store: the embedded TDB2 + jena-text Dataset loaded with the content files,
 * or, when {@code simimo.store.endpoint} is set, a remote SPARQL endpoint that the
 * application only reads.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StoreProperties.class)
class StoreConfiguration {

	static final String EMBEDDED = "'${simimo.store.endpoint:}'.isBlank()";

	static final String REMOTE = "!'${simimo.store.endpoint:}'.isBlank()";

	@Bean
	GraphNames graphNames(@Value("${simimo.base-iri}") String baseIri) {
		return new GraphNames(baseIri);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnExpression(EMBEDDED)
	static class Embedded {

		@Bean(destroyMethod = "close")
		EmbeddedStore embeddedStore(StoreProperties properties, QueryRegistry queries, GraphNames graphNames) {
			EmbeddedStore store = new EmbeddedStore(
					StoreAssembler.assemble(properties.assemblerPath(), properties.directoryPath()));
			try {
				new ContentLoader(store.dataset(), queries, graphNames).load(properties.contentRootPath(),
						properties.contentDirectories());
			}
			catch (RuntimeException ex) {
				// Close before failing the start, or the Lucene and TDB2 locks outlive
				// the failed context.
				store.close();
				throw ex;
			}
			return store;
		}

		@Bean
		ContentReloader contentReloader(EmbeddedStore store, QueryRegistry queries, GraphNames graphNames,
				StoreProperties properties, ApplicationEventPublisher events) {
			return new ContentReloader(new ContentLoader(store.dataset(), queries, graphNames), properties, events);
		}

		@Bean
		Dataset dataset(EmbeddedStore store) {
			return store.dataset();
		}

		@Bean
		SparqlExecutor sparqlExecutor(QueryRegistry queries, Dataset dataset) {
			return new SparqlExecutor(queries, new EmbeddedQueryTarget(dataset));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnExpression(REMOTE)
	static class Remote {

		@Bean
		SparqlExecutor sparqlExecutor(QueryRegistry queries, StoreProperties properties) {
			return new SparqlExecutor(queries,
					new RemoteQueryTarget(properties.endpoint(), properties.remoteTimeout()));
		}

	}

}
