package ma.hcp.simimo.gap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.query.QuerySolutionMap;

import ma.hcp.simimo.gap.DivergenceMatrix.Entry;
import ma.hcp.simimo.gap.DivergenceMatrix.MatrixFilters;
import ma.hcp.simimo.gap.DivergenceMatrix.Option;
import ma.hcp.simimo.gap.DivergenceMatrix.Row;
import ma.hcp.simimo.gap.HarmonizationScores.Fix;
import ma.hcp.simimo.gap.HarmonizationScores.Score;
import ma.hcp.simimo.kernel.LocalizedText;
import ma.hcp.simimo.store.GraphNames;
import ma.hcp.simimo.store.Labels;
import ma.hcp.simimo.store.SparqlExecutor;

import org.springframework.stereotype.Repository;

/**
 * Computes the harmonization scores: the alignment half from the divergence matrix (every
 * comparison of each national concept, recorded or detected), the completeness half from
 * queries/gap/harmonization/completeness.rq.
 */
@Repository
public class HarmonizationScoreRepository {

	private final SparqlExecutor executor;

	private final DivergenceMatrixRepository matrices;

	private final HarmonizationScoreProperties weights;

	private final GapResultsCache cache;

	private final Labels labels;

	private final String catalogue;

	HarmonizationScoreRepository(SparqlExecutor executor, DivergenceMatrixRepository matrices,
			HarmonizationScoreProperties weights, GapResultsCache cache, GraphNames graphNames, Labels labels) {
		this.executor = executor;
		this.matrices = matrices;
		this.weights = weights;
		this.cache = cache;
		this.labels = labels;
		this.catalogue = graphNames.baseIri() + "catalogue";
	}

	public HarmonizationScores scores(Locale locale) {
		return this.cache.get("scores/" + locale.getLanguage(), () -> compute(locale));
	}

	private HarmonizationScores compute(Locale locale) {
		Set<String> producerIris = new TreeSet<>();
		Map<String, List<Concept>> concepts = new LinkedHashMap<>();
		DivergenceMatrix all = this.matrices.matrix(new MatrixFilters("", "", "", "", "producer"), locale);
		for (Option producer : all.options().producers()) {
			producerIris.add(producer.value());
			DivergenceMatrix matrix = this.matrices.matrix(new MatrixFilters(producer.value(), "", "", "", "producer"),
					locale);
			List<Concept> rows = new ArrayList<>();
			// A concept compared only through provisional divergences is left out, not
			// counted as uncompared: its alignment is unknown until the premises are
			// checked.
			matrix.groups()
				.forEach((group) -> group.rows()
					.stream()
					.filter((row) -> !Concept.provisionalOnly(row))
					.forEach((row) -> rows.add(Concept.of(row))));
			concepts.put(producer.value(), rows);
		}
		Map<String, Map<String, int[]>> fields = new LinkedHashMap<>();
		this.executor.forEach("gap/harmonization/completeness", new QuerySolutionMap(), (row) -> {
			String producer = row.getResource("producer").getURI();
			producerIris.add(producer);
			String field = row.getLiteral("kind").getString() + "." + row.getLiteral("field").getString();
			int[] tally = fields.computeIfAbsent(producer, (key) -> new TreeMap<>())
				.computeIfAbsent(field, (key) -> new int[2]);
			tally[0] += row.getLiteral("filled").getBoolean() ? 1 : 0;
			tally[1]++;
		});
		List<Score> producers = new ArrayList<>();
		List<Concept> pooledConcepts = new ArrayList<>();
		Map<String, int[]> pooledFields = new TreeMap<>();
		Map<String, LocalizedText> names = this.labels.of(producerIris, locale.getLanguage());
		names.forEach((producer, label) -> {
			List<Concept> ofProducer = concepts.getOrDefault(producer, List.of());
			Map<String, int[]> ofFields = fields.getOrDefault(producer, Map.of());
			pooledConcepts.addAll(ofProducer);
			ofFields.forEach((field, tally) -> {
				int[] pooled = pooledFields.computeIfAbsent(field, (key) -> new int[2]);
				pooled[0] += tally[0];
				pooled[1] += tally[1];
			});
			producers.add(score(producer, label, ofProducer, ofFields, true));
		});
		producers.sort(Comparator.comparingDouble(Score::score)
			.reversed()
			.thenComparing(Score::label, Labels.byText(locale.getLanguage())));
		Score overall = score(this.catalogue, LocalizedText.none(), pooledConcepts, pooledFields, false);
		return new HarmonizationScores(this.weights.alignmentWeight(), this.weights.completenessWeight(), overall,
				List.copyOf(producers));
	}

