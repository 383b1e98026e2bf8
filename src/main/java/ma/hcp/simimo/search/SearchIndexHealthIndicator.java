package ma.hcp.simimo.search;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import ma.hcp.simimo.store.StoreMetrics;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Reports the search index's documents, the build its last commit recorded (index layout
 * and content key), whether that still agrees with the store, and the bytes it takes on
 * disk, in health and as the {@code simimo.store.size} gauge tagged {@code part=search}.
 */
@Component("search")
class SearchIndexHealthIndicator implements HealthIndicator, MeterBinder {

	private final SearchIndex index;

	private final SearchIndexer indexer;

	SearchIndexHealthIndicator(SearchIndex index, SearchIndexer indexer) {
		this.index = index;
		this.indexer = indexer;
	}

	@Override
	public Health health() {
		try {
			int documents = this.index.search((searcher) -> searcher.getIndexReader().numDocs());
			String staleness = this.indexer.disagreement();
			Health.Builder health = Health.up()
				.withDetail("documents", documents)
				.withDetail("builtFrom", this.index.builtFrom())
				.withDetail("agreesWithStore", staleness == null)
				.withDetail("sizeOnDisk", this.index.sizeOnDisk());
			if (staleness != null) {
				health.withDetail("disagreement", "the index " + staleness);
			}
			return health.build();
		}
		catch (RuntimeException ex) {
			return Health.down(ex).build();
		}
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder(StoreMetrics.SIZE, this.index, SearchIndex::sizeOnDisk)
			.tag("part", "search")
			.baseUnit("bytes")
			.description("Bytes the store takes on disk")
			.register(registry);
	}

}
