package ma.hcp.simimo.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

import ma.hcp.simimo.CookieSession;
import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.SimimoApplication;
import ma.hcp.simimo.access.Role;
import ma.hcp.simimo.account.AccountRepository;
import ma.hcp.simimo.store.RecordDrafts;
import ma.hcp.simimo.store.WorkflowState;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 18's figures (decision 0027): over real HTTP, on the seed content alone or with
 * {@link SyntheticCatalogue} datasets beside it,
 * <ul>
 * <li>save → visible in the author's draft view: a coordinator POSTs the dataset's edit
 * form, then GETs its draft page, which shows the new title;</li>
 * <li>publish → visible to readers: the coordinator POSTs {@code /publish} of the
 * submitted draft, then an anonymous {@code /api/search} and an anonymous {@code /sparql}
 * SELECT of the dataset's title find the new one (each polled until it does, which with a
 * synchronous index is at the first try).</li>
 * </ul>
 * 21 rounds (or as many as asked) on one seed dataset after 2 untimed ones; the floor is
 * the median of an anonymous {@code /api/search} in the same run. Not a test: see
 * docs/benchmarks.md.
 */
public final class PublicationBenchmark {

	private static final String DATASET = "anapec-foreign-workers-activity-certificate";

	private static final String IRI = "https://w3id.org/simimo/datasets/" + DATASET;

	private static final String PASSWORD = "a benchmark's long password";

	private static final int UNTIMED = 2;

	private PublicationBenchmark() {
	}

	/**
	 * Arguments, optional: how many synthetic datasets beside the seed content (0), and
	 * how many timed rounds (21).
	 */
	public static void main(String[] args) throws Exception {
		int datasets = (args.length > 0) ? Integer.parseInt(args[0]) : 0;
		int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 21;
		Path root = Files.createTempDirectory("simimo-publication-bench-");
		try {
			SearchBenchmark.copyContent(root);
			String directories = "ontology,vocabularies";
			if (datasets > 0) {
				long triples = SyntheticCatalogue.write(root.resolve("synthetic/datasets.nt"), datasets,
						SyntheticCatalogue.DEFAULT_SEED);
				System.out.printf(Locale.ROOT, "Synthetic content: %d datasets, %d triples%n", datasets, triples);
				directories += ",synthetic";
			}
			long start = System.nanoTime();
			try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SimimoApplication.class).run(
					"--server.port=0", "--simimo.store.directory=" + root.resolve("store"),
					"--simimo.store.content-root=" + root, "--simimo.store.content-directories=" + directories,
					"--logging.level.root=WARN")) {
				System.out.printf(Locale.ROOT, "Started and loaded in %.1f s%n", (System.nanoTime() - start) / 1e9);
				run(app, rounds);
			}
		}
		finally {
			SearchBenchmark.deleteRecursively(root);
		}
	}

	private static void run(ConfigurableApplicationContext app, int timed) {
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		app.getBean(AccountRepository.class)
			.create("bench-coordinator", "", PASSWORD, Set.of(Role.COORDINATOR), Set.of());
		RecordDrafts drafts = app.getBean(RecordDrafts.class);
		String account = app.getBean(AccountRepository.class).byUserName("bench-coordinator").orElseThrow().iri();
		HttpTestClient reader = new HttpTestClient(port);
		CookieSession coordinator = CookieSession.signedIn(new HttpTestClient(port), "bench-coordinator", PASSWORD);
		List<Double> saves = new ArrayList<>();
		List<Double> toSearch = new ArrayList<>();
		List<Double> toSparql = new ArrayList<>();
		List<Double> floor = new ArrayList<>();
		List<Double> publishes = new ArrayList<>();
		for (int round = 0; round < UNTIMED + timed; round++) {
			String word = "zqbench" + round;
			long start = System.nanoTime();
			int saved = coordinator
				.submitForm("/datasets/" + DATASET + "/edit", "/datasets/" + DATASET + "/edit", form(word))
				.statusCode();
			String draftPage = coordinator.get("/datasets/" + DATASET + "/draft").body();
			double save = millis(start);
			if (saved != 303 || !draftPage.contains(word)) {
				throw new IllegalStateException("the save of round " + round + " answered " + saved);
			}
			RecordDrafts.Draft draft = drafts.draftOf(IRI).orElseThrow();
			drafts.move(draft, account, WorkflowState.DRAFT, WorkflowState.SUBMITTED, Optional.empty());
			start = System.nanoTime();
			int published = coordinator.submitForm("/", "/datasets/" + DATASET + "/publish", "comment=").statusCode();
			if (published != 303) {
				throw new IllegalStateException("the publication of round " + round + " answered " + published);
			}
			double publish = millis(start);
			long searchStart = System.nanoTime();
			until(() -> reader.search(word).contains(DATASET));
			double search = millis(searchStart);
			long sparqlStart = System.nanoTime();
			until(() -> reader
				.query("SELECT ?t WHERE { <" + IRI + "> <http://purl.org/dc/terms/title> ?t }", "text/csv")
				.body()
				.contains(word));
			double sparql = millis(sparqlStart);
			long floorStart = System.nanoTime();
			reader.search("travailleurs");
			double plain = millis(floorStart);
			if (round >= UNTIMED) {
				saves.add(save);
				// Each from the publication's request: its answer, then the reader's
				// first request that sees it.
				toSearch.add(publish + search);
				toSparql.add(publish + sparql);
				publishes.add(publish);
				floor.add(plain);
			}
		}
		double floorMedian = median(floor);
		System.out.printf(Locale.ROOT, "%d rounds after %d untimed, medians:%n", timed, UNTIMED);
		report("save -> visible in the author's draft view", saves, floorMedian);
		report("publish request alone (POST -> 303)", publishes, floorMedian);
		report("publish -> visible in /api/search", toSearch, floorMedian);
		report("publish -> visible on /sparql", toSparql, floorMedian);
		System.out.printf(Locale.ROOT, "floor: anonymous /api/search %.1f ms%n", floorMedian);
	}

	private static void report(String what, List<Double> times, double floor) {
		double median = median(times);
		System.out.printf(Locale.ROOT, "%-46s p50 %8.1f ms  max %8.1f ms  ratio to floor %6.1f%n", what, median,
				Collections.max(times), median / floor);
	}

	/**
	 * The edit form as the browser sends it: the title changed, the rest as the form
	 * shows.
	 */
	private static String form(String word) {
		return "titleFr=" + HttpTestClient.encode("Attestations d'activité " + word)
				+ "&titleEn=Activity+certificates&titleAr=&descriptionFr=Une+description&descriptionEn=A+description"
				+ "&descriptionAr=&keywordsFr=certificat&keywordsEn=certificate&keywordsAr=&coverageStart=&coverageEnd="
				+ "&accessRights="
				+ HttpTestClient.encode("http://publications.europa.eu/resource/authority/access-right/PUBLIC")
				+ "&stockOrFlow=" + HttpTestClient.encode("https://w3id.org/simimo/concepts/stock-flow/flow");
	}

	private static void until(BooleanSupplier visible) {
		long deadline = System.nanoTime() + 60_000_000_000L;
		while (!visible.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("not visible after 60 s");
			}
			Thread.onSpinWait();
		}
	}

	private static double millis(long start) {
		return (System.nanoTime() - start) / 1e6;
	}

	private static double median(List<Double> times) {
		List<Double> sorted = new ArrayList<>(times);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

}
