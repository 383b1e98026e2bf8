package ma.hcp.simimo.store;

import java.util.Map;

import org.apache.jena.query.QuerySolutionMap;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Reports whether the store answers, which store it is, how many triples its named graphs
 * hold, how many named graphs it has and its content version and, for the embedded store,
 * the TDB2 generation in use and the bytes tdb2/ and lucene/ take on disk.
 */
@Component("store")
class StoreHealthIndicator implements HealthIndicator {

	private final SparqlExecutor executor;

	private final StoreProperties properties;

	private final ContentVersion version;

	StoreHealthIndicator(SparqlExecutor executor, StoreProperties properties, ContentVersion version) {
		this.executor = executor;
		this.properties = properties;
		this.version = version;
	}

	@Override
	public Health health() {
		try {
			long triples = this.executor
				.select("store/countTriples", new QuerySolutionMap(), (row) -> row.getLiteral("triples").getLong())
				.get(0);
			Health.Builder health = Health.up()
				.withDetail("store", this.executor.describeTarget())
				.withDetail("triples", triples)
				.withDetail("graphs",
						this.executor
							.select("store/countGraphs", new QuerySolutionMap(),
									(row) -> row.getLiteral("graphs").getLong())
							.get(0))
				.withDetail("contentVersion", this.version.current());
			if (!this.properties.isRemote()) {
				health.withDetail("generation",
						StoreCompaction.generation(this.properties.directoryPath().resolve("tdb2")));
				StoreCompaction.StoreSize size = StoreCompaction.StoreSize.of(this.properties.directoryPath());
				health.withDetail("sizeOnDisk", Map.of("tdb2", size.tdb2(), "lucene", size.lucene()));
			}
			return health.build();
		}
		catch (RuntimeException ex) {
			return Health.down(ex).withDetail("store", this.executor.describeTarget()).build();
		}
	}

}
