package ma.hcp.simimo.bench;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

import ma.hcp.simimo.SimimoApplication;
import ma.hcp.simimo.store.QueryRegistry;
import ma.hcp.simimo.store.SparqlExecutor;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Times one lookup query of the application, run in-process through the SparqlExecutor
 * and through /sparql over HTTP, on the seed content. Each way is warmed up, then run 100
 * times; the medians and their ratio come from the same run. Not a test: run it with the
 * command in docs/benchmarks.md.
 */
public final class LookupBenchmark {

	private static final int RUNS = 100;

	private static final long WARM_UP_NANOS = 5_000_000_000L;

	private LookupBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path store = Files.createTempDirectory("simimo-bench-");
		String resource = (args.length > 0) ? args[0] : "https://w3id.org/simimo/datasets/enmi-2018-2019";
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SimimoApplication.class)
			.run("--server.port=0", "--simimo.store.directory=" + store, "--logging.level.root=WARN")) {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			SparqlExecutor executor = app.getBean(SparqlExecutor.class);
			QueryRegistry registry = app.getBean(QueryRegistry.class);

			QuerySolutionMap bindings = new QuerySolutionMap();
			bindings.add("resource", ResourceFactory.createResource(resource));
			Query substituted = QueryTransformOps.transform(registry.query("linkeddata/describeResource"),
					bindings.asMap()
						.entrySet()
						.stream()
						.collect(java.util.stream.Collectors.toMap(
								(e) -> org.apache.jena.sparql.core.Var.alloc(e.getKey()),
								(e) -> e.getValue().asNode())));
			String body = "query=" + URLEncoder.encode(substituted.serialize(), StandardCharsets.UTF_8);
			HttpClient http = HttpClient.newHttpClient();
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", "application/n-triples")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();

			Supplier<Model> inProcess = () -> executor.construct("linkeddata/describeResource", bindings);
			Supplier<Model> overHttp = () -> {
				try {
					HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
					Model model = ModelFactory.createDefaultModel();
					RDFDataMgr.read(model, new ByteArrayInputStream(response.body()), Lang.NTRIPLES);
					return model;
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			};

			long inProcessSize = inProcess.get().size();
			long httpSize = overHttp.get().size();
			if (inProcessSize != httpSize || inProcessSize == 0) {
				throw new IllegalStateException(
						"The two ways disagree: " + inProcessSize + " vs " + httpSize + " triples");
			}
			// Interleave the warm-ups so both paths see the same JIT state and machine
			// noise.
			warmUp(inProcess, overHttp);
			double[] local = time(inProcess);
			double[] remote = time(overHttp);
			report(resource, inProcessSize, local, remote);
		}
	}

	private static void warmUp(Supplier<Model> first, Supplier<Model> second) {
		long until = System.nanoTime() + WARM_UP_NANOS;
		int rounds = 0;
		while (System.nanoTime() < until || rounds < 200) {
			first.get();
			second.get();
			rounds++;
		}
	}

	private static double[] time(Supplier<Model> work) {
		double[] millis = new double[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			work.get();
			millis[i] = (System.nanoTime() - start) / 1_000_000.0;
		}
		Arrays.sort(millis);
		return millis;
	}

	private static void report(String resource, long triples, double[] local, double[] remote) {
		List<String> lines = new ArrayList<>();
		lines.add("Lookup: linkeddata/describeResource.rq on <" + resource + "> (" + triples + " triples), " + RUNS
				+ " runs each after warm-up");
		lines.add(String.format(Locale.ROOT, "in-process  median %.3f ms  p90 %.3f ms", median(local),
				local[RUNS * 9 / 10]));
		lines.add(String.format(Locale.ROOT, "HTTP        median %.3f ms  p90 %.3f ms", median(remote),
				remote[RUNS * 9 / 10]));
		lines.add(
				String.format(Locale.ROOT, "HTTP / in-process ratio of medians: %.2f", median(remote) / median(local)));
		lines.forEach(System.out::println);
	}

	private static double median(double[] sorted) {
		return (sorted[RUNS / 2 - 1] + sorted[RUNS / 2]) / 2;
	}

}
