package ma.hcp.simimo.sparql;

import java.time.Duration;
import java.util.List;

import org.apache.jena.fuseki.build.DatasetDescriptionMap;
import org.apache.jena.fuseki.build.FusekiConfig;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.FusekiVocab;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.query.ARQ;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.assembler.AssemblerUtils;
import org.apache.jena.sparql.engine.Timeouts;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.vocabulary.RDF;

import ma.hcp.simimo.store.StoreAssembler;
import ma.hcp.simimo.store.StoreConfigurationException;
import ma.hcp.simimo.store.StoreProperties;

import org.springframework.stereotype.Component;

/**
 * The SPARQL service as the store's assembler declares it: the one {@code fuseki:Service}
 * (its endpoints, their operations and names) and the server context of its
 * {@code fuseki:Server} block (the query time limit, no SERVICE calls). A standalone
 * Fuseki reads the same two blocks from the same file. {@code simimo.sparql.timeout},
 * when set, replaces the file's time limit in the application only.
 */
@Component
class SparqlService {

	private final Model configuration;

	private final Resource service;

	private final Context serverContext;

	SparqlService(StoreProperties store, SparqlProperties sparql) {
		this.configuration = StoreAssembler.configuration(store);
		List<Resource> services = this.configuration.listSubjectsWithProperty(RDF.type, FusekiVocab.fusekiService)
			.toList();
		if (services.size() != 1) {
			throw new StoreConfigurationException(
					store.assembler() + ": expected exactly one fuseki:Service, found " + services.size());
		}
		this.service = services.get(0);
		this.serverContext = new Context();
		Resource server = FusekiConfig.findServer(this.configuration);
		if (server != null) {
			AssemblerUtils.mergeContext(server, this.serverContext);
		}
		if (sparql.timeout() != null) {
			long millis = sparql.timeout().toMillis();
			this.serverContext.set(ARQ.queryTimeout, millis + "," + millis);
		}
	}

	/**
	 * The longest a query may run: the overall limit of arq:queryTimeout, else its limit
	 * on the first result.
	 */
	Duration timeout() {
		Timeouts.Timeout timeout = Timeouts.extractQueryTimeout(this.serverContext);
		if (timeout == null || !timeout.hasTimeout()) {
			throw new StoreConfigurationException(
					"The fuseki:Server block of the store assembler sets no arq:queryTimeout: the public endpoint needs one.");
		}
		return Duration
			.ofMillis(timeout.hasOverallTimeout() ? timeout.overallTimeoutMillis() : timeout.initialTimeoutMillis());
	}

	/**
	 * The service built by Fuseki's own configuration code over the already open dataset:
	 * registered in the description map under the service's fuseki:dataset, it is reused,
	 * not assembled a second time (which would open a second Lucene writer).
	 */
	DataService build(DatasetGraph dataset, OperationRegistry operations) {
		Resource datasetDescription = this.service.getPropertyResourceValue(FusekiVocab.pDataset);
		if (datasetDescription == null) {
			throw new StoreConfigurationException("The fuseki:Service " + this.service + " names no fuseki:dataset.");
		}
		DatasetDescriptionMap datasets = new DatasetDescriptionMap();
		datasets.register(datasetDescription.asNode(), dataset);
		DataAccessPoint point = FusekiConfig.buildDataAccessPoint(this.configuration.getGraph(), this.service.asNode(),
				datasets);
		if (point == null) {
			throw new StoreConfigurationException("Fuseki could not build the fuseki:Service " + this.service
					+ " of the store assembler (its log says why).");
		}
		DataService assembled = point.getDataService();
		// As in a standalone Fuseki, an endpoint's own ja:context overrides the server's.
		DataService.Builder built = DataService.newBuilder(assembled.getDataset())
			.setAuthPolicy(assembled.authPolicy());
		assembled.forEachEndpoint((endpoint) -> built.addEndpoint(Endpoint.create()
			.operation(endpoint.getOperation())
			.endpointName(endpoint.getName())
			.authPolicy(endpoint.getAuthPolicy())
			.context((endpoint.getContext() != null) ? Context.mergeCopy(this.serverContext, endpoint.getContext())
					: this.serverContext.copy())
			.build()));
		DataService service = built.build();
		service.setEndpointProcessors(operations);
		service.goActive();
		return service;
	}

}
