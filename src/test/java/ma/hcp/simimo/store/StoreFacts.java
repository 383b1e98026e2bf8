package ma.hcp.simimo.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

import org.springframework.context.ApplicationContext;

/**
 * What a store directory holds, read straight from its TDB2 database by a process that is
 * not the application (as after a crash, before any restart loads content again), and the
 * jena-text verification of a running application. For the fault suite and its tests.
 *
 * @param quads the quads of every graph
 * @param recorded the content graphs the system graph records, with the file and SHA-256
 * @param checksumProblems the recorded files whose SHA-256 on disk differs, or that are
 * gone
 * @param missing the subjects asked for that have no quad
 */
public record StoreFacts(long quads, Map<String, String[]> recorded, List<String> checksumProblems,
		List<String> missing) {

	/**
	 * Opens the TDB2 database under {@code storeDirectory} (running TDB2's own recovery
	 * of an interrupted commit), reads it, and closes it.
	 * @param contentRoot where the recorded source files are, to check their checksums
	 * @param subjects IRIs that must have at least one quad
	 */
	public static StoreFacts read(Path storeDirectory, Path contentRoot, Collection<String> subjects) {
		DatasetGraph store = DatabaseMgr.connectDatasetGraph(Location.create(storeDirectory.resolve("tdb2")));
		try {
			return Txn.calculateRead(store, () -> {
				long quads = 0;
				Iterator<?> all = store.find();
				while (all.hasNext()) {
					all.next();
					quads++;
				}
				Map<String, String[]> recorded = recorded(store);
				List<String> problems = new ArrayList<>();
				recorded.forEach((graph, file) -> {
					Path source = contentRoot.resolve(file[0]);
					if (!Files.isRegularFile(source)) {
						problems.add(file[0] + " is gone");
					}
					else if (!sha256(source).equals(file[1])) {
						problems.add(file[0] + " differs from its recorded SHA-256");
					}
				});
				List<String> missing = new ArrayList<>();
				for (String subject : subjects) {
					Node node = NodeFactory.createURI(subject);
					if (!store.find(Node.ANY, node, Node.ANY, Node.ANY).hasNext()) {
						missing.add(subject);
					}
				}
				return new StoreFacts(quads, recorded, problems, missing);
			});
		}
		finally {
			TDBInternal.expel(store);
		}
	}

	public boolean records(String graph) {
		return this.recorded.containsKey(graph);
	}

	/**
	 * The jena-text verification the start runs, run again on the running application:
	 * not rebuilt means the index records the store's content version and holds one
	 * document per indexed value.
	 */
	public static TextIndexRecovery.Outcome verifyTextIndex(ApplicationContext app) {
		Dataset dataset = app.getBean(Dataset.class);
		return TextIndexRecovery.verify(dataset.asDatasetGraph(), app.getBean(QueryRegistry.class),
				app.getBean(GraphNames.class), null);
	}

	private static Map<String, String[]> recorded(DatasetGraph store) {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("systemGraph",
				ResourceFactory.createResource(new GraphNames("https://w3id.org/simimo/").systemGraph()));
		Map<String, String[]> recorded = new LinkedHashMap<>();
		try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(store))
			.query(query("store/loadedGraphs"))
			.substitution(bindings)
			.build()) {
			execution.execSelect()
				.forEachRemaining((row) -> recorded.put(row.getResource("graph").getURI(), new String[] {
						row.getLiteral("sourceFile").getLexicalForm(), row.getLiteral("checksum").getLexicalForm() }));
		}
		return recorded;
	}

	private static String query(String name) {
		try (InputStream in = StoreFacts.class.getResourceAsStream("/queries/" + name + ".rq")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
