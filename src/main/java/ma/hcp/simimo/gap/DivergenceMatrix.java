package ma.hcp.simimo.gap;

import ma.hcp.simimo.kernel.LocalizedText;

import java.util.List;

/**
 * National concepts against the definitional criteria: in each cell, how the concept
 * compares with each standard concept on that criterion, recorded or detected.
 *
 * @param criteria the columns
 * @param groups the rows, grouped by producer or by concept family
 * @param heatmap producers against criteria, each cell the sum of the severity weights
 * @param filters the filters applied
 * @param options the values each filter offers
 */
public record DivergenceMatrix(List<Column> criteria, List<Group> groups, List<HeatRow> heatmap, MatrixFilters filters,
		FilterOptions options) {

	/**
	 * Severity weights of the heatmap: a detected, unrecorded departure counts as minor.
	 */
	public static final int ALIGNED = 0;

	public static final int MINOR = 1;

	public static final int MAJOR = 2;

	/** The severity of a departure the facets show but nobody has recorded. */
	public static final int DETECTED = -1;

	/**
	 * The key of the label of the provisional status in the severity labels of the
	 * exports (not a severity).
	 */
	public static final int PROVISIONAL = -3;

	/**
	 * A criterion.
	 *
	 * @param iri the criterion
	 * @param label its label
	 */
	public record Column(String iri, String label) {
	}

	/**
	 * A group of rows.
	 *
	 * @param iri the producer or family, or "" for none
	 * @param label its label
	 * @param rows its national concepts
	 */
	public record Group(String iri, String label, List<Row> rows) {
	}

	/**
	 * A national concept.
	 *
	 * @param iri the concept
	 * @param href its page
	 * @param label its label
	 * @param producer its producer's label
	 * @param family its family's label
	 * @param cells one per criterion, in column order
	 */
	public record Row(String iri, String href, LocalizedText label, String producer, String family, List<Cell> cells) {

		public boolean hasEntries() {
			return this.cells.stream().anyMatch((cell) -> !cell.entries().isEmpty());
		}

	}

	/**
	 * What one concept shows on one criterion.
	 *
	 * @param entries one per standard concept it is compared with
	 */
	public record Cell(List<Entry> entries) {

		/**
		 * The worst severity in the cell, for its colour: major, then minor, then
		 * detected, then aligned; -2 for an empty cell.
		 */
		public int worst() {
			List<Integer> order = List.of(ALIGNED, DETECTED, MINOR, MAJOR);
			return this.entries.stream()
				.map(Entry::severity)
				.max(java.util.Comparator.comparing(order::indexOf))
				.orElse(-2);
		}

	}

	/**
	 * A comparison with one standard concept on one criterion.
	 *
	 * @param standard the standard concept
	 * @param standardHref its page
	 * @param standardLabel its label
	 * @param scheme the label of its scheme
	 * @param nationalValue the national value, in words
	 * @param standardValue the standard value, in words
	 * @param severity 0 aligned, 1 minor, 2 major, -1 detected from facets and not
	 * recorded
	 * @param provisional true when the recorded divergence's premise is unverified
	 * (simimo:divergenceStatus provisional): shown, marked, and kept out of the heat
	 * weights and the harmonization scores
	 * @param evidence the recorded divergence's page, or "" when only detected
	 * @param evidenceIri the recorded divergence, or ""
	 */
	public record Entry(String standard, String standardHref, String standardLabel, String scheme, String nationalValue,
			String standardValue, int severity, boolean provisional, String evidence, String evidenceIri) {
	}

	/**
	 * One producer of the heatmap.
	 *
	 * @param producer its label
	 * @param weights the weighted count per criterion, in column order, provisional
	 * entries left out
	 * @param provisional the number of provisional entries per criterion, in column order
	 */
	public record HeatRow(String producer, List<Integer> weights, List<Integer> provisional) {

		public int total() {
			return this.weights.stream().mapToInt(Integer::intValue).sum();
		}

		public int provisionalTotal() {
			return this.provisional.stream().mapToInt(Integer::intValue).sum();
		}

	}

	/**
	 * The filters of the matrix, each "" when not set.
	 *
	 * @param producer a producer IRI
	 * @param family a family IRI
	 * @param standard a standard scheme IRI
	 * @param severity aligned, minor, major or detected
	 * @param groupBy producer or family
	 */
	public record MatrixFilters(String producer, String family, String standard, String severity, String groupBy) {

		public static final List<String> SEVERITIES = List.of("aligned", "minor", "major", "detected");

		public boolean keepsSeverity(int severity) {
			return this.severity.isEmpty()
					|| SEVERITIES.indexOf(this.severity) == ((severity == DETECTED) ? 3 : severity);
		}

	}

	/**
	 * The values the filters offer.
	 *
	 * @param producers producers
	 * @param families concept families
	 * @param standards standard schemes
	 */
	public record FilterOptions(List<Option> producers, List<Option> families, List<Option> standards) {
	}

	/**
	 * A filter value.
	 *
	 * @param value the IRI
	 * @param label its label
	 */
	public record Option(String value, String label) {
	}

}
