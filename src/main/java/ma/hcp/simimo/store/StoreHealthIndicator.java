package ma.hcp.simimo.store;

import java.util.Map;

import org.apache.jena.query.QuerySolutionMap;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Reports whether the store answers, which store it is, how many triples its named graphs
 * hold and, for the embedded store, the bytes tdb2/ and lucene/ take on disk.
 */
@Component("store")
class StoreHealthIndicator implements HealthIndicator {

	private final SparqlExecutor executor;

	private final StoreProperties properties;

	StoreHealthIndicator(SparqlExecutor executor, StoreProperties properties) {
		this.executor = executor;
		this.properties = properties;
	}

	@Override
	public Health health() {
		try {
			long triples = this.executor
				.select("store/countTriples", new QuerySolutionMap(), (row) -> row.getLiteral("triples").getLong())
				.get(0);
			Health.Builder health = Health.up()
				.withDetail("store", this.executor.describeTarget())
				.withDetail("triples", triples);
			if (!this.properties.isRemote()) {
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
