package ma.hcp.simimo.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;

import ma.hcp.simimo.SimimoApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The load suite of issue 16: the application on the seed content, first each page alone
 * (single-user medians), then 50 closed-loop users (no think time unless asked) for 60 s
 * on a mix of nine pages (home, search with and without facets, dataset, concept,
 * divergence matrix, indicator coverage, glossary export, SPARQL query). Prints
 * throughput, p50, p95 and p99 per page, errors and heap, then checks the budget: no
 * error, each page's p99 at most 20 times its single-user median, matrix and search p95
 * under 1 s. A bounded client of java.net.http, not Gatling
 * (docs/decisions/0016-load-suite.md). Not a test: see docs/benchmarks.md.
 */
public final class LoadBenchmark {

	private static final String NS = "https://w3id.org/simimo/";

	/** p99 may be at most this many times the page's single-user median. */
	private static final int P99_OVER_MEDIAN = 20;

	/** The pages whose p95 must stay under {@link #P95_LIMIT_MS}. */
	private static final List<String> P95_BOUND = List.of("matrix", "search", "search+facet");

	private static final double P95_LIMIT_MS = 1000;

	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

	private LoadBenchmark() {
	}

	/**
	 * Arguments, all optional: users (50), seconds of load (60), single-user rounds (30),
	 * think time in milliseconds between a user's answer and its next request (0).
	 * {@code -Dload.jfr=FILE} records a JFR profile of the load phase into FILE.
	 */
	public static void main(String[] args) throws Exception {
		int users = (args.length > 0) ? Integer.parseInt(args[0]) : 50;
		int seconds = (args.length > 1) ? Integer.parseInt(args[1]) : 60;
		int rounds = (args.length > 2) ? Integer.parseInt(args[2]) : 30;
		int thinkMillis = (args.length > 3) ? Integer.parseInt(args[3]) : 0;
		Path store = Files.createTempDirectory("simimo-load-bench-");
		System.out.printf(Locale.ROOT,
				"Load suite: %d users, %d s, think time %d ms; %d single-user rounds; store in %s%n", users, seconds,
				thinkMillis, rounds, store);
		System.out.printf(Locale.ROOT, "Load average before the start: %.2f%n", loadAverage());
		long start = System.nanoTime();
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SimimoApplication.class).run(
				"--server.port=0", "--simimo.store.directory=" + store, "--simimo.store.content-root=.",
				"--logging.level.root=WARN")) {
			System.out.printf(Locale.ROOT, "Started and loaded the seed content in %.1f s%n",
					(System.nanoTime() - start) / 1e9);
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			List<Page> pages = pages("http://localhost:" + port);
			HttpClient http = HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1)
				.connectTimeout(Duration.ofSeconds(10))
				.build();
			check(http, pages);
			warmUp(http, pages, Duration.ofSeconds(15));
			Map<String, double[]> single = singleUser(http, pages, rounds);
			System.out.printf(Locale.ROOT, "Load average before the load phase: %.2f%n", loadAverage());
			LoadResult load = load(http, pages, users, Duration.ofSeconds(seconds), thinkMillis);
			System.out.printf(Locale.ROOT, "Load average after the load phase: %.2f%n", loadAverage());
			boolean holds = report(pages, single, load);
			System.out.println(holds ? "BUDGET: HOLDS" : "BUDGET: BROKEN");
		}
	}

	/**
	 * The mix: each page with its weight (its share of the load phase's requests) and the
	 * requests a user picks from at random.
	 */
	private static List<Page> pages(String base) {
		List<Page> pages = new ArrayList<>();
		pages.add(new Page("home", 10,
				List.of(get(base + "/?lang=fr"), get(base + "/?lang=en"), get(base + "/?lang=ar"))));
		List<String> words = List.of("migrants", "travailleurs", "réfugiés", "emploi", "retour", "résidence",
				"transferts", "population étrangère", "migrant workers", "asylum", "المهاجرون", "recensement");
		pages.add(new Page("search", 15,
				words.stream().map((word) -> get(base + "/search?lang=fr&q=" + encode(word))).toList()));
		List<String> facets = List.of("type=dataset", "producer=" + encode(NS + "producers/hcp"), "type=concept",
				"producer=" + encode(NS + "producers/dgsn"));
		List<Request> faceted = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			faceted.add(get(base + "/search?lang=fr&q=" + encode(words.get(i)) + "&" + facets.get(i % facets.size())));
		}
		pages.add(new Page("search+facet", 15, faceted));
		pages.add(new Page("dataset", 15,
				List.of("miepeec-moroccan-workers-placed-abroad", "miepeec-immigrants-authorised-salaried-employment",
						"miepeec-vocational-training-immigrants", "interieur-failed-irregular-migration-attempts",
						"interieur-voluntary-return-vulnerable-migrants")
					.stream()
					.map((id) -> get(base + "/datasets/" + id))
					.toList()));
		pages.add(
				new Page("concept", 15,
						List.of("hcp-rgph/legal-population", "un-1998/international-migrant",
								"un-1998/long-term-migrant", "hcp-rgph/foreigner")
							.stream()
							.map((id) -> get(base + "/concepts/" + id))
							.toList()));
		pages.add(new Page("matrix", 10, List.of(get(base + "/gaps/divergences?lang=fr"),
				get(base + "/gaps/divergences?lang=en"), get(base + "/gaps/divergences?lang=ar"))));
		pages.add(new Page("indicators", 8,
				List.of(get(base + "/gaps/indicators?lang=fr"), get(base + "/gaps/indicators?lang=en"))));
		String concepts = encode(String.join(",", NS + "concepts/un-1998/international-migrant",
				NS + "concepts/un-1998/long-term-migrant", NS + "concepts/hcp-rgph/legal-population"));
		pages.add(new Page("glossary export", 6,
				List.of(get(base + "/glossary/export?format=csv&langs=fr,en&concepts=" + concepts),
						get(base + "/glossary/export?format=xlsx&langs=fr,ar&concepts=" + concepts),
						get(base + "/glossary/export?format=html&langs=fr,en,ar&concepts=" + concepts))));
		String query = """
				PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
				SELECT ?concept ?label WHERE { ?concept a skos:Concept ; skos:prefLabel ?label .
				  FILTER (lang(?label) = "fr") } ORDER BY ?label LIMIT 50""";
		pages.add(new Page("sparql", 6, List.of(new Request(URI.create(base + "/sparql"), "query=" + encode(query),
				"application/sparql-results+json"))));
		return pages;
	}

	/** Every request once: each must answer 200 with a body, or the suite stops here. */
	private static void check(HttpClient http, List<Page> pages) throws Exception {
		int checked = 0;
		for (Page page : pages) {
			for (Request request : page.requests()) {
				HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
				if (response.statusCode() != 200 || response.body().length == 0) {
					throw new IllegalStateException(page.name() + ": " + request.uri() + " answered "
							+ response.statusCode() + " with " + response.body().length + " bytes");
				}
				checked++;
			}
		}
		System.out.printf(Locale.ROOT, "Checked %d requests: each answered 200 with a body%n", checked);
	}

	private static void warmUp(HttpClient http, List<Page> pages, Duration duration) {
		long until = System.nanoTime() + duration.toNanos();
		Random random = new Random(1);
		int sent = 0;
		while (System.nanoTime() < until) {
			for (Page page : pages) {
				send(http, page.pick(random));
				sent++;
			}
		}
		System.out.printf(Locale.ROOT, "Warm-up: %d requests in %d s, one at a time%n", sent, duration.toSeconds());
	}

	/**
	 * One user: each round visits every page once, in a shuffled order, so the machine's
	 * noise falls on all pages alike.
	 */
	private static Map<String, double[]> singleUser(HttpClient http, List<Page> pages, int rounds) {
		Random random = new Random(2);
		Map<String, double[]> millis = new LinkedHashMap<>();
		pages.forEach((page) -> millis.put(page.name(), new double[rounds]));
		List<Page> order = new ArrayList<>(pages);
		for (int round = 0; round < rounds; round++) {
			Collections.shuffle(order, random);
			for (Page page : order) {
				Outcome outcome = send(http, page.pick(random));
				if (outcome.error() != null) {
					throw new IllegalStateException(page.name() + " failed with one user: " + outcome.error());
				}
				millis.get(page.name())[round] = outcome.millis();
			}
		}
		millis.values().forEach(Arrays::sort);
		return millis;
	}

	/**
	 * {@code users} closed-loop users, one thread each: each sends its next request
	 * {@code thinkMillis} after the last one is answered, until the time is up.
	 */
	private static LoadResult load(HttpClient http, List<Page> pages, int users, Duration duration, int thinkMillis)
			throws Exception {
		int totalWeight = pages.stream().mapToInt(Page::weight).sum();
		Map<String, List<Double>> millis = new ConcurrentHashMap<>();
		Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
		Map<String, String> firstError = new ConcurrentHashMap<>();
		pages.forEach((page) -> {
			millis.put(page.name(), Collections.synchronizedList(new ArrayList<>()));
			errors.put(page.name(), new AtomicLong());
		});
		HeapSampler heap = new HeapSampler();
		Recording recording = startRecording();
		long gcBefore = gcMillis();
		long cpuBefore = processCpuNanos();
		ExecutorService workers = Executors.newFixedThreadPool(users);
		long start = System.nanoTime();
		long until = start + duration.toNanos();
		List<Future<?>> running = new ArrayList<>();
		for (int user = 0; user < users; user++) {
			Random random = new Random(100 + user);
			running.add(workers.submit(() -> {
				while (System.nanoTime() < until) {
					Page page = pick(pages, totalWeight, random);
					Outcome outcome = send(http, page.pick(random));
					if (outcome.error() == null) {
						millis.get(page.name()).add(outcome.millis());
					}
					else {
						errors.get(page.name()).incrementAndGet();
						firstError.putIfAbsent(page.name(), outcome.error());
					}
					if (thinkMillis > 0) {
						Thread.sleep(thinkMillis);
					}
				}
				return null;
			}));
		}
		for (Future<?> user : running) {
			user.get();
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		workers.shutdown();
		long cpu = processCpuNanos() - cpuBefore;
		long gc = gcMillis() - gcBefore;
		heap.stop();
		stopRecording(recording);
		Map<String, double[]> sorted = new LinkedHashMap<>();
		millis.forEach((name, values) -> sorted.put(name,
				values.stream().mapToDouble(Double::doubleValue).sorted().toArray()));
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		long afterGc = memory.getHeapMemoryUsage().getUsed();
		return new LoadResult(users, elapsed, sorted, errors, firstError, heap.maxUsed(), afterGc,
				memory.getHeapMemoryUsage().getMax(), cpu / 1e9, gc);
	}

	private static Page pick(List<Page> pages, int totalWeight, Random random) {
		int drawn = random.nextInt(totalWeight);
		for (Page page : pages) {
			drawn -= page.weight();
			if (drawn < 0) {
				return page;
			}
		}
		throw new IllegalStateException("weights");
	}

	private static Outcome send(HttpClient http, Request request) {
		long start = System.nanoTime();
		try {
			HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			double millis = (System.nanoTime() - start) / 1e6;
			if (response.statusCode() != 200 || response.body().length == 0) {
				return new Outcome(millis, "HTTP " + response.statusCode() + " (" + response.body().length
						+ " bytes) for " + request.uri());
			}
			return new Outcome(millis, null);
		}
		catch (Exception ex) {
			return new Outcome((System.nanoTime() - start) / 1e6, ex + " for " + request.uri());
		}
	}

	/** Prints the figures and the budget; true when every part of the budget holds. */
	private static boolean report(List<Page> pages, Map<String, double[]> single, LoadResult load) {
		long requests = load.millis().values().stream().mapToLong((values) -> values.length).sum();
		long errors = load.errors().values().stream().mapToLong(AtomicLong::get).sum();
		System.out.println();
		System.out.printf(Locale.ROOT,
				"Load phase: %d users, %.1f s, %d requests answered, %d errors, %.1f requests/s%n", load.users(),
				load.seconds(), requests, errors, (requests + errors) / load.seconds());
		System.out.printf(Locale.ROOT,
				"Heap: at most %.0f MB used during the load, %.0f MB after a GC, max %.0f MB; GC %d ms; process CPU %.1f s (%.2f cores)%n",
				load.maxHeapUsed() / 1e6, load.heapAfterGc() / 1e6, load.maxHeap() / 1e6, load.gcMillis(),
				load.cpuSeconds(), load.cpuSeconds() / load.seconds());
		System.out.println("(one JVM holds the application and the 50-user client: heap and CPU are of both)");
		System.out.println();
		System.out.printf(Locale.ROOT, "%-16s %10s %8s %6s %9s %9s %9s %9s %8s%n", "page", "1 user p50", "count",
				"errors", "p50", "p95", "p99", "max", "p99/1u");
		boolean holds = errors == 0;
		List<String> broken = new ArrayList<>();
		if (errors > 0) {
			broken.add(errors + " errors");
		}
		for (Page page : pages) {
			double median = percentile(single.get(page.name()), 0.5);
			double[] values = load.millis().get(page.name());
			long pageErrors = load.errors().get(page.name()).get();
			if (values.length == 0) {
				System.out.printf(Locale.ROOT, "%-16s %10.1f %8d %6d (no answer)%n", page.name(), median, 0,
						pageErrors);
				holds = false;
				broken.add(page.name() + ": no answer");
				continue;
			}
			double p95 = percentile(values, 0.95);
			double p99 = percentile(values, 0.99);
			System.out.printf(Locale.ROOT, "%-16s %10.1f %8d %6d %9.1f %9.1f %9.1f %9.1f %8.1f%n", page.name(), median,
					values.length, pageErrors, percentile(values, 0.5), p95, p99, values[values.length - 1],
					p99 / median);
			if (p99 > P99_OVER_MEDIAN * median) {
				holds = false;
				broken.add(String.format(Locale.ROOT, "%s p99 %.1f ms > %d x %.1f ms", page.name(), p99,
						P99_OVER_MEDIAN, median));
			}
			if (P95_BOUND.contains(page.name()) && p95 >= P95_LIMIT_MS) {
				holds = false;
				broken.add(String.format(Locale.ROOT, "%s p95 %.1f ms >= %.0f ms", page.name(), p95, P95_LIMIT_MS));
			}
		}
		load.firstError().forEach((page, error) -> System.out.println("first error on " + page + ": " + error));
		System.out.println();
		System.out.printf(Locale.ROOT, "Budget: 0 errors; p99 <= %d x the single-user median; p95 < %.0f ms for %s%n",
				P99_OVER_MEDIAN, P95_LIMIT_MS, String.join(", ", P95_BOUND));
		broken.forEach((line) -> System.out.println("  broken: " + line));
		return holds;
	}

	/**
	 * Nearest rank: the smallest value with at least {@code fraction} of them at or below
	 * it.
	 */
	static double percentile(double[] sorted, double fraction) {
		int rank = (int) Math.ceil(fraction * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	private static Recording startRecording() throws Exception {
		String file = System.getProperty("load.jfr");
		if (file == null || file.isBlank()) {
			return null;
		}
		Recording recording = new Recording(Configuration.getConfiguration("profile"));
		recording.setDestination(Path.of(file));
		recording.start();
		System.out.println("JFR recording of the load phase into " + file);
		return recording;
	}

	private static void stopRecording(Recording recording) {
		if (recording != null) {
			recording.stop();
			recording.close();
		}
	}

	private static long gcMillis() {
		return ManagementFactory.getGarbageCollectorMXBeans()
			.stream()
			.mapToLong(GarbageCollectorMXBean::getCollectionTime)
			.sum();
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	private static double loadAverage() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static Request get(String uri) {
		return new Request(URI.create(uri), null, "text/html,*/*;q=0.8");
	}

	/** A GET, or a form POST when {@code form} is given. */
	private record Request(URI uri, String form, String accept) {

		HttpRequest build() {
			HttpRequest.Builder builder = HttpRequest.newBuilder(this.uri)
				.timeout(REQUEST_TIMEOUT)
				.header("Accept", this.accept);
			if (this.form == null) {
				return builder.GET().build();
			}
			return builder.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(this.form))
				.build();
		}

	}

	private record Page(String name, int weight, List<Request> requests) {

		Request pick(Random random) {
			return this.requests.get(random.nextInt(this.requests.size()));
		}

	}

	private record Outcome(double millis, String error) {
	}

	private record LoadResult(int users, double seconds, Map<String, double[]> millis, Map<String, AtomicLong> errors,
			Map<String, String> firstError, long maxHeapUsed, long heapAfterGc, long maxHeap, double cpuSeconds,
			long gcMillis) {
	}

	/** The most heap in use, sampled every 100 ms. */
	private static final class HeapSampler {

		private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

		private final AtomicLong max = new AtomicLong();

		HeapSampler() {
			MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
			this.timer.scheduleAtFixedRate(
					() -> this.max.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max), 0, 100,
					TimeUnit.MILLISECONDS);
		}

		long maxUsed() {
			return this.max.get();
		}

		void stop() {
			this.timer.shutdownNow();
		}

	}

}
