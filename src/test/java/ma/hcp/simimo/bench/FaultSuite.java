package ma.hcp.simimo.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import ma.hcp.simimo.ChildApplication;
import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.SimimoApplication;
import ma.hcp.simimo.search.HaltsAfterStoreCommit;
import ma.hcp.simimo.search.SearchIndexFacts;
import ma.hcp.simimo.store.StoreFacts;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The fault suite of issue 16. The application runs in child JVMs that are killed with
 * SIGKILL ({@code kill -9}): (i) during the content load of a synthetic catalogue of
 * about a million triples, at several points from parsing to the search index rebuild;
 * (ii) during glossary saves under concurrent reads; (iii) between a content load's store
 * commit and the search index update (a test listener halts the JVM there). After each
 * kill, this JVM opens the store directly (the state before any restart loads content
 * again): it must open, hold the quads of the state before or after the write and never
 * between, record checksums that match the files, and hold every glossary whose save was
 * answered 303. Then the application restarts here on the same store, and its jena-text
 * index and search index must agree with the store. Last, (iv) each file type of each
 * index of a stopped seed store is truncated, garbled or deleted, and the start must
 * recover and answer searches; the table gives the median start time of the repeats. Not
 * a test: see docs/benchmarks.md.
 */
public final class FaultSuite {

	private static final String DATASETS = "https://w3id.org/simimo/datasets/";

	private static final String SYNTHETIC_GRAPH = "https://w3id.org/simimo/graphs/synthetic/datasets";

	private static final String U98 = "https://w3id.org/simimo/concepts/un-1998/";

	private static final String SELECTION = "concepts="
			+ HttpTestClient
				.encode(U98 + "international-migrant," + U98 + "long-term-migrant," + U98 + "short-term-migrant")
			+ "&langs=fr%2Car&order=alphabetical&orderLang=fr&layout=side&content=definition";

	private static final String CHANGED_FILE = "vocabularies/statelessness-convention-1954.ttl";

	private static final String CHANGED_CONCEPT = "https://w3id.org/simimo/concepts/statelessness-convention-1954/stateless-person";

	private static final Pattern SAVED = Pattern.compile("^/glossary/([A-Za-z0-9_-]+)$");

	private static final Pattern COUNT = Pattern.compile("\"value\"\\s*:\\s*\"(\\d+)\"");

	private static final String TEXT_COUNT = "PREFIX text: <http://jena.apache.org/text#>\n"
			+ "PREFIX simimo: <https://w3id.org/simimo/def#>\n"
			+ "SELECT (COUNT(?s) AS ?n) WHERE { (?s ?score) text:query (simimo:anyText \"migration\" 100000) }";

	/** Captures what the application logs during a start in this JVM. */
	private static final Capture capture = new Capture();

