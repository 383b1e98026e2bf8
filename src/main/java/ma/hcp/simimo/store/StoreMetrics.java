package ma.hcp.simimo.store;

import java.nio.file.Path;
import java.util.function.ToLongFunction;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The {@code simimo.store.size} gauge: the bytes on disk of each part of the embedded
 * store, tagged {@code part=tdb2} and {@code part=lucene} (the search index adds
 * {@code part=search}). Measured when read, by walking the directory.
 */
public final class StoreMetrics implements MeterBinder {

	public static final String SIZE = "simimo.store.size";

	private final Path directory;

	StoreMetrics(Path directory) {
		this.directory = directory;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		register(registry, "tdb2", (dir) -> StoreCompaction.StoreSize.of(dir).tdb2());
		register(registry, "lucene", (dir) -> StoreCompaction.StoreSize.of(dir).lucene());
	}

	private void register(MeterRegistry registry, String part, ToLongFunction<Path> bytes) {
		Gauge.builder(SIZE, this.directory, (dir) -> bytes.applyAsLong(dir))
			.tag("part", part)
			.baseUnit("bytes")
			.description("Bytes the store takes on disk")
			.register(registry);
	}

}
