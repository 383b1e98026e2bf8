package ma.hcp.simimo.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.sys.DatabaseOps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compacts a TDB2 store: TDB2 copies the live data of its latest generation into a new
 * one and deletes the old ({@code DatabaseMgr.compact}), which gives back what every
 * write transaction and every aborted load left behind; the text index is then verified
 * against the compacted store and rebuilt if it does not match. The command runs it on a
 * store no application has open; the administrators' page runs it on the application's
 * own store, which TDB2 allows (readers go on, writers wait until the switch: decision
 * 0022), while the store writer holds back the application's writes.
 */
public final class StoreCompaction {

	private static final Logger log = LoggerFactory.getLogger(StoreCompaction.class);

	private static final Pattern GENERATION = Pattern.compile("Data-(\\d+)");

	private StoreCompaction() {
	}

	/**
	 * What a compaction did.
	 *
	 * @param quadsBefore the quads of the store before
	 * @param quadsAfter the quads after, the same when nothing was lost
	 * @param bytesBefore the bytes of the store (tdb2/ and lucene/) before
	 * @param bytesAfter the bytes after
	 * @param generationBefore the TDB2 generation (Data-NNNN) in use before
	 * @param generationAfter the generation in use after
	 * @param textIndexRebuilt whether the text index had to be rebuilt
	 */
	public record Report(long quadsBefore, long quadsAfter, long bytesBefore, long bytesAfter, int generationBefore,
			int generationAfter, boolean textIndexRebuilt) {
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
		try (EmbeddedStore store = opener.get()) {
			return compact(store, new QueryRegistry(), graphNames);
		}
	}

	/**
	 * Compacts the open {@code store} in place, its text index verified afterwards; the
	 * caller keeps other writes out.
	 */
	static Report compact(EmbeddedStore store, QueryRegistry queries, GraphNames graphNames) {
		Path directory = store.directory();
		long bytesBefore = StoreSize.of(directory).total();
		int generationBefore = generation(directory.resolve("tdb2"));
		long start = System.nanoTime();
		DatasetGraph dataset = store.dataset().asDatasetGraph();
		long quadsBefore = countQuads(dataset);
		DatabaseMgr.compact(switchable(dataset), true);
		long quadsAfter = countQuads(dataset);
		TextIndexRecovery.Outcome text = store.verifyTextIndex(queries, graphNames);
		long bytesAfter = StoreSize.of(directory).total();
		int generationAfter = generation(directory.resolve("tdb2"));
		log.info(
				"Store compacted in {} ms: {} quads before, {} after; {} bytes on disk before, {} after; generation {} to {}",
				(System.nanoTime() - start) / 1_000_000, quadsBefore, quadsAfter, bytesBefore, bytesAfter,
				generationBefore, generationAfter);
		return new Report(quadsBefore, quadsAfter, bytesBefore, bytesAfter, generationBefore, generationAfter,
				text.rebuilt());
	}

	/**
	 * Compacts the open TDB2 database {@code dataset}, whose container directory is
	 * {@code container}: the private store, which has no text index.
	 */
	static Report compact(DatasetGraph dataset, Path container) {
		long bytesBefore = StoreSize.bytesUnder(container);
		int generationBefore = generation(container);
		long quadsBefore = countQuads(dataset);
		DatabaseMgr.compact(switchable(dataset), true);
		long quadsAfter = countQuads(dataset);
		long bytesAfter = StoreSize.bytesUnder(container);
		int generationAfter = generation(container);
		log.info("{} compacted: {} quads before, {} after; {} bytes on disk before, {} after; generation {} to {}",
				container, quadsBefore, quadsAfter, bytesBefore, bytesAfter, generationBefore, generationAfter);
		return new Report(quadsBefore, quadsAfter, bytesBefore, bytesAfter, generationBefore, generationAfter, false);
	}

	/**
	 * The generation of the TDB2 database in {@code container}: the number of its latest
	 * {@code Data-NNNN} directory, the one in use; 0 when it has none.
	 */
	public static int generation(Path container) {
		if (!Files.isDirectory(container)) {
			return 0;
		}
		Path latest = DatabaseOps.findStorageLocation(container);
		if (latest == null) {
			return 0;
		}
		Matcher matcher = GENERATION.matcher(latest.getFileName().toString());
		return matcher.matches() ? Integer.parseInt(matcher.group(1)) : 0;
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