	private static final PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out),
			true, StandardCharsets.UTF_8);

	private final Path root;

	private final Path seedContent;

	private final Path importContent;

	private final Path base;

	private final int repeats;

	private final Random random = new Random(16);

	private final List<String> failures = new ArrayList<>();

	private long baseQuads;

	private FaultSuite(Path root, int repeats) {
		this.root = root;
		this.seedContent = root.resolve("seed-content");
		this.importContent = root.resolve("import-content");
		this.base = root.resolve("base");
		this.repeats = repeats;
	}

	/**
	 * Arguments, all optional: synthetic datasets for the import (40,000: about a million
	 * triples), repeats of each damage case and of (ii) and (iii) (3), the phases to run
	 * ("i,ii,iii,iv").
	 */
	public static void main(String[] args) throws Exception {
		int datasets = (args.length > 0) ? Integer.parseInt(args[0]) : 40_000;
		int repeats = (args.length > 1) ? Integer.parseInt(args[1]) : 3;
		Set<String> phases = Set.of(((args.length > 2) ? args[2] : "i,ii,iii,iv").split(","));
		Path root = Files.createTempDirectory("simimo-fault-suite-");
		System.setOut(new PrintStream(capture, true, StandardCharsets.UTF_8));
		FaultSuite suite = new FaultSuite(root, repeats);
		try {
			suite.run(datasets, phases);
		}
		finally {
			deleteRecursively(root);
		}
		out.println(suite.failures.isEmpty() ? "FAULT SUITE: ALL CONSISTENT"
				: "FAULT SUITE: " + suite.failures.size() + " FAILURE(S)\n  " + String.join("\n  ", suite.failures));
		System.exit(suite.failures.isEmpty() ? 0 : 1);
	}

	private void run(int datasets, Set<String> phases) throws Exception {
		out.printf(Locale.ROOT, "Fault suite: %d synthetic datasets, %d repeats; under %s%n", datasets, this.repeats,
				this.root);
		for (Path content : List.of(this.seedContent, this.importContent)) {
			copyContent(content);
		}
		long triples = SyntheticCatalogue.write(this.importContent.resolve("synthetic/datasets.nt"), datasets,
				SyntheticCatalogue.DEFAULT_SEED);
		out.printf(Locale.ROOT, "Synthetic content file: %,d triples (%.1f MB)%n", triples,
				Files.size(this.importContent.resolve("synthetic/datasets.nt")) / 1e6);
		buildBase();
		if (phases.contains("i")) {
			importKills();
		}
		if (phases.contains("ii")) {
			glossaryKills();
		}
		if (phases.contains("iii")) {
			commitKills();
		}
		if (phases.contains("iv")) {
			damage();
		}
	}

	/** The seed store, written by a child that is then stopped cleanly. */
	private void buildBase() {
		long start = System.nanoTime();
		try (ChildApplication child = child(List.of("-Xmx1g"), SimimoApplication.class, this.base, this.seedContent,
				"base")) {
			child.awaitUp();
			child.process().destroy();
			child.awaitExit();
		}
		this.baseQuads = StoreFacts.read(this.base, this.seedContent, List.of()).quads();
		out.printf(Locale.ROOT, "Seed store: %,d quads, written and stopped in %.1f s%n", this.baseQuads,
				seconds(start));
	}

	// ---- (i) kill -9 during the import of about a million triples

	private void importKills() throws Exception {
		out.println();
		out.println("(i) kill -9 during a content load of the synthetic file (one transaction)");
		Path store = copyOfBase("import-calibration");
		ChildApplication child = importChild(store, "import-calibration");
		long start = System.nanoTime();
		double loaded = awaitLine(child, "Loaded synthetic/datasets.nt", start);
		double committed = awaitLine(child, "Store write (content load)", start);
		child.awaitUp();
		double up = seconds(start);
		child.process().destroy();
		child.awaitExit();
		long afterQuads = StoreFacts.read(store, this.importContent, List.of()).quads();
		out.printf(Locale.ROOT,
				"  uninterrupted: graph written in the transaction at %.1f s, committed at %.1f s, health UP at %.1f s;"
						+ " %,d quads before, %,d after%n",
				loaded, committed, up, this.baseQuads, afterQuads);
		deleteRecursively(store);

		Matcher took = Pattern.compile("Content loaded in (\\d+) ms").matcher(child.output());
		double loadBegan = took.find() ? committed - Integer.parseInt(took.group(1)) / 1000.0 : 0;
		out.printf(Locale.ROOT, "  the load began at %.1f s (its log line's duration before the commit)%n", loadBegan);

		record Point(String name, String line, double atSeconds) {
		}
		List<Point> points = List.of(
				new Point("start-up, before the load (" + fmt(loadBegan / 2) + " s)", null, loadBegan / 2),
				new Point("parsing or writing the graph (" + fmt((loadBegan + loaded) / 2) + " s)", null,
						(loadBegan + loaded) / 2),
				new Point("graph written, before the shapes and the commit", "Loaded synthetic/datasets.nt", 0),
				new Point("shapes check, before the commit (" + fmt((loaded + committed) / 2) + " s)", null,
						(loaded + committed) / 2),
				new Point("just after the store commit, before the search index", "Store write (content load)", 0),
				new Point("during the search index rebuild (" + fmt((committed + up) / 2) + " s)", null,
						(committed + up) / 2));
		List<String[]> rows = new ArrayList<>();
		for (Point point : points) {
			Path killed = copyOfBase("import-kill");
			ChildApplication victim = importChild(killed, "import-kill");
			long began = System.nanoTime();
			if (point.line() != null) {
				awaitLine(victim, point.line(), began);
			}
			else {
				sleepUntil(began, point.atSeconds());
			}
			double at = seconds(began);
			int exit = victim.kill();
			StoreFacts facts = StoreFacts.read(killed, this.importContent, List.of());
			String state = (facts.quads() == this.baseQuads && !facts.records(SYNTHETIC_GRAPH)) ? "before"
					: (facts.quads() == afterQuads && facts.records(SYNTHETIC_GRAPH)) ? "after" : "BETWEEN";
			check(!state.equals("BETWEEN"), "import " + point.name() + ": " + facts.quads() + " quads");
			check(facts.checksumProblems().isEmpty(), "import " + point.name() + ": " + facts.checksumProblems());
			Restart restart = restart(killed, this.importContent, "import " + point.name(), null);
			long quadsAfter = StoreFacts.read(killed, this.importContent, List.of()).quads();
			check(quadsAfter == afterQuads, "import " + point.name() + ": " + quadsAfter + " quads after the restart");
			rows.add(new String[] { point.name(), fmt(at) + " s", Integer.toString(exit),
					String.format(Locale.ROOT, "%,d (%s)", facts.quads(), state), restart.recovery(),
					fmt(restart.seconds()) + " s", restart.verdict() });
			deleteRecursively(killed);
		}
		table(List.of("killed", "at", "exit", "quads after the kill", "restart found", "restart", "after restart"),
				rows);
	}

	private ChildApplication importChild(Path store, String name) {
		return ChildApplication.start(List.of("-Xmx2g"), SimimoApplication.class, this.root.resolve(name + ".log"),
				arguments(store, this.importContent));
	}

	// ---- (ii) kill -9 during glossary saves under concurrent reads

	private void glossaryKills() throws Exception {
		out.println();
		out.println("(ii) kill -9 during glossary saves (2 writers) under reads (4 readers)");
		List<String[]> rows = new ArrayList<>();
		List<Double> restarts = new ArrayList<>();
		for (int run = 1; run <= this.repeats; run++) {
			Path store = copyOfBase("glossary");
			ChildApplication child = child(List.of("-Xmx1g"), SimimoApplication.class, store, this.seedContent,
					"glossary-" + run);
			child.awaitUp();
			HttpTestClient http = child.http();
			ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
			AtomicInteger reads = new AtomicInteger();
			AtomicInteger attempts = new AtomicInteger();
			AtomicBoolean killed = new AtomicBoolean();
			ExecutorService users = Executors.newFixedThreadPool(6);
			for (int reader = 0; reader < 4; reader++) {
				String[] pages = { "/search?q=migrants&lang=fr", "/", "/api/search?q=population",
						"/glossary?" + SELECTION };
				int first = reader;
				users.submit(() -> {
					for (int i = first; !killed.get(); i++) {
						try {
							if (http.get(pages[i % pages.length], "text/html").statusCode() == 200) {
								reads.incrementAndGet();
							}
						}
						catch (RuntimeException ex) {
							// the application is gone
						}
					}
				});
			}
			for (int writer = 0; writer < 2; writer++) {
				users.submit(() -> {
					while (!killed.get()) {
						try {
							int n = attempts.incrementAndGet();
							HttpResponse<String> saved = http.submitForm("/glossary?" + SELECTION, "/glossary",
									"title=" + HttpTestClient.encode("Panne " + n) + "&" + SELECTION);
							Matcher id = SAVED.matcher(saved.headers().firstValue("Location").orElse(""));
							if (saved.statusCode() == 303 && id.matches()) {
								acknowledged.add("https://w3id.org/simimo/glossaries/" + id.group(1));
							}
						}
						catch (RuntimeException ex) {
							// the application is gone
						}
					}
				});
			}
			// Under load the first answers take seconds: kill once saves are being
			// answered.
			long began = System.nanoTime();
			waitFor(() -> acknowledged.size() >= 5 || seconds(began) > 120, 50);
			double killAt = seconds(began) + 0.5 + this.random.nextDouble() * 2;
			sleepUntil(began, killAt);
			int exit = child.kill();
			killed.set(true);
			List<String> acked = List.copyOf(acknowledged);
			users.shutdown();
			users.awaitTermination(2, TimeUnit.MINUTES);
			StoreFacts facts = StoreFacts.read(store, this.seedContent, acked);
			check(facts.missing().isEmpty(), "glossary run " + run + ": acknowledged but missing " + facts.missing());
			check(facts.checksumProblems().isEmpty(), "glossary run " + run + ": " + facts.checksumProblems());
			String last = acked.isEmpty() ? null : acked.get(acked.size() - 1);
			Restart restart = restart(store, this.seedContent, "glossary run " + run,
					(app) -> last == null
							|| app.get("/glossary/" + last.substring(last.lastIndexOf('/') + 1), "text/html")
								.statusCode() == 200);
			restarts.add(restart.seconds());
			rows.add(new String[] { Integer.toString(run), fmt(killAt) + " s", Integer.toString(exit),
					Integer.toString(reads.get()), attempts.get() + " / " + acked.size(),
					(acked.size() - facts.missing().size()) + " of " + acked.size(), restart.recovery(),
					fmt(restart.seconds()) + " s", restart.verdict() });
			deleteRecursively(store);
		}
		table(List.of("run", "killed at", "exit", "reads", "saves sent / 303", "acknowledged found", "restart found",
				"restart", "after restart"), rows);
		out.printf(Locale.ROOT, "  restart, median of %d: %s s%n", restarts.size(), fmt(median(restarts)));
	}

	// ---- (iii) halted between the store commit and the search index update

	private void commitKills() throws Exception {
		out.println();
		out.println("(iii) halted between a content load's store commit and the search index update");
		List<String[]> rows = new ArrayList<>();
		List<Double> restarts = new ArrayList<>();
		for (int run = 1; run <= this.repeats; run++) {
			Path store = copyOfBase("commit");
			ChildApplication child = child(List.of("-Xmx1g"), HaltsAfterStoreCommit.class, store, this.seedContent,
					"commit-" + run);
			child.awaitUp();
			// An alternative label on a seed concept: the shapes accept it, and search
			// finds it.
			String word = "carillonneur" + "abcdefghij".charAt(run % 10);
			Path file = this.seedContent.resolve(CHANGED_FILE);
			byte[] original = Files.readAllBytes(file);
			Files.writeString(file, "\n<" + CHANGED_CONCEPT + "> <http://www.w3.org/2004/02/skos/core#altLabel> \""
					+ word + "\"@fr .\n", java.nio.file.StandardOpenOption.APPEND);
			child.tell("reload");
			int exit = awaitExitOrKill(child);
			check(exit == HaltsAfterStoreCommit.EXIT && child.output().contains(HaltsAfterStoreCommit.HALTING),
					"commit run " + run + ": not halted at the listener (exit " + exit + ")");
			StoreFacts facts = StoreFacts.read(store, this.seedContent, List.of());
			check(facts.quads() == this.baseQuads + 1,
					"commit run " + run + ": the committed load is not in the store");
			check(facts.checksumProblems().isEmpty(), "commit run " + run + ": " + facts.checksumProblems());
			Restart restart = restart(store, this.seedContent, "commit run " + run,
					(app) -> app.search(word).contains(CHANGED_CONCEPT));
			check(restart.recovery().contains("search: is behind the store"),
					"commit run " + run + ": the restart did not find the search index behind");
			restarts.add(restart.seconds());
			rows.add(new String[] { Integer.toString(run), Integer.toString(exit),
					String.format(Locale.ROOT, "%,d (+%d)", facts.quads(), facts.quads() - this.baseQuads),
					restart.recovery(), fmt(restart.seconds()) + " s", restart.verdict() });
			Files.write(file, original);
			deleteRecursively(store);
		}
		table(List.of("run", "exit", "quads after the halt", "restart found", "restart", "after restart"), rows);
		out.printf(Locale.ROOT, "  restart, median of %d: %s s%n", restarts.size(), fmt(median(restarts)));
	}

	// ---- (iv) damaged index files

	private void damage() throws Exception {
		out.println();
		out.println("(iv) damaged index files of a stopped seed store; start-up time, median of " + this.repeats);
		int expectedHits = -1;
		List<Double> clean = new ArrayList<>();
		for (int i = 0; i < this.repeats; i++) {
			Path store = copyOfBase("damage");
			Restart restart = restart(store, this.seedContent, "undamaged", null);
			clean.add(restart.seconds());
			expectedHits = restart.textHits();
			deleteRecursively(store);
		}
		out.printf(Locale.ROOT, "  undamaged start: %s s; text:query \"migration\": %d hits%n", fmt(median(clean)),
				expectedHits);
		List<String[]> rows = new ArrayList<>();
		for (String index : List.of("lucene", "search")) {
			for (Map.Entry<String, Path> type : fileTypes(this.base.resolve(index)).entrySet()) {
				List<String> damages = type.getKey().equals("write.lock") ? List.of("delete", "garble")
						: List.of("truncate", "flip bytes", "delete");
				for (String kind : damages) {
					List<Double> times = new ArrayList<>();
					Restart last = null;
					for (int i = 0; i < this.repeats; i++) {
						Path store = copyOfBase("damage");
						damageFile(store.resolve(index).resolve(type.getValue().getFileName()), kind);
						last = restart(store, this.seedContent, index + " " + type.getKey() + " " + kind, null);
						times.add(last.seconds());
						check(last.textHits() == expectedHits, index + " " + type.getKey() + " " + kind + ": "
								+ last.textHits() + " text hits, not " + expectedHits);
						deleteRecursively(store);
					}
					rows.add(new String[] { index.equals("lucene") ? "jena-text" : "search",
							type.getValue().getFileName().toString(), kind, last.recovery(), fmt(median(times)) + " s",
							last.verdict() });
				}
			}
		}
		table(List.of("index", "file", "damage", "start found", "start (median)", "after start"), rows);
	}

	/**
	 * One file of each type in an index directory: segments_N, write.lock, or by
	 * extension.
	 */
	private static Map<String, Path> fileTypes(Path index) throws IOException {
		Map<String, Path> types = new TreeMap<>();
		try (Stream<Path> files = Files.list(index)) {
			for (Path file : files.sorted(Comparator.comparing((Path path) -> path.toFile().length()).reversed())
				.toList()) {
				String name = file.getFileName().toString();
				String type = name.startsWith("segments_") ? "segments_N"
						: name.equals("write.lock") ? "write.lock" : name.substring(name.lastIndexOf('.'));
				types.putIfAbsent(type, file);
			}
		}
		return types;
	}

	private static void damageFile(Path file, String kind) throws IOException {
		switch (kind) {
			case "delete" -> Files.delete(file);
			case "truncate" -> {
				byte[] bytes = Files.readAllBytes(file);
				Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
			}
			case "flip bytes" -> {
				byte[] bytes = Files.readAllBytes(file);
				int middle = bytes.length / 2;
				for (int i = Math.max(0, middle - 4); i < Math.min(bytes.length, middle + 4); i++) {
					bytes[i] ^= (byte) 0xFF;
				}
				Files.write(file, bytes);
			}
			case "garble" -> Files.writeString(file, "not a lock, garbage");
			default -> throw new IllegalArgumentException(kind);
		}
	}

	// ---- the restart and its checks

	/**
	 * A start of the application in this JVM on {@code store}: how long it took, what the
	 * index verifications logged, and whether both indexes then agree with the store and
	 * searches answer.
	 */
	private record Restart(double seconds, String recovery, String verdict, int textHits) {
	}

	private Restart restart(Path store, Path content, String name, java.util.function.Predicate<HttpTestClient> also) {
		capture.start();
		long start = System.nanoTime();
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SimimoApplication.class)
			.run(ChildApplication.onAnyPort(arguments(store, content)))) {
			double seconds = seconds(start);
			String recovery = recovery(capture.stop());
			HttpTestClient http = new HttpTestClient(((WebServerApplicationContext) app).getWebServer().getPort());
			List<String> problems = new ArrayList<>();
			var text = StoreFacts.verifyTextIndex(app);
			if (text.rebuilt()) {
				problems.add("jena-text " + text.reason());
			}
			SearchIndexFacts search = SearchIndexFacts.of(app);
			if (search.problem() != null) {
				problems.add("search index " + search.problem());
			}
			HttpResponse<String> found = http.get("/api/search?q=migrants", "application/json");
			if (found.statusCode() != 200 || !found.body().contains(DATASETS)) {
				problems.add("/api/search answered " + found.statusCode());
			}
			int hits = textHits(http);
			if (also != null && !also.test(http)) {
				problems.add("the case's own check failed");
			}
			problems.forEach((problem) -> check(false, name + ": " + problem));
			String verdict = problems.isEmpty()
					? String.format(Locale.ROOT, "consistent: jena-text %,d docs, search %,d docs = %,d resources%s",
							text.documents(), search.documents(), search.resources(),
							search.builtFromStoreVersion() ? "" : " (search version behind a later write)")
					: "INCONSISTENT: " + String.join("; ", problems);
			return new Restart(seconds, recovery, verdict, hits);
		}
		catch (RuntimeException ex) {
			capture.stop();
			check(false, name + ": the start failed: " + ex);
			return new Restart(seconds(start), "START FAILED", ex.toString(), -1);
		}
	}

	private static int textHits(HttpTestClient http) {
		Matcher count = COUNT.matcher(http.query(TEXT_COUNT, "application/sparql-results+json").body());
		return count.find() ? Integer.parseInt(count.group(1)) : -1;
	}

	/** What the two verifications logged, in a few words. */
	private static String recovery(String log) {
		List<String> found = new ArrayList<>();
		for (String line : log.lines().toList()) {
			int message = line.indexOf(" : ");
			String text = (message < 0) ? line : line.substring(message + 3);
			if (text.startsWith("Text index ") || text.startsWith("Search index ")) {
				String what = text.startsWith("Text") ? "text: " : "search: ";
				String rest = text.substring(text.indexOf("index ") + 6);
				found.add(what + (rest.startsWith("is up to date") ? "up to date"
						: rest.replaceFirst(": rebuilt from the store, .*", ", rebuilt")));
			}
		}
		return found.isEmpty() ? "(nothing logged)" : String.join("; ", found);
	}

	private void check(boolean holds, String failure) {
		if (!holds) {
			this.failures.add(failure);
			out.println("  FAILED: " + failure);
		}
	}

	// ---- plumbing

	private ChildApplication child(List<String> jvm, Class<?> main, Path store, Path content, String name) {
		return ChildApplication.start(jvm, main, this.root.resolve(name + ".log"), arguments(store, content));
	}

	private static String[] arguments(Path store, Path content) {
		return new String[] { "--simimo.store.directory=" + store, "--simimo.store.content-root=" + content,
				"--simimo.store.content-directories=ontology,vocabularies,"
						+ (Files.isDirectory(content.resolve("synthetic")) ? "synthetic" : "extra"),
				"--simimo.glossary.save.per-client-per-hour=1000000", "--simimo.glossary.save.overall-per-hour=1000000",
				"--simimo.glossary.max-saved=1000000", "--logging.level.root=WARN",
				"--logging.level.ma.hcp.simimo.search.SearchIndexer=INFO",
				"--logging.level.ma.hcp.simimo.store.TextIndexRecovery=INFO",
				"--logging.level.ma.hcp.simimo.store.ContentLoader=INFO",
				"--logging.level.ma.hcp.simimo.store.StoreWriter=INFO" };
	}

	private Path copyOfBase(String name) throws IOException {
		Path copy = Files.createTempDirectory(this.root, name + "-");
		try (Stream<Path> files = Files.walk(this.base)) {
			for (Path file : files.toList()) {
				Path target = copy.resolve(this.base.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		return copy;
	}

	private static void copyContent(Path content) throws IOException {
		for (String directory : new String[] { "ontology", "vocabularies" }) {
			Files.createDirectories(content.resolve(directory));
			try (Stream<Path> files = Files.list(Path.of(directory))) {
				for (Path file : files.toList()) {
					Files.copy(file, content.resolve(directory).resolve(file.getFileName()),
							StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		Files.createDirectories(content.resolve("extra"));
	}

	/**
	 * The exit value, or -1 when the child was still running after 2 minutes and killed.
	 */
	private static int awaitExitOrKill(ChildApplication child) {
		try {
			return child.awaitExit();
		}
		catch (IllegalStateException ex) {
			child.kill();
			return -1;
		}
	}

	/** Seconds from {@code start} until the child's log holds {@code line}. */
	private static double awaitLine(ChildApplication child, String line, long start) {
		waitFor(() -> child.output().contains(line) || !child.process().isAlive(), 20);
		if (!child.output().contains(line)) {
			throw new IllegalStateException("The child ended before logging " + line);
		}
		return seconds(start);
	}

	private static void waitFor(BooleanSupplier condition, long pollMillis) {
		while (!condition.getAsBoolean()) {
			sleep(pollMillis);
		}
	}

	private static void sleepUntil(long start, double atSeconds) {
		long remaining = (long) (atSeconds * 1000) - (System.nanoTime() - start) / 1_000_000;
		if (remaining > 0) {
			sleep(remaining);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void table(List<String> header, List<String[]> rows) {
		out.println();
		out.println("| " + String.join(" | ", header) + " |");
		out.println("|" + " --- |".repeat(header.size()));
		for (String[] row : rows) {
			out.println("| " + String.join(" | ", row) + " |");
		}
		out.println();
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	private static String fmt(double seconds) {
		return String.format(Locale.ROOT, "%.1f", seconds);
	}

	private static void deleteRecursively(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
	}

	/**
	 * Standard output of this JVM: kept while {@link #start()} is on (the application's
	 * log during a restart), dropped otherwise. The suite prints to the console directly.
	 */
	private static final class Capture extends OutputStream {

		private volatile ByteArrayOutputStream kept;

		void start() {
			this.kept = new ByteArrayOutputStream();
		}

		String stop() {
			ByteArrayOutputStream taken = this.kept;
			this.kept = null;
			return (taken != null) ? taken.toString(StandardCharsets.UTF_8) : "";
		}

		@Override
		public synchronized void write(int b) {
			ByteArrayOutputStream target = this.kept;
			if (target != null) {
				target.write(b);
			}
		}

		@Override
		public synchronized void write(byte[] bytes, int offset, int length) {
			ByteArrayOutputStream target = this.kept;
			if (target != null) {
				target.write(bytes, offset, length);
			}
		}

	}

}
