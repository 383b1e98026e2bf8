package ma.hcp.simimo.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;

import ma.hcp.simimo.SimimoApplication;
import ma.hcp.simimo.catalogue.DatasetRepository;
import ma.hcp.simimo.concept.ConceptRepository;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Times the dataset page and the concept page with a synthetic catalogue of 100,000
 * datasets added to the seed content. For each page: the server-side time (the repository
 * call that builds the page's record, in-process) and the full HTTP round trip of the
 * rendered HTML page on loopback, each as the median and p95 of 200 runs after warm-up.
 * Not a test: see docs/benchmarks.md.
 */
public final class PageBenchmark {

	private static final int RUNS = 200;

	private PageBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int datasets = (args.length > 0) ? Integer.parseInt(args[0]) : 100_000;
		Path root = Files.createTempDirectory("simimo-page-bench-");
		copyContent(root);
		long generated = generate(root.resolve("synthetic/datasets.nt"), datasets);
		System.out.printf(Locale.ROOT, "Synthetic content: %d datasets, %d triples%n", datasets, generated);
		long start = System.nanoTime();
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SimimoApplication.class).run(
				"--server.port=0", "--simimo.store.directory=" + root.resolve("store"),
				"--simimo.store.content-root=" + root,
				"--simimo.store.content-directories=ontology,vocabularies,synthetic", "--logging.level.root=WARN")) {
			System.out.printf(Locale.ROOT, "Started and loaded in %.1f s%n", (System.nanoTime() - start) / 1e9);
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			DatasetRepository datasetRepository = app.getBean(DatasetRepository.class);
			ConceptRepository conceptRepository = app.getBean(ConceptRepository.class);
			HttpClient http = HttpClient.newHttpClient();
			Random random = new Random(42);
			String concept = "https://w3id.org/simimo/concepts/hcp-rgph/legal-population";

			report("dataset page, server (repository)", time(() -> datasetRepository
				.page("https://w3id.org/simimo/datasets/synthetic-" + random.nextInt(datasets), Locale.FRENCH)));
			report("dataset page, HTTP round trip", time(
					() -> get(http, "http://localhost:" + port + "/datasets/synthetic-" + random.nextInt(datasets))));
			report("concept page, server (repository)", time(() -> conceptRepository.page(concept, Locale.FRENCH)));
			report("concept page, HTTP round trip",
					time(() -> get(http, "http://localhost:" + port + "/concepts/hcp-rgph/legal-population")));
			report("producer page (HCP), HTTP round trip",
					time(() -> get(http, "http://localhost:" + port + "/producers/hcp")));
		}
	}

	private static void copyContent(Path root) throws IOException {
		for (String directory : new String[] { "ontology", "vocabularies" }) {
			Files.createDirectories(root.resolve(directory));
			try (Stream<Path> files = Files.list(Path.of(directory))) {
				for (Path file : files.toList()) {
					Files.copy(file, root.resolve(directory).resolve(file.getFileName()),
							StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

	/**
	 * Datasets shaped like the seed catalogue's, each measuring one of the real national
	 * concepts.
	 */
	private static long generate(Path file, int count) throws IOException {
		Files.createDirectories(file.getParent());
		String[] producers = { "hcp", "dgsn", "anapec", "cnss", "miepeec", "interieur", "maecamre",
				"office-des-changes", "unhcr" };
		String[] concepts = { "hcp-rgph/legal-population", "hcp-rgph/foreigner", "hcp-enmi/current-migrant",
				"hcp-enmi/return-migrant", "dgsn-residence/foreign-resident" };
		String[] types = { "census", "sample-survey", "administrative-register" };
		long triples = 0;
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			for (int i = 0; i < count; i++) {
				String s = "<https://w3id.org/simimo/datasets/synthetic-" + i + ">";
				line(out, s, "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>",
						"<http://www.w3.org/ns/dcat#Dataset>");
				line(out, s, "<http://purl.org/dc/terms/title>", "\"Jeu de données synthétique " + i + "\"@fr");
				line(out, s, "<http://purl.org/dc/terms/title>", "\"Synthetic dataset " + i + "\"@en");
				line(out, s, "<http://purl.org/dc/terms/description>",
						"\"Statistique synthétique numéro " + i + " pour mesurer les pages.\"@fr");
				line(out, s, "<http://purl.org/dc/terms/publisher>",
						"<https://w3id.org/simimo/producers/" + producers[i % producers.length] + ">");
				line(out, s, "<https://w3id.org/simimo/def#owner>",
						"<https://w3id.org/simimo/producers/" + producers[i % producers.length] + ">");
				line(out, s, "<https://w3id.org/simimo/def#sourceType>",
						"<https://w3id.org/simimo/concepts/source-types/" + types[i % types.length] + ">");
				line(out, s, "<https://w3id.org/simimo/def#measures>",
						"<https://w3id.org/simimo/concepts/" + concepts[i % concepts.length] + ">");
				line(out, s, "<http://www.w3.org/ns/dcat#keyword>", "\"synthétique\"@fr");
				line(out, s, "<http://purl.org/dc/terms/source>", "<https://w3id.org/simimo/sources/hcp-2022-simimo>");
				triples += 10;
			}
		}
		return triples;
	}

	private static void line(BufferedWriter out, String s, String p, String o) throws IOException {
		out.write(s + " " + p + " " + o + " .\n");
	}

	private static Object get(HttpClient http, String url) {
		try {
			HttpResponse<String> response = http.send(
					HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(url + " answered " + response.statusCode());
			}
			return response;
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static double[] time(Supplier<Object> work) {
		for (int i = 0; i < 100; i++) {
			work.get();
		}
		double[] millis = new double[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			work.get();
			millis[i] = (System.nanoTime() - start) / 1_000_000.0;
		}
		Arrays.sort(millis);
		return millis;
	}

	private static void report(String what, double[] sorted) {
		System.out.printf(Locale.ROOT, "%-36s median %7.2f ms   p95 %7.2f ms%n", what,
				(sorted[RUNS / 2 - 1] + sorted[RUNS / 2]) / 2, sorted[(int) (RUNS * 0.95)]);
	}

}
