package ma.hcp.simimo.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * Times SPARQL files one by one on a TDB2 store that {@link GapBenchmark} left behind
 * (its store/tdb2 directory, union default graph as in the application), with ?language
 * bound to "fr": rows, and the median wall and CPU time of the query thread over 5 runs
 * after 2 warm-ups. CPU time lets files be compared on a machine that other work shares.
 * Arguments: the store directory, then the .rq files. Not a test: see docs/benchmarks.md.
 */
public final class GapQueryTimings {

	private static final int RUNS = 5;

	private GapQueryTimings() {
	}

	public static void main(String[] args) throws Exception {
		Dataset dataset = TDB2Factory.connectDataset(args[0]);
		dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
		QuerySolutionMap language = new QuerySolutionMap();
		language.add("language", ResourceFactory.createStringLiteral("fr"));
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (int file = 1; file < args.length; file++) {
			Query query = QueryFactory.create(Files.readString(Path.of(args[file])));
			double[] wall = new double[RUNS];
			double[] cpu = new double[RUNS];
			long rows = 0;
			for (int run = -2; run < RUNS; run++) {
				long start = System.nanoTime();
				long startCpu = threads.getCurrentThreadCpuTime();
				rows = Txn.calculateRead(dataset, () -> count(dataset, query, language));
				if (run >= 0) {
					wall[run] = (System.nanoTime() - start) / 1e6;
					cpu[run] = (threads.getCurrentThreadCpuTime() - startCpu) / 1e6;
				}
			}
			Arrays.sort(wall);
			Arrays.sort(cpu);
			System.out.printf(Locale.ROOT, "%-60s rows %6d   wall %8.1f ms   cpu %8.1f ms%n", args[file], rows,
					wall[RUNS / 2], cpu[RUNS / 2]);
		}
	}

	private static long count(Dataset dataset, Query query, QuerySolutionMap bindings) {
		try (QueryExecution execution = QueryExecution.dataset(dataset).query(query).substitution(bindings).build()) {
			long rows = 0;
			ResultSet results = execution.execSelect();
			while (results.hasNext()) {
				results.next();
				rows++;
			}
			return rows;
		}
	}

}
