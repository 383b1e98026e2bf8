package ma.hcp.simimo.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;

import ma.hcp.simimo.SimimoApplication;
import ma.hcp.simimo.search.SearchIndexer;
import ma.hcp.simimo.store.StoreWriter;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The search benchmark of issue 5. Writes a seeded synthetic catalogue
 * ({@link SyntheticCatalogue}, 100,000 datasets unless told otherwise) beside the seed
 * content, starts the application on it, times a full rebuild of the search index and
 * reports the index size and the heap, then times over HTTP, with one keep-alive client,
 * four kinds of request on the same data: (a) a two-word search, (b) the same with two
 * facets selected, (c) autocomplete on a 3 to 5 letter prefix and (d) the anchor, a plain
 * jena-text query for the same two words POSTed to /sparql. The kinds are interleaved
 * (shuffled in each round) through the warm-up and the timed rounds, so the machine's
 * noise falls on all of them alike. Not a test: see docs/benchmarks.md.
 */
public final class SearchBenchmark {

	private static final int RUNS = 300;

	private static final int WARM_UP_ROUNDS = 300;

	private static final long WARM_UP_NANOS = 15_000_000_000L;

	private static final long SEED = SyntheticCatalogue.DEFAULT_SEED;

	/** Two-word queries a researcher would type, each with its language. */
	private static final String[][] QUERIES = { { "migrants retour", "fr" }, { "titre séjour", "fr" },
			{ "réfugiés reconnus", "fr" }, { "transferts fonds", "fr" }, { "salariés étrangers", "fr" },
			{ "demandeurs asile", "fr" }, { "formation professionnelle", "fr" }, { "return migrants", "en" },
			{ "asylum seekers", "en" }, { "residence permit", "en" }, { "foreign employees", "en" },
			{ "smuggling networks", "en" }, { "seasonal workers", "en" }, { "vocational training", "en" },
			{ "المهاجرون العائدون", "ar" }, { "طالبو اللجوء", "ar" }, { "بطاقة الإقامة", "ar" },
			{ "تحويلات المغاربة", "ar" }, { "اللاجئون المسجلون", "ar" }, { "التكوين المهني", "ar" } };

	/** Prefixes typed in the French search box. */
	private static final String[] PREFIXES = { "migr", "réfug", "trav", "étra", "tran", "popu", "salar", "immig",
			"deman", "form" };

	private static final String PRODUCER = "https://w3id.org/simimo/producers/hcp";

	private static final String SOURCE_TYPE = "https://w3id.org/simimo/concepts/source-types/sample-survey";

	private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

	private static final Pattern EMPTY_HITS = Pattern.compile("\"hits\"\\s*:\\s*\\[\\s*]");

