package ma.hcp.simimo.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * Times the gap queries on an in-memory copy of the union of every named graph of a store
 * {@link GapBenchmark} left behind, to see whether copying the store into memory after
 * each content load would bring the computed analyses under the goal: the copy's time,
 * then each file's median wall time over 5 runs after 2 warm-ups. Arguments: the store
 * directory, then the .rq files. Not a test: see docs/benchmarks.md.
 */
public final class GapSnapshotTimings {

	private GapSnapshotTimings() {
	}

	public static void main(String[] args) throws Exception {
		Dataset tdb = TDB2Factory.connectDataset(args[0]);
		QuerySolutionMap language = new QuerySolutionMap();
		language.add("language", ResourceFactory.createStringLiteral("fr"));
		Model copy = null;
		double[] copies = new double[5];
		for (int run = -1; run < 5; run++) {
			long start = System.nanoTime();
			copy = Txn.calculateRead(tdb, () -> {
				Model model = ModelFactory.createDefaultModel();
				model.getGraph().getPrefixMapping();
				tdb.asDatasetGraph().find(Quad.ANY).forEachRemaining((quad) -> {
					if (!quad.isDefaultGraph()) {
						model.getGraph().add(quad.asTriple());
					}
				});
				return model;
			});
			if (run >= 0) {
				copies[run] = (System.nanoTime() - start) / 1e6;
			}
		}
		Arrays.sort(copies);
		System.out.printf(Locale.ROOT, "copy of %d triples: median %.1f ms%n", copy.size(), copies[2]);
		Dataset memory = DatasetFactory.wrap(copy);
		double total = 0;
		for (int file = 1; file < args.length; file++) {
			Query query = QueryFactory.create(Files.readString(Path.of(args[file])));
			double[] wall = new double[5];
			long rows = 0;
			for (int run = -2; run < 5; run++) {
				long start = System.nanoTime();
				try (QueryExecution execution = QueryExecution.dataset(memory)
					.query(query)
					.substitution(language)
					.build()) {
					ResultSet results = execution.execSelect();
					rows = 0;
					while (results.hasNext()) {
						results.next();
						rows++;
					}
				}
				if (run >= 0) {
					wall[run] = (System.nanoTime() - start) / 1e6;
				}
			}
			Arrays.sort(wall);
			total += wall[2];
			System.out.printf(Locale.ROOT, "%-70s rows %6d   wall %8.1f ms%n", args[file], rows, wall[2]);
		}
		System.out.printf(Locale.ROOT, "sum %.1f ms%n", total);
	}

}
