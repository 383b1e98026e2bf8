package ma.hcp.simimo.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compacts the embedded store: TDB2 copies the live data of its latest generation into a
 * new one and deletes the old ({@code DatabaseMgr.compact}), which gives back what every
 * write transaction and every aborted load left behind; the text index is then verified
 * against the compacted store and rebuilt if it does not match. Runs on a store no
 * application has open (the TDB2 and Lucene locks refuse otherwise).
 */
public final class StoreCompaction {

	private static final Logger log = LoggerFactory.getLogger(StoreCompaction.class);

	private StoreCompaction() {
	}

	/**
	 * What a compaction did.
	 *
	 * @param quadsBefore the quads of the store before
	 * @param quadsAfter the quads after, the same when nothing was lost
	 * @param bytesBefore the bytes of tdb2/ and lucene/ before
	 * @param bytesAfter the bytes after
	 * @param textIndexRebuilt whether the text index had to be rebuilt
	 */
	public record Report(long quadsBefore, long quadsAfter, long bytesBefore, long bytesAfter,
			boolean textIndexRebuilt) {
	}

	public static Report compact(Path assembler, Path directory, GraphNames graphNames) {
		return compact(() -> EmbeddedStore.open(assembler, directory), directory, graphNames);
	}

	/** Compacts the application's store, assembled as the application assembles it. */
	public static Report compact(StoreProperties properties, GraphNames graphNames) {
		return compact(() -> EmbeddedStore.open(properties), properties.directoryPath(), graphNames);
	}

	private static Report compact(java.util.function.Supplier<EmbeddedStore> opener, Path directory,
			GraphNames graphNames) {
		long bytesBefore = StoreSize.of(directory).total();
		long start = System.nanoTime();
		long quadsBefore;
		long quadsAfter;
		TextIndexRecovery.Outcome text;
		try (EmbeddedStore store = opener.get()) {
			DatasetGraph dataset = store.dataset().asDatasetGraph();
			quadsBefore = countQuads(dataset);
			DatabaseMgr.compact(switchable(dataset), true);
			quadsAfter = countQuads(dataset);
			text = store.verifyTextIndex(new QueryRegistry(), graphNames);
		}
		long bytesAfter = StoreSize.of(directory).total();
		log.info("Store compacted in {} ms: {} quads before, {} after; {} bytes on disk before, {} after",
				(System.nanoTime() - start) / 1_000_000, quadsBefore, quadsAfter, bytesBefore, bytesAfter);
		return new Report(quadsBefore, quadsAfter, bytesBefore, bytesAfter, text.rebuilt());
	}

	static long countQuads(DatasetGraph dataset) {
		return Txn.calculateRead(dataset, () -> {
			long quads = 0;
			var iterator = dataset.find();
			while (iterator.hasNext()) {
				iterator.next();
				quads++;
			}
			return quads;
		});
	}

	private static DatasetGraph switchable(DatasetGraph dataset) {
		DatasetGraph current = dataset;
		while (!(current instanceof DatasetGraphSwitchable) && current instanceof DatasetGraphWrapper wrapper) {
			current = wrapper.getWrapped();
		}
		if (!(current instanceof DatasetGraphSwitchable)) {
			throw new StoreConfigurationException("The store is not a TDB2 database: nothing to compact");
		}
		return current;
	}

	/**
	 * The bytes a store takes on disk.
	 *
	 * @param tdb2 the bytes under tdb2/ (every generation it keeps)
	 * @param lucene the bytes under lucene/, the text index
	 */
	public record StoreSize(long tdb2, long lucene) {

		public static StoreSize of(Path directory) {
			return new StoreSize(bytesUnder(directory.resolve("tdb2")), bytesUnder(directory.resolve("lucene")));
		}

		public long total() {
			return this.tdb2 + this.lucene;
		}

		/**
		 * The bytes of the regular files under {@code directory}; 0 when it does not
		 * exist.
		 */
		public static long bytesUnder(Path directory) {
			if (!Files.isDirectory(directory)) {
				return 0;
			}
			try (Stream<Path> files = Files.walk(directory)) {
				return files.filter(Files::isRegularFile).mapToLong(StoreSize::length).sum();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot measure " + directory, ex);
			}
		}

		private static long length(Path file) {
			try {
				return Files.size(file);
			}
			catch (IOException ex) {
				// A file removed while the tree is walked (a compaction, a Lucene merge)
				return 0;
			}
		}

	}

}
