package ma.hcp.simimo.store;

import org.apache.jena.query.QuerySolutionMap;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Reports whether the store answers, which store it is, and how many triples its named
 * graphs hold.
 */
@Component("store")
class StoreHealthIndicator implements HealthIndicator {

	private final SparqlExecutor executor;

	StoreHealthIndicator(SparqlExecutor executor) {
		this.executor = executor;
	}

	@Override
	public Health health() {
		try {
			long triples = this.executor
				.select("store/countTriples", new QuerySolutionMap(), (row) -> row.getLiteral("triples").getLong())
				.get(0);
			return Health.up()
				.withDetail("store", this.executor.describeTarget())
				.withDetail("triples", triples)
				.build();
		}
		catch (RuntimeException ex) {
			return Health.down(ex).withDetail("store", this.executor.describeTarget()).build();
		}
	}

}
