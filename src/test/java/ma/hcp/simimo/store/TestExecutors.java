package ma.hcp.simimo.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.HexFormat;
import java.util.TimeZone;

import org.apache.jena.datatypes.xsd.XSDDateTime;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.text.assembler.TextVocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.assembler.VocabTDB2;
import org.apache.jena.update.UpdateExecution;
import org.apache.jena.vocabulary.RDF;

/**
 * Real SparqlExecutors over in-memory stores built from test fixtures the way the
 * application builds its own: the project's assembler (TDB2 with the union default graph,
 * wrapped by the jena-text index) with both locations in memory, one named graph per
 * fixture file, and the loader's record of each graph in the system graph.
 */
public final class TestExecutors {

	/** The base IRI the application runs with, so graph names match production's. */
	public static final GraphNames GRAPH_NAMES = new GraphNames("https://w3id.org/simimo/");

	private static final Path FIXTURES = Path.of("src/test/resources");

	private static final QueryRegistry QUERIES = new QueryRegistry();

	private TestExecutors() {
	}

	public static SparqlExecutor overFixtures(String... fixtures) {
		return over(storeWith(fixtures));
	}

	/** A real SparqlExecutor over {@code dataset}, as the application builds it. */
	public static SparqlExecutor over(Dataset dataset) {
		return new SparqlExecutor(QUERIES, new EmbeddedQueryTarget(dataset));
	}

	/**
	 * An in-memory store holding each fixture (a path under src/test/resources/fixtures)
	 * in the graph the loader would give it, {@code <base>graphs/fixtures/<path>}.
	 */
	public static Dataset storeWith(String... fixtures) {
		Dataset dataset = inMemoryStore();
		Txn.executeWrite(dataset, () -> {
			for (String fixture : fixtures) {
				load(dataset, "fixtures/" + fixture);
			}
		});
		return dataset;
	}

	private static Dataset inMemoryStore() {
		// The assembler as the application reads it, then both locations moved to memory.
		Model config = StoreAssembler.configuration(TestStores.ASSEMBLER, Path.of("target/unused"));
		inMemory(config, VocabTDB2.pLocation, "--mem--");
		inMemory(config, TextVocab.pDirectory, "mem");
		Resource textDataset = config.listSubjectsWithProperty(RDF.type, TextVocab.textDataset).next();
		return DatasetFactory.assemble(textDataset);
	}

	private static void inMemory(Model config, Property location, String value) {
		config.listSubjectsWithProperty(location).toList().forEach((subject) -> {
			subject.removeAll(location);
			subject.addProperty(location, value);
		});
	}

	private static void load(Dataset dataset, String sourceFile) {
		Path file = FIXTURES.resolve(sourceFile);
		Graph content = GraphFactory.createDefaultGraph();
		RDFParser.source(file).parse(content);
		String graph = GRAPH_NAMES.forFile(sourceFile);
		content.find()
			.forEachRemaining((triple) -> dataset.asDatasetGraph()
				.add(NodeFactory.createURI(graph), triple.getSubject(), triple.getPredicate(), triple.getObject()));
		QuerySolutionMap record = new QuerySolutionMap();
		record.add("systemGraph", ResourceFactory.createResource(GRAPH_NAMES.systemGraph()));
		record.add("graph", ResourceFactory.createResource(graph));
		record.add("sourceFile", ResourceFactory.createTypedLiteral(sourceFile));
		record.add("checksum", ResourceFactory.createTypedLiteral(sha256(file)));
		record.add("triples", ResourceFactory.createTypedLiteral(content.size()));
		record.add("modified",
				ResourceFactory.createTypedLiteral(new XSDDateTime(Calendar.getInstance(TimeZone.getTimeZone("UTC")))));
		UpdateExecution.dataset(dataset)
			.update(QUERIES.update("store/recordLoadedGraph"))
			.substitution(record)
			.execute();
	}

	private static String sha256(Path file) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
