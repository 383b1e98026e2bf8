package ma.hcp.simimo.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import ma.hcp.simimo.CookieSession;
import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.SimimoApplication;
import ma.hcp.simimo.access.Role;
import ma.hcp.simimo.account.AccountRepository;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 18's save → visible in the author's search (decision 0027), over real HTTP on the
 * seed content in a fresh store: a contributor of ANAPEC POSTs a dataset's edit form with
 * a new title, then its first {@code /api/search} for that title (which rebuilds the
 * editors' index) must list the draft among its editor hits; then a second identical
 * search (no rebuild) and an anonymous one, the floors. 21 rounds after 2 untimed ones.
 * Not a test: see docs/benchmarks.md.
 */
public final class EditorSearchBenchmark {

	private static final String DATASET = "/datasets/anapec-foreign-workers-activity-certificate";

	private static final String PASSWORD = "a benchmark's long password";

	private static final int UNTIMED = 2;

	private EditorSearchBenchmark() {
	}

	/** Argument, optional: how many timed rounds (21). */
	public static void main(String[] args) throws Exception {
		int rounds = (args.length > 0) ? Integer.parseInt(args[0]) : 21;
		Path root = Files.createTempDirectory("simimo-editor-search-bench-");
		try {
			SearchBenchmark.copyContent(root);
			try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SimimoApplication.class).run(
					"--server.port=0", "--simimo.store.directory=" + root.resolve("store"),
					"--simimo.store.content-root=" + root, "--logging.level.root=WARN")) {
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
			.create("bench-anapec", "", PASSWORD, Set.of(Role.CONTRIBUTOR),
					Set.of("https://w3id.org/simimo/producers/anapec"));
		HttpTestClient reader = new HttpTestClient(port);
		CookieSession author = CookieSession.signedIn(new HttpTestClient(port), "bench-anapec", PASSWORD);
		List<Double> saves = new ArrayList<>();
		List<Double> visible = new ArrayList<>();
		List<Double> again = new ArrayList<>();
		List<Double> anonymous = new ArrayList<>();
		for (int round = 0; round < UNTIMED + timed; round++) {
			String word = "zqeditorbench" + round;
			long start = System.nanoTime();
			int saved = author
				.submitForm(DATASET + "/edit", DATASET + "/edit",
						"titleFr=" + HttpTestClient.encode("Attestations " + word) + "&descriptionFr=Description")
				.statusCode();
			double save = millis(start);
			String found = author.get("/api/search?q=" + word, "application/json").body();
			double total = millis(start);
			if (saved != 303 || !found.contains("\"mark\":\"draft\"")) {
				throw new IllegalStateException("round " + round + ": save " + saved + ", search " + found);
			}
			long second = System.nanoTime();
			author.get("/api/search?q=" + word, "application/json");
			double plain = millis(second);
			long third = System.nanoTime();
			reader.get("/api/search?q=" + word, "application/json");
			double floor = millis(third);
			if (round >= UNTIMED) {
				saves.add(save);
				visible.add(total);
				again.add(plain);
				anonymous.add(floor);
			}
		}
		System.out.printf(Locale.ROOT, "%d rounds after %d untimed, medians:%n", timed, UNTIMED);
		report("save (POST -> 303)", saves);
		report("save -> visible in the author's /api/search", visible);
		report("the author's same search again (no rebuild)", again);
		report("anonymous /api/search (floor)", anonymous);
	}

	private static void report(String what, List<Double> times) {
		List<Double> sorted = new ArrayList<>(times);
		Collections.sort(sorted);
		System.out.printf(Locale.ROOT, "%-46s p50 %8.1f ms  max %8.1f ms%n", what, sorted.get(sorted.size() / 2),
				Collections.max(times));
	}

	private static double millis(long start) {
		return (System.nanoTime() - start) / 1e6;
	}

}
