package ma.hcp.simimo.bench;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import ma.hcp.simimo.SimimoApplication;
import ma.hcp.simimo.glossary.Glossary;
import ma.hcp.simimo.glossary.GlossaryFormat;
import ma.hcp.simimo.glossary.GlossaryRepository;
import ma.hcp.simimo.glossary.GlossaryRequest;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Times a 500-concept trilingual glossary written as PDF and as XLSX, by the same beans
 * the export controller uses, on the embedded TDB2 store holding the seed content plus
 * 500 synthetic national concepts: each labelled and defined in French, English and
 * Arabic, mapped to the UN 1998 long-term migrant, with one residence-duration divergence
 * (so one plain-language note per language) and one dataset. Median of 5 runs after 2
 * warm-up runs, for writing alone and for building the glossary from the store then
 * writing it. Not a test: see docs/benchmarks.md.
 */
public final class GlossaryBenchmark {

	private static final int WARM_UP = 2;

	private static final int RUNS = 5;

	private static final String NS = "https://w3id.org/simimo/";

	/**
	 * The goals of issue 7, in milliseconds; the other formats are timed for comparison.
	 */
	private static final Map<String, Double> GOALS = Map.of("pdf", 5000.0, "xlsx", 1000.0);

	private GlossaryBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int count = (args.length > 0) ? Integer.parseInt(args[0]) : 500;
		Path root = Files.createTempDirectory("simimo-glossary-bench-");
		copyContent(root);
		List<String> concepts = new ArrayList<>();
		long triples = generate(root.resolve("synthetic/glossary-concepts.nt"), count, concepts);
		System.out.printf(Locale.ROOT, "Synthetic content: %d concepts, %d triples%n", count, triples);
		long start = System.nanoTime();
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SimimoApplication.class).run(
				"--server.port=0", "--simimo.store.directory=" + root.resolve("store"),
				"--simimo.store.content-root=" + root,
				"--simimo.store.content-directories=ontology,vocabularies,synthetic", "--logging.level.root=WARN")) {
			System.out.printf(Locale.ROOT, "Started and loaded in %.1f s%n", (System.nanoTime() - start) / 1e9);
			GlossaryRepository glossaries = app.getBean(GlossaryRepository.class);
			Map<String, GlossaryFormat> formats = new HashMap<>();
			app.getBeansOfType(GlossaryFormat.class).values().forEach((format) -> formats.put(format.name(), format));
			GlossaryRequest request = GlossaryRequest
				.from(Map.of("concepts", String.join(",", concepts), "langs", "fr,ar,en", "layout", "side"));
			Supplier<Glossary> build = () -> glossaries.glossary(Glossary.Metadata.unsaved(), request);
			Glossary glossary = build.get();
			load("before the runs");
			System.out.printf(Locale.ROOT, "Glossary: %d entries, languages %s, content %s%n",
					glossary.entries().size(), glossary.languages(), request.content());
			report("glossary built from the store", time(build::get), 0);
			for (String name : List.of("pdf", "xlsx", "html", "docx")) {
				GlossaryFormat format = formats.get(name);
				double goal = GOALS.getOrDefault(name, 0.0);
				byte[] output = write(format, glossary);
				Files.write(Path.of("target/glossary-benchmark." + format.extension()), output);
				System.out.printf(Locale.ROOT, "%s: %d bytes%s%n", name, output.length, pages(name, output));
				report(name + " written", time(() -> write(format, glossary)), goal);
				if (goal > 0) {
					report(name + " built from the store and written", time(() -> write(format, build.get())), goal);
				}
			}
			load("after the runs");
		}
	}

	private static byte[] write(GlossaryFormat format, Glossary glossary) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			format.write(glossary, Locale.FRENCH, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static String pages(String format, byte[] output) throws IOException {
		if (!"pdf".equals(format)) {
			return "";
		}
		try (PDDocument document = Loader.loadPDF(output)) {
			return ", " + document.getNumberOfPages() + " A4 pages";
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

	private static long generate(Path file, int count, List<String> concepts) throws IOException {
		Files.createDirectories(file.getParent());
		String skos = "http://www.w3.org/2004/02/skos/core#";
		String type = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
		String scheme = "<" + NS + "schemes/synthetic-glossary>";
		String standard = "<" + NS + "concepts/un-1998/long-term-migrant>";
		String duration = "^^<http://www.w3.org/2001/XMLSchema#duration>";
		long triples = 0;
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			triples += line(out, scheme, type, "<" + skos + "ConceptScheme>");
			triples += line(out, scheme, type, "<" + NS + "def#NationalScheme>");
			triples += line(out, scheme, "<" + skos + "prefLabel>", "\"Schéma synthétique\"@fr");
			for (int i = 0; i < count; i++) {
				String iri = NS + "concepts/synthetic-glossary/c" + i;
				concepts.add(iri);
				String concept = "<" + iri + ">";
				triples += line(out, concept, type, "<" + skos + "Concept>");
				triples += line(out, concept, "<" + skos + "inScheme>", scheme);
				triples += line(out, concept, "<" + skos + "prefLabel>",
						"\"Travailleur migrant saisonnier " + i + "\"@fr");
				triples += line(out, concept, "<" + skos + "prefLabel>", "\"Seasonal migrant worker " + i + "\"@en");
				triples += line(out, concept, "<" + skos + "prefLabel>", "\"عامل مهاجر موسمي " + i + "\"@ar");
				triples += line(out, concept, "<" + skos + "definition>",
						"\"Personne résidant au Maroc qui exerce, "
								+ "pendant une partie de l’année seulement, une activité rémunérée dans un autre pays, "
								+ "selon la définition retenue par l’enquête nationale numéro " + i + ".\"@fr");
				triples += line(out, concept, "<" + skos + "definition>", "\"A person living in Morocco who works "
						+ "for pay in another country for only part of the year, as defined by national survey number "
						+ i + ".\"@en");
				triples += line(out, concept, "<" + skos + "definition>", "\"شخص مقيم في المغرب يزاول نشاطا مأجورا "
						+ "في بلد آخر خلال جزء من السنة فقط، حسب التعريف الذي يعتمده البحث الوطني رقم " + i + ".\"@ar");
				triples += line(out, concept, "<" + skos + "closeMatch>", standard);
				String divergence = "<" + NS + "divergences/synthetic-glossary-" + i + ">";
				triples += line(out, divergence, type, "<" + NS + "def#Divergence>");
				triples += line(out, divergence, "<" + NS + "def#nationalConcept>", concept);
				triples += line(out, divergence, "<" + NS + "def#standardConcept>", standard);
				triples += line(out, divergence, "<" + NS + "def#criterion>",
						"<" + NS + "concepts/criteria/residence-duration>");
				triples += line(out, divergence, "<" + NS + "def#nationalValue>", "\"P6M\"" + duration);
				triples += line(out, divergence, "<" + NS + "def#standardValue>", "\"P12M\"" + duration);
				triples += line(out, divergence, "<" + NS + "def#severity>", "<" + NS + "concepts/severities/major>");
				String dataset = "<" + NS + "datasets/synthetic-glossary-" + i + ">";
				triples += line(out, dataset, type, "<http://www.w3.org/ns/dcat#Dataset>");
				triples += line(out, dataset, "<http://purl.org/dc/terms/title>",
						"\"Enquête synthétique " + i + "\"@fr");
				triples += line(out, dataset, "<" + NS + "def#measures>", concept);
			}
		}
		return triples;
	}

	private static int line(BufferedWriter out, String s, String p, String o) throws IOException {
		out.write(s + " " + p + " " + o + " .\n");
		return 1;
	}

	/**
	 * Wall-clock times of the runs, sorted, then the CPU times of the benchmark thread,
	 * sorted: on a shared machine the wall clock includes waiting for a core, the CPU
	 * time does not (nor does it count the garbage collector's threads).
	 */
	private static double[][] time(Supplier<Object> work) {
		for (int i = 0; i < WARM_UP; i++) {
			work.get();
		}
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		double[] millis = new double[RUNS];
		double[] cpu = new double[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long cpuStart = threads.getCurrentThreadCpuTime();
			long start = System.nanoTime();
			work.get();
			millis[i] = (System.nanoTime() - start) / 1_000_000.0;
			cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000.0;
		}
		Arrays.sort(millis);
		Arrays.sort(cpu);
		return new double[][] { millis, cpu };
	}

	private static void report(String what, double[][] times, double goal) {
		double[] sorted = times[0];
		double median = sorted[RUNS / 2];
		String against = (goal > 0) ? String.format(Locale.ROOT, "  %.2f × the goal of %.0f ms", median / goal, goal)
				: "";
		System.out.printf(Locale.ROOT, "%-45s median %7.1f ms (min %7.1f, max %7.1f), thread CPU median %7.1f ms%s%n",
				what, median, sorted[0], sorted[RUNS - 1], times[1][RUNS / 2], against);
	}

	private static void load(String when) {
		System.out.printf(Locale.ROOT, "Load average %s: %.2f on %d cores%n", when,
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
				Runtime.getRuntime().availableProcessors());
	}

}
