package ma.hcp.simimo.bench;

import java.io.BufferedWriter;
import java.io.IOException;
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
import ma.hcp.simimo.gap.ConsistencyReportRepository;
import ma.hcp.simimo.gap.DivergenceMatrix;
import ma.hcp.simimo.gap.DivergenceMatrixRepository;
import ma.hcp.simimo.gap.GapResultsCache;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Times the full divergence matrix and the consistency report (server side: the
 * repository calls that build each page's record) with 10,000 synthetic national concepts
 * added to the seed content. Each synthetic concept has facets on three criteria
 * (residence duration, population basis, age bounds), a SKOS mapping to one of five real
 * UN 1998 concepts, and one in three a recorded divergence. Median and p95 of 30 runs
 * after 5 warm-up runs. Not a test: see docs/benchmarks.md.
 */
public final class GapBenchmark {

	private static final int RUNS = 30;

	private static final String NS = "https://w3id.org/simimo/";

	private GapBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int concepts = (args.length > 0) ? Integer.parseInt(args[0]) : 10_000;
		Path root = Files.createTempDirectory("simimo-gap-bench-");
		copyContent(root);
		long triples = generate(root.resolve("synthetic/national-concepts.nt"), concepts, 42);
		System.out.printf(Locale.ROOT, "Synthetic content: %d national concepts, %d triples; store in %s%n", concepts,
				triples, root.resolve("store/tdb2"));
		long start = System.nanoTime();
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SimimoApplication.class).run(
				"--server.port=0", "--simimo.store.directory=" + root.resolve("store"),
				"--simimo.store.content-root=" + root,
				"--simimo.store.content-directories=ontology,vocabularies,synthetic", "--logging.level.root=WARN")) {
			System.out.printf(Locale.ROOT, "Started and loaded in %.1f s%n", (System.nanoTime() - start) / 1e9);
			DivergenceMatrixRepository matrices = app.getBean(DivergenceMatrixRepository.class);
			ConsistencyReportRepository reports = app.getBean(ConsistencyReportRepository.class);
			DivergenceMatrix.MatrixFilters all = new DivergenceMatrix.MatrixFilters("", "", "", "", "producer");
			// The first request of a reader after the start, in each language:
			// GapResultsWarmer has computed the analyses while the content loaded. One
			// measurement each.
			for (Locale language : new Locale[] { Locale.FRENCH, Locale.ENGLISH, Locale.forLanguageTag("ar") }) {
				long first = System.nanoTime();
				matrices.matrix(all, language);
				reports.report(language);
				System.out.printf(Locale.ROOT, "first matrix + report after start (%s)    %8.1f ms%n",
						language.getLanguage(), (System.nanoTime() - first) / 1e6);
			}
			DivergenceMatrix matrix = matrices.matrix(all, Locale.FRENCH);
			long rows = matrix.groups().stream().mapToLong((group) -> group.rows().size()).sum();
			long entries = matrix.groups()
				.stream()
				.flatMap((group) -> group.rows().stream())
				.flatMap((row) -> row.cells().stream())
				.mapToLong((cell) -> cell.entries().size())
				.sum();
			System.out.printf(Locale.ROOT, "Matrix: %d rows, %d filled entries; consistency report: %d findings%n",
					rows, entries, reports.report(Locale.FRENCH).total());
			GapResultsCache cache = app.getBean(GapResultsCache.class);
			report("matrix + report, computed (cache cleared)", time(() -> {
				cache.clear();
				matrices.matrix(all, Locale.FRENCH);
				return reports.report(Locale.FRENCH);
			}));
			report("divergence matrix alone, computed", time(() -> {
				cache.clear();
				return matrices.matrix(all, Locale.FRENCH);
			}));
			report("consistency report alone, computed", time(() -> {
				cache.clear();
				return reports.report(Locale.FRENCH);
			}));
			report("matrix + report, content unchanged", time(() -> {
				matrices.matrix(all, Locale.FRENCH);
				return reports.report(Locale.FRENCH);
			}));
			DivergenceMatrix.MatrixFilters hcp = new DivergenceMatrix.MatrixFilters(
					"https://w3id.org/simimo/producers/hcp", "", "", "major", "family");
			report("matrix filtered (HCP, major), unchanged", time(() -> matrices.matrix(hcp, Locale.FRENCH)));
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

	private static long generate(Path file, int count, long seed) throws IOException {
		Files.createDirectories(file.getParent());
		Random random = new Random(seed);
		String[] producers = { "hcp", "dgsn", "anapec", "cnss", "miepeec", "interieur", "maecamre",
				"office-des-changes", "unhcr" };
		String[] standards = { "un-1998/long-term-migrant", "un-1998/short-term-migrant",
				"un-1998/international-migrant", "un-1998/foreign-population", "un-1998/returning-migrants" };
		String[] families = { "labour-migration", "emigrants", "immigrants", "returning-migrants", "irregular-migrants",
				"regular-migrants", "refugees-and-asylum-seekers", "remittances" };
		String[] durations = { "P3M", "P6M", "P12M" };
		String[] bases = { "citizenship", "residence", "country-of-birth" };
		String[] severities = { "aligned", "minor", "major" };
		long triples = 0;
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			for (int s = 0; s < producers.length; s++) {
				String scheme = "<" + NS + "schemes/synthetic-" + producers[s] + ">";
				triples += line(out, scheme, "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>",
						"<http://www.w3.org/2004/02/skos/core#ConceptScheme>");
				triples += line(out, scheme, "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>",
						"<" + NS + "def#NationalScheme>");
				triples += line(out, scheme, "<http://purl.org/dc/terms/publisher>",
						"<" + NS + "producers/" + producers[s] + ">");
				triples += line(out, scheme, "<" + NS + "def#owner>", "<" + NS + "producers/" + producers[s] + ">");
			}
			for (int i = 0; i < count; i++) {
				String concept = "<" + NS + "concepts/synthetic/c" + i + ">";
				String producer = producers[random.nextInt(producers.length)];
				String standard = "<" + NS + "concepts/" + standards[random.nextInt(standards.length)] + ">";
				triples += line(out, concept, "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>",
						"<http://www.w3.org/2004/02/skos/core#Concept>");
				triples += line(out, concept, "<http://www.w3.org/2004/02/skos/core#inScheme>",
						"<" + NS + "schemes/synthetic-" + producer + ">");
				triples += line(out, concept, "<" + NS + "def#owner>", "<" + NS + "producers/" + producer + ">");
				triples += line(out, concept, "<http://www.w3.org/2004/02/skos/core#prefLabel>",
						"\"Concept national synthétique " + i + "\"@fr");
				triples += line(out, concept, "<" + NS + "def#conceptFamily>",
						"<" + NS + "concepts/concept-families/" + families[random.nextInt(families.length)] + ">");
				triples += line(out, concept, "<http://www.w3.org/2004/02/skos/core#closeMatch>", standard);
				String duration = durations[random.nextInt(durations.length)];
				triples += facet(out, concept, "f" + i + "d", "residence-duration", "<" + NS + "def#lowerBound>",
						"\"" + duration + "\"^^<http://www.w3.org/2001/XMLSchema#duration>");
				triples += facet(out, concept, "f" + i + "p", "population-basis", "<" + NS + "def#valueConcept>",
						"<" + NS + "concepts/population-bases/" + bases[random.nextInt(bases.length)] + ">");
				triples += facet(out, concept, "f" + i + "a", "age-bounds", "<" + NS + "def#lowerBound>",
						"\"" + (random.nextBoolean() ? 15 : 18) + "\"^^<http://www.w3.org/2001/XMLSchema#integer>");
				if (i % 3 == 0) {
					String divergence = "<" + NS + "divergences/synthetic-" + i + ">";
					triples += line(out, divergence, "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>",
							"<" + NS + "def#Divergence>");
					triples += line(out, divergence, "<" + NS + "def#nationalConcept>", concept);
					triples += line(out, divergence, "<" + NS + "def#standardConcept>", standard);
					triples += line(out, divergence, "<" + NS + "def#criterion>",
							"<" + NS + "concepts/criteria/residence-duration>");
					triples += line(out, divergence, "<" + NS + "def#nationalValue>",
							"\"" + duration + "\"^^<http://www.w3.org/2001/XMLSchema#duration>");
					triples += line(out, divergence, "<" + NS + "def#severity>",
							"<" + NS + "concepts/severities/" + severities[random.nextInt(severities.length)] + ">");
				}
			}
		}
		return triples;
	}

	private static int facet(BufferedWriter out, String concept, String node, String criterion, String property,
			String value) throws IOException {
		String facet = "_:" + node;
		return line(out, concept, "<" + NS + "def#facet>", facet)
				+ line(out, facet, "<" + NS + "def#criterion>", "<" + NS + "concepts/criteria/" + criterion + ">")
				+ line(out, facet, property, value);
	}

	private static int line(BufferedWriter out, String s, String p, String o) throws IOException {
		out.write(s + " " + p + " " + o + " .\n");
		return 1;
	}

	private static double[] time(Supplier<Object> work) {
		for (int i = 0; i < 5; i++) {
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
		System.out.printf(Locale.ROOT, "%-40s median %8.1f ms   p95 %8.1f ms%n", what,
				(sorted[RUNS / 2 - 1] + sorted[RUNS / 2]) / 2, sorted[(int) (RUNS * 0.95)]);
	}

}