	private Score score(String iri, LocalizedText label, List<Concept> concepts, Map<String, int[]> fields,
			boolean withFixes) {
		double wa = this.weights.alignmentWeight();
		double wm = this.weights.completenessWeight();
		double alignment = HarmonizationScoreArithmetic
			.alignment(concepts.stream().map((concept) -> concept.alignment()).toList());
		int filled = fields.values().stream().mapToInt((tally) -> tally[0]).sum();
		int expected = fields.values().stream().mapToInt((tally) -> tally[1]).sum();
		double completeness = HarmonizationScoreArithmetic.completeness(filled, expected);
		double score = HarmonizationScoreArithmetic.score(alignment, completeness, wa, wm);
		List<Fix> fixes = new ArrayList<>();
		if (withFixes) {
			for (Concept concept : concepts) {
				if (concept.alignment() < 1) {
					double gain = HarmonizationScoreArithmetic.gainFromAligning(concept.alignment(), concepts.size(),
							wa, wm);
					int departures = (int) concept.severities().stream().filter((severity) -> severity > 0).count();
					int majors = (int) concept.severities()
						.stream()
						.filter((severity) -> severity == DivergenceMatrix.MAJOR)
						.count();
					fixes.add(new Fix(concept.severities().isEmpty() ? "compare" : "align", concept.iri(),
							concept.href(), concept.label(), departures, majors, round(gain, 2)));
				}
			}
			fields.forEach((field, tally) -> {
				if (tally[0] < tally[1]) {
					double gain = HarmonizationScoreArithmetic.gainFromFilling(tally[1] - tally[0], expected, wa, wm);
					fixes.add(new Fix("fill", field, "", LocalizedText.none(), tally[1] - tally[0], 0, round(gain, 2)));
				}
			});
			fixes.sort(Comparator.comparingDouble(Fix::gain)
				.reversed()
				.thenComparing(Fix::kind)
				.thenComparing(Fix::subject));
		}
		return new Score(iri, label, concepts.size(), round(alignment, 4), filled, expected, round(completeness, 4),
				round(score, 1), List.copyOf(fixes));
	}

	static double round(double value, int decimals) {
		double scale = Math.pow(10, decimals);
		return Math.round(value * scale) / scale;
	}

	/**
	 * A national concept and the severities of its comparisons, detected ones as minor;
	 * provisional divergences are left out, since their premise is unverified.
	 */
	private record Concept(String iri, String href, LocalizedText label, List<Integer> severities) {

		static Concept of(Row row) {
			List<Integer> severities = row.cells()
				.stream()
				.flatMap((cell) -> cell.entries().stream())
				.filter((entry) -> !entry.provisional())
				.map(Entry::severity)
				.map((severity) -> (severity == DivergenceMatrix.DETECTED) ? DivergenceMatrix.MINOR : severity)
				.toList();
			return new Concept(row.iri(), row.href(), row.label(), severities);
		}

		static boolean provisionalOnly(Row row) {
			List<Entry> entries = row.cells().stream().flatMap((cell) -> cell.entries().stream()).toList();
			return !entries.isEmpty() && entries.stream().allMatch(Entry::provisional);
		}

		double alignment() {
			return HarmonizationScoreArithmetic.conceptAlignment(this.severities);
		}

	}

}
