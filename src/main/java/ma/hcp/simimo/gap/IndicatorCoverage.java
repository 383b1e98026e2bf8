package ma.hcp.simimo.gap;

import java.util.List;

import ma.hcp.simimo.kernel.LabelledLink;
import ma.hcp.simimo.kernel.LocalizedText;

/**
 * The indicator coverage matrix: each indicator against each producer, every cell in one
 * of four states with the evidence for it (queries/gap/indicatorCoverage.rq states the
 * rule).
 *
 * @param producers the columns: the organisations that publish datasets, by label
 * @param rows the indicators, in code order (SDG numbers first, then the others)
 * @param producible the indicators that at least one producer covers (a cell that is not
 * missing)
 * @param uncovered the indicators no producer covers (every cell missing)
 */
public record IndicatorCoverage(List<Producer> producers, List<Row> rows, List<Row> producible, List<Row> uncovered) {

	public static final String AVAILABLE = "available";

	public static final String PARTIAL = "partial";

	public static final String PROXY = "proxy";

	public static final String MISSING = "missing";

	/** The states, best first. */
	public static final List<String> STATES = List.of(AVAILABLE, PARTIAL, PROXY, MISSING);

	/** How a required concept is covered, from the paths that reach it. */
	public static final String DIRECT = "direct";

	public static final String NONE = "none";

	/**
	 * A column.
	 *
	 * @param link the producer
	 * @param acronym its acronym, or its label when it has none
	 */
	public record Producer(LabelledLink link, String acronym) {
	}

	/**
	 * An indicator and its cells, one per producer in column order.
	 *
	 * @param indicator the indicator
	 * @param notation its code, or ""
	 * @param id what identifies it in /gaps/indicators/{id}: its code, or the last
	 * segment of its IRI
	 * @param bestState the best state among its cells
	 * @param cells its cells
	 */
	public record Row(LabelledLink indicator, String notation, String id, String bestState, List<Cell> cells) {

		/** The producers whose cell is in the row's best state. */
		public List<LabelledLink> bestProducers() {
			return this.cells.stream()
				.filter((cell) -> cell.state().equals(this.bestState))
				.map((cell) -> cell.producer().link())
				.toList();
		}

	}

	/**
	 * One indicator and one producer.
	 *
	 * @param producer the producer
	 * @param state available, partial, proxy or missing
	 * @param href the page that explains the state
	 * @param datasets the producer's datasets that reach a required concept
	 * @param concepts each required concept with the paths that reach it
	 * @param divergences the minor and major divergences on those paths
	 * @param missingBreakdowns the breakdowns the indicator requires that no dataset of
	 * the producer reaching a required concept is known to have (simimo:hasBreakdown)
	 * @param missingVariables the variables the indicator requires (a cost, a price,
	 * injuries…) that no such dataset is known to record (simimo:hasVariable)
	 */
	public record Cell(Producer producer, String state, String href, List<LabelledLink> datasets,
			List<ConceptCoverage> concepts, List<NamedDivergence> divergences, List<LabelledLink> missingBreakdowns,
			List<LabelledLink> missingVariables) {

		/** The required concepts that no dataset of the producer reaches. */
		public List<LabelledLink> uncoveredConcepts() {
			return this.concepts.stream()
				.filter((concept) -> concept.grade().equals(NONE))
				.map(ConceptCoverage::concept)
				.toList();
		}

	}

	/**
	 * A required concept in one cell.
	 *
	 * @param concept the required concept
	 * @param grade direct, proxy or none
	 * @param paths the paths that reach it, direct ones first
	 */
	public record ConceptCoverage(LabelledLink concept, String grade, List<Path> paths) {
	}

	/**
	 * How a dataset reaches a required concept: it measures a concept that is the target
	 * or is mapped to it.
	 *
	 * @param dataset the dataset
	 * @param measured the concept it measures
	 * @param match same, exactMatch, closeMatch, relatedMatch, broadMatch or narrowMatch,
	 * read from the measured concept to the target
	 * @param target the required concept, or the indicator's own concept
	 * @param throughIndicator true when the target is the indicator's own concept
	 * @param direct true for the same concept, or an exact match without a minor or major
	 * divergence
	 * @param divergences the minor and major divergences recorded between the measured
	 * concept and the target
	 */
	public record Path(LabelledLink dataset, LabelledLink measured, String match, LabelledLink target,
			boolean throughIndicator, boolean direct, List<NamedDivergence> divergences) {
	}

	/**
	 * A recorded divergence, named by its criterion and severity.
	 *
	 * @param iri the divergence
	 * @param href its page
	 * @param criterion the criterion it is about
	 * @param severity minor or major
	 */
	public record NamedDivergence(String iri, String href, LocalizedText criterion, String severity) {
	}

}
