package ma.hcp.simimo.store;

import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the store: the embedded TDB2 + jena-text Dataset loaded with the content files,
 * or, when {@code simimo.store.endpoint} is set, a remote SPARQL endpoint that the
 * application only reads. Either way, the private store beside it (decision 0019).
 */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

	static final String EMBEDDED = "'${simimo.store.endpoint:}'.isBlank()";

	static final String REMOTE = "!'${simimo.store.endpoint:}'.isBlank()";

	@Bean
	GraphNames graphNames(@Value("${simimo.base-iri}") String baseIri) {
		return new GraphNames(baseIri);
	}

	/**
	 * The private store (accounts, authorship, private glossaries), always local: with a
	 * remote public store it still lives under {@code simimo.store.directory}.
	 */
	@Bean(destroyMethod = "close")
	PrivateStore privateStore(StoreProperties properties, QueryRegistry queries) {
		return PrivateStore.open(properties.directoryPath(), queries);
	}

	/** The change log of records (decision 0027), which the drafts write to. */
	@Bean
	RecordHistory recordHistory(RecordDrafts drafts) {
		return drafts.history();
	}

	/** The curators' export of the content files (decision 0027), read like any page. */
	@Bean
	ContentExport contentExport(SparqlExecutor executor, LoadedGraphRepository graphs, GraphNames graphNames,
			StoreProperties properties) {
		return new ContentExport(executor, graphs, graphNames, properties.contentSource());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnExpression(EMBEDDED)
	static class Embedded {

		@Bean(destroyMethod = "close")
		EmbeddedStore embeddedStore(StoreProperties properties) {
			return EmbeddedStore.open(properties);
		}

		@Bean
		StoreMetrics storeMetrics(StoreProperties properties) {
			return new StoreMetrics(properties.directoryPath());
		}

		@Bean
		WriteGeneration writeGeneration() {
			return new WriteGeneration();
		}

		/**
		 * Opened before the first write, without the entries its store never committed.
		 */
		@Bean
		PatchLog patchLog(EmbeddedStore store, StoreProperties properties, QueryRegistry queries,
				GraphNames graphNames) {
			long sequence = Txn.calculateRead(store.dataset(),
					() -> ContentVersion.sequenceOf(store.dataset().asDatasetGraph(), queries, graphNames));
			return PatchLog.open(properties.directoryPath(), sequence);
		}

		@Bean
		StoreWriter storeWriter(EmbeddedStore store, QueryRegistry queries, GraphNames graphNames,
				StoreProperties properties, WriteGeneration generation, PatchLog patchLog,
				ApplicationEventPublisher events) {
			return new StoreWriter(store.dataset(), queries, graphNames, properties.shapes(), generation, patchLog,
					events);
		}

		/**
		 * A file's changed version of a record edited in the application becomes a
		 * submitted draft in the private store (decision 0027).
		 */
		@Bean
		ContentLoader contentLoader(StoreWriter writer, EmbeddedStore store, QueryRegistry queries,
				GraphNames graphNames, PrivateStore privateStore) {
			return new ContentLoader(writer, store.dataset(), queries, graphNames, new FileVersions(privateStore),
					() -> RecordRestrictions.restrictedIn(privateStore));
		}

		@Bean
		ContentReloader contentReloader(ContentLoader loader, StoreProperties properties,
				ApplicationEventPublisher events) {
			return new ContentReloader(loader, properties, events);
		}

		/**
		 * The Dataset every reader uses, handed out only once the content is loaded and
		 * the text index verified against it. A failed load fails the start, and the
		 * context closes the store it opened.
		 */
		@Bean
		Dataset dataset(EmbeddedStore store, ContentLoader loader, StoreProperties properties, QueryRegistry queries,
				GraphNames graphNames) {
			loader.load(properties.contentSource(), properties.contentDirectories());
			store.verifyTextIndex(queries, graphNames);
			return store.dataset();
		}

		@Bean
		SparqlExecutor sparqlExecutor(QueryRegistry queries, Dataset dataset) {
			return new SparqlExecutor(queries, new EmbeddedQueryTarget(dataset));
		}

		@Bean
		RecordDrafts recordDrafts(PrivateStore privateStore, Dataset dataset, QueryRegistry queries,
				GraphNames graphNames, StoreProperties properties) {
			RecordDrafts drafts = new RecordDrafts(privateStore, java.util.Optional.of(dataset), queries, graphNames,
					properties.shapes());
			drafts.settleStates();
			return drafts;
		}

		/**
		 * Settles, before anything publishes, the publications a stop left pending
		 * (decision 0027).
		 */
		@Bean
		RecordPublication recordPublication(RecordDrafts drafts, PrivateStore privateStore, Dataset dataset,
				StoreWriter writer, QueryRegistry queries, GraphNames graphNames) {
			RecordPublication publication = new RecordPublication(drafts, privateStore, java.util.Optional.of(dataset),
					java.util.Optional.of(writer), queries, graphNames, (step) -> {
					});
			publication.settle();
			return publication;
		}

		/**
		 * Settles, before anything restricts, the restrictions a stop left pending
		 * (decision 0027).
		 */
		@Bean
		RecordRestrictions recordRestrictions(RecordDrafts drafts, PrivateStore privateStore, Dataset dataset,
				StoreWriter writer, GraphNames graphNames) {
			RecordRestrictions restrictions = new RecordRestrictions(drafts, privateStore,
					java.util.Optional.of(dataset), java.util.Optional.of(writer), graphNames);
			restrictions.settle();
			return restrictions;
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

		/**
		 * Drafts are read but not saved with a remote public store: their check needs the
		 * content in hand.
		 */
		@Bean
		RecordDrafts recordDrafts(PrivateStore privateStore, QueryRegistry queries, GraphNames graphNames,
				StoreProperties properties) {
			RecordDrafts drafts = new RecordDrafts(privateStore, java.util.Optional.empty(), queries, graphNames,
					properties.shapes());
			drafts.settleStates();
			return drafts;
		}

		/** Nothing is published with a remote public store: it is read only here. */
		@Bean
		RecordPublication recordPublication(RecordDrafts drafts, PrivateStore privateStore, QueryRegistry queries,
				GraphNames graphNames) {
			return new RecordPublication(drafts, privateStore, java.util.Optional.empty(), java.util.Optional.empty(),
					queries, graphNames, (step) -> {
					});
		}

		/** Nothing is restricted with a remote public store: it is read only here. */
		@Bean
		RecordRestrictions recordRestrictions(RecordDrafts drafts, PrivateStore privateStore, GraphNames graphNames) {
			return new RecordRestrictions(drafts, privateStore, java.util.Optional.empty(), java.util.Optional.empty(),
					graphNames);
		}

	}

}