	private SearchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int datasets = (args.length > 0) ? Integer.parseInt(args[0]) : SyntheticCatalogue.DEFAULT_COUNT;
		Path root = Files.createTempDirectory("simimo-search-bench-");
		try {
			benchmark(datasets, root);
		}
		finally {
			// The store of 100,000 datasets takes about 2 GB.
			deleteRecursively(root);
		}
	}

	private static void benchmark(int datasets, Path root) throws Exception {
		copyContent(root);
		long start = System.nanoTime();
		long triples = SyntheticCatalogue.write(root.resolve("synthetic/datasets.nt"), datasets, SEED);
		System.out.printf(Locale.ROOT, "Synthetic content: %d datasets, %d triples (seed %d), written in %.1f s%n",
				datasets, triples, SEED, seconds(start));
		start = System.nanoTime();
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SimimoApplication.class).run(
				"--server.port=0", "--simimo.store.directory=" + root.resolve("store"),
				"--simimo.store.content-root=" + root,
				"--simimo.store.content-directories=ontology,vocabularies,synthetic", "--logging.level.root=WARN")) {
			System.out.printf(Locale.ROOT, "Started, loaded and indexed in %.1f s%n", seconds(start));
			SearchIndexer indexer = app.getBean(SearchIndexer.class);
			start = System.nanoTime();
			int resources = indexer.rebuild();
			double build = seconds(start);
			double indexMegabytes = indexer.indexSizeOnDisk() / 1e6;
			System.gc();
			System.gc();
			Runtime runtime = Runtime.getRuntime();
			double heapMegabytes = (runtime.totalMemory() - runtime.freeMemory()) / 1e6;
			System.out.printf(Locale.ROOT, "Index build time (rebuild()): %.1f s for %d resources%n", build, resources);
			System.out.printf(Locale.ROOT, "Index size on disk: %.1f MB%n", indexMegabytes);
			System.out.printf(Locale.ROOT, "Heap used after System.gc(): %.0f MB (max heap %.0f MB)%n", heapMegabytes,
					runtime.maxMemory() / 1e6);

			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			Client client = new Client("http://localhost:" + port);
			check(client);
			Random random = new Random(SEED);
			List<Kind> kinds = List.of(new Kind("(a) two-word search", client::search),
					new Kind("(b) two-word search + 2 facets", client::faceted),
					new Kind("(c) autocomplete (3-5 letters, fr)", client::suggest),
					new Kind("(d) jena-text text:query on /sparql", client::sparql));
			long until = System.nanoTime() + WARM_UP_NANOS;
			for (int round = 0; round < WARM_UP_ROUNDS || System.nanoTime() < until; round++) {
				run(kinds, random, false);
			}
			for (int round = 0; round < RUNS; round++) {
				run(kinds, random, true);
			}
			System.out.printf(Locale.ROOT, "%nHTTP latency, %d runs of each kind after warm-up, interleaved:%n", RUNS);
			for (Kind kind : kinds) {
				System.out.printf(Locale.ROOT, "%-38s p50 %7.2f ms   p95 %7.2f ms%n", kind.name(), kind.median(),
						kind.p95());
			}
			System.out.printf(Locale.ROOT, "Ratio of medians (b)/(d): %.2f%n",
					kinds.get(1).median() / kinds.get(3).median());
			System.out.printf(Locale.ROOT, "%nMedian per query (ms):%n%-28s %8s %8s %8s%n", "query", "(a)", "(b)",
					"(d)");
			for (int i = 0; i < QUERIES.length; i++) {
				System.out.printf(Locale.ROOT, "%-28s %8.2f %8.2f %8.2f%n", QUERIES[i][0], kinds.get(0).median(i),
						kinds.get(1).median(i), kinds.get(3).median(i));
			}
			editToVisible(app, client, datasets, kinds.get(0).median(), random);
		}
	}

	/**
	 * Issue 21's "one record changed, visible in search": retitles one synthetic dataset
	 * through the production write path ({@link StoreWriter}, which commits and updates
	 * the search index before it returns) and times until a search for the new title over
	 * HTTP finds it; the floor is the median of (a) in the same run.
	 */
	private static void editToVisible(ConfigurableApplicationContext app, Client client, int datasets, double floor,
			Random random) {
		StoreWriter writer = app.getBean(StoreWriter.class);
		SearchIndexer indexer = app.getBean(SearchIndexer.class);
		List<Double> times = new ArrayList<>();
		long written = indexer.documentsWritten();
		int edits = 31;
		for (int edit = 0; edit < edits; edit++) {
			String dataset = SyntheticCatalogue.DATASET + random.nextInt(datasets);
			String word = "zqxedit" + edit;
			QuerySolutionMap bindings = new QuerySolutionMap();
			bindings.add("resource", ResourceFactory.createResource(dataset));
			bindings.add("property", ResourceFactory.createResource("http://purl.org/dc/terms/title"));
			bindings.add("text", ResourceFactory.createLangLiteral("Enquête " + word, "fr"));
			long start = System.nanoTime();
			writer.write("benchmark edit", (write) -> write.update("searchtest/replaceFrenchText", bindings));
			String found = client.searchText(word);
			double millis = (System.nanoTime() - start) / 1_000_000.0;
			if (!found.contains(dataset)) {
				System.out.println("Edit " + edit + ": " + dataset + " not found by \"" + word + "\"");
			}
			if (edit > 0) {
				times.add(millis);
			}
		}
		Collections.sort(times);
		double median = times.get(times.size() / 2);
		System.out.printf(Locale.ROOT,
				"%nOne record changed -> visible in search (write + HTTP search), %d edits after 1 untimed: "
						+ "p50 %.1f ms, p95 %.1f ms; %.1f documents written per edit; ratio to (a) %.1f%n",
				times.size(), median, times.get((int) Math.ceil(times.size() * 0.95) - 1),
				(indexer.documentsWritten() - written) / (double) edits, median / floor);
	}

	/** One round: each kind once, in a shuffled order, on the same random query. */
	private static void run(List<Kind> kinds, Random random, boolean timed) {
		int query = random.nextInt(QUERIES.length);
		int prefix = random.nextInt(PREFIXES.length);
		List<Kind> order = new ArrayList<>(kinds);
		Collections.shuffle(order, random);
		for (Kind kind : order) {
			int argument = kind.name().startsWith("(c)") ? prefix : query;
			long start = System.nanoTime();
			kind.request().apply(argument);
			if (timed) {
				kind.times().add((System.nanoTime() - start) / 1_000_000.0);
				kind.arguments().add(argument);
			}
		}
	}

	/** Every query of every kind once, outside the timed loop: HTTP 200 and not empty. */
	private static void check(Client client) {
		List<String> empty = new ArrayList<>();
		for (int i = 0; i < QUERIES.length; i++) {
			String search = client.search(i);
			String faceted = client.faceted(i);
			int rows = rows(client.sparql(i));
			if (total(search) == 0 || EMPTY_HITS.matcher(search).find()) {
				empty.add("(a) " + QUERIES[i][0]);
			}
			if (total(faceted) == 0 || EMPTY_HITS.matcher(faceted).find()) {
				empty.add("(b) " + QUERIES[i][0]);
			}
			if (rows == 0) {
				empty.add("(d) " + QUERIES[i][0]);
			}
			if (i == 0) {
				System.out.printf(Locale.ROOT,
						"Sanity check on \"%s\": (a) total %d hits, (b) total %d hits, (d) %d rows (top 20)%n",
						QUERIES[i][0], total(search), total(faceted), rows);
			}
		}
		for (int i = 0; i < PREFIXES.length; i++) {
			String suggestions = client.suggest(i);
			if (suggestions.strip().equals("[]")) {
				empty.add("(c) " + PREFIXES[i]);
			}
		}
		if (empty.size() > 0) {
			System.out.println("Empty answers (HTTP 200): " + empty);
		}
		for (String kind : new String[] { "(a)", "(b)", "(c)", "(d)" }) {
			long count = empty.stream().filter((entry) -> entry.startsWith(kind)).count();
			int of = kind.equals("(c)") ? PREFIXES.length : QUERIES.length;
			if (count == of) {
				throw new IllegalStateException("Every " + kind + " request answered nothing");
			}
		}
		System.out.println("Checked: every request answered HTTP 200, " + empty.size() + " of "
				+ (3 * QUERIES.length + PREFIXES.length) + " with nothing");
	}

	private static long total(String json) {
		Matcher matcher = TOTAL.matcher(json);
		if (!matcher.find()) {
			throw new IllegalStateException("No total in " + json);
		}
		return Long.parseLong(matcher.group(1));
	}

	private static int rows(String json) {
		ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
				ResultSetLang.RS_JSON);
		int rows = 0;
		while (results.hasNext()) {
			results.next();
			rows++;
		}
		return rows;
	}

	static void copyContent(Path root) throws IOException {
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

	static void deleteRecursively(Path root) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** The four kinds of request, each by the index of its query. */
	private static final class Client {

		private final HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();

		private final String base;

		Client(String base) {
			this.base = base;
		}

		String search(int query) {
			return get(searchUrl(query));
		}

		String searchText(String text) {
			return get(this.base + "/api/search?q=" + encode(text) + "&lang=fr");
		}

		String faceted(int query) {
			return get(searchUrl(query) + "&producer=" + encode(PRODUCER) + "&sourceType=" + encode(SOURCE_TYPE));
		}

		String suggest(int prefix) {
			return get(this.base + "/api/suggest?q=" + encode(PREFIXES[prefix]) + "&lang=fr");
		}

		String sparql(int query) {
			String text = QUERIES[query][0].replace("\\", "\\\\").replace("\"", "\\\"");
			String sparql = "PREFIX text: <http://jena.apache.org/text#>\n"
					+ "PREFIX simimo: <https://w3id.org/simimo/def#>\n"
					+ "SELECT ?s ?score WHERE { (?s ?score) text:query (simimo:anyText \"" + text + "\" 20) }";
			return send(HttpRequest.newBuilder(URI.create(this.base + "/sparql"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", "application/sparql-results+json")
				.POST(HttpRequest.BodyPublishers.ofString("query=" + encode(sparql)))
				.build());
		}

		private String searchUrl(int query) {
			return this.base + "/api/search?q=" + encode(QUERIES[query][0]) + "&lang=" + QUERIES[query][1];
		}

		private String get(String url) {
			return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json").build());
		}

		private String send(HttpRequest request) {
			try {
				HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() != 200) {
					throw new IllegalStateException(
							request.uri() + " answered " + response.statusCode() + ": " + response.body());
				}
				if (response.body().isBlank()) {
					throw new IllegalStateException(request.uri() + " answered an empty body");
				}
				return response.body();
			}
			catch (IOException ex) {
				throw new IllegalStateException(request.uri() + " failed", ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

	/** A kind of request and its timings. */
	private record Kind(String name, IntFunction<String> request, List<Double> times, List<Integer> arguments) {

		Kind(String name, IntFunction<String> request) {
			this(name, request, new ArrayList<>(), new ArrayList<>());
		}

		double median() {
			return median(sorted());
		}

		/** The median of the runs on one query, or NaN if it was never drawn. */
		double median(int argument) {
			double[] sorted = new double[this.times.size()];
			int n = 0;
			for (int i = 0; i < this.times.size(); i++) {
				if (this.arguments.get(i) == argument) {
					sorted[n++] = this.times.get(i);
				}
			}
			sorted = Arrays.copyOf(sorted, n);
			Arrays.sort(sorted);
			return (n == 0) ? Double.NaN : (n % 2 == 1) ? sorted[n / 2] : median(sorted);
		}

		private static double median(double[] sorted) {
			return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
		}

		double p95() {
			double[] sorted = sorted();
			return sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
		}

		private double[] sorted() {
			double[] sorted = this.times.stream().mapToDouble(Double::doubleValue).toArray();
			Arrays.sort(sorted);
			return sorted;
		}

	}

}
