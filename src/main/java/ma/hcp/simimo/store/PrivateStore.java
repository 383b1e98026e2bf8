package ma.hcp.simimo.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.ShaclPaths;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The private store of decision 0019: a second TDB2 database at
 * {@code <simimo.store.directory>/private}, opened by the application alone. It has no
 * text index and is in no Fuseki service, so neither {@code /sparql}, the linked data,
 * search nor any export reads it; it holds the accounts, the authorship of glossaries and
 * the private glossaries. It is local even when the public store is a remote endpoint.
 * Each write is one transaction, validated against {@value #SHAPES} before it commits.
 */
public final class PrivateStore implements AutoCloseable {

	/** The directory under the store directory. */
	public static final String DIRECTORY = "private";

	/** The SHACL shapes every write must leave the private store conforming to. */
	static final String SHAPES = "store/private-shapes.ttl";

	private static final Logger log = LoggerFactory.getLogger(PrivateStore.class);

	private final Dataset dataset;

	private final Path directory;

	private final QueryRegistry queries;

	private final SparqlExecutor reader;

	private final Shapes shapes;

	/**
	 * Writes committed since the store opened: what the editors' search index follows.
	 */
	private final AtomicLong writes = new AtomicLong();

	private PrivateStore(Dataset dataset, Path directory, QueryRegistry queries) {
		this.dataset = dataset;
		this.directory = directory;
		this.queries = queries;
		this.reader = new SparqlExecutor(queries, new EmbeddedQueryTarget(dataset));
		this.shapes = Shapes.parse(shapesGraph());
	}

	/** Opens (or creates) the private store under {@code storeDirectory}. */
	public static PrivateStore open(Path storeDirectory, QueryRegistry queries) {
		Path directory = storeDirectory.toAbsolutePath().normalize().resolve(DIRECTORY);
		try {
			Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new StoreConfigurationException("Cannot create the private store " + directory + ": " + ex);
		}
		Dataset dataset = TDB2Factory.connectDataset(directory.toString());
		log.info("Private store at {}", directory);
		return new PrivateStore(dataset, directory, queries);
	}

	/** The private shapes, for checking values before a write. */
	Shapes shapes() {
		return this.shapes;
	}

	/** Reads the private store, one read transaction per query. */
	public SparqlExecutor reader() {
		return this.reader;
	}

	public Path directory() {
		return this.directory;
	}

	/**
	 * The private database itself, for {@link EditorViews} alone, which reads it under
	 * its own read transaction.
	 */
	DatasetGraph datasetGraph() {
		return this.dataset.asDatasetGraph();
	}

	/**
	 * Runs {@code steps} as one transaction; when the private store would break its
	 * shapes, nothing lands.
	 * @param purpose what the write is, for the log
	 * @throws ContentValidationException naming the focus node, path and message of each
	 * violation
	 */
	public void write(String purpose, Consumer<StoreWrite> steps) {
		Txn.executeWrite(this.dataset, () -> {
			steps.accept(new StoreWrite(this.dataset.asDatasetGraph(), this.queries));
			ValidationReport report = ShaclValidator.get()
				.validate(this.shapes, this.dataset.asDatasetGraph().getUnionGraph());
			if (!report.conforms()) {
				throw new ContentValidationException("Private store write (" + purpose + ") refused: "
						+ report.getEntries()
							.stream()
							.map((entry) -> entry.focusNode() + " "
									+ ((entry.resultPath() == null) ? "" : ShaclPaths.pathToString(entry.resultPath()))
									+ ": " + entry.message())
							.collect(Collectors.joining("; ")));
			}
		});
		this.writes.incrementAndGet();
		log.info("Private store write: {}", purpose);
	}

	/**
	 * The writes committed since the store opened; a change of it tells the editors'
	 * search index (decision 0027) that drafts or restricted records may have changed.
	 */
	public long writes() {
		return this.writes.get();
	}

	/**
	 * What the private store holds, in counts only: never a value of it.
	 *
	 * @param quads its quads
	 * @param graphs its named graphs
	 * @param generation the TDB2 generation in use
	 * @param bytesOnDisk the bytes of its directory
	 */
	public record Status(long quads, long graphs, int generation, long bytesOnDisk) {
	}

	public Status status() {
		DatasetGraph graph = this.dataset.asDatasetGraph();
		long graphs = Txn.calculateRead(graph, () -> {
			long count = 0;
			for (var names = graph.listGraphNodes(); names.hasNext(); names.next()) {
				count++;
			}
			return count;
		});
		return new Status(StoreCompaction.countQuads(graph), graphs, StoreCompaction.generation(this.directory),
				StoreCompaction.StoreSize.bytesUnder(this.directory));
	}

	/**
	 * Compacts the private store while it is open: TDB2 lets its reads go on and holds
	 * its writes until the new generation is in use (decision 0022).
	 */
	public StoreCompaction.Report compact() {
		return StoreCompaction.compact(this.dataset.asDatasetGraph(), this.directory);
	}

	private static Graph shapesGraph() {
		Graph graph = GraphFactory.createDefaultGraph();
		try (InputStream in = PrivateStore.class.getClassLoader().getResourceAsStream(SHAPES)) {
			if (in == null) {
				throw new StoreConfigurationException("No " + SHAPES + " on the classpath");
			}
			RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return graph;
	}

	@Override
	public void close() {
		this.dataset.close();
		TDBInternal.expel(this.dataset.asDatasetGraph());
		log.info("Private store closed");
	}

}
