package ma.hcp.simimo.search;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import ma.hcp.simimo.store.StoreMetrics;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Reports the search index's documents and the bytes it takes on disk, in health and as
 * the {@code simimo.store.size} gauge tagged {@code part=search}.
 */
@Component("search")
class SearchIndexHealthIndicator implements HealthIndicator, MeterBinder {

	private final SearchIndex index;

	SearchIndexHealthIndicator(SearchIndex index) {
		this.index = index;
	}

	@Override
	public Health health() {
		try {
			int documents = this.index.search((searcher) -> searcher.getIndexReader().numDocs());
			return Health.up()
				.withDetail("documents", documents)
				.withDetail("sizeOnDisk", this.index.sizeOnDisk())
				.build();
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
