package ma.hcp.simimo.gap;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.TimeZone;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.datatypes.xsd.XSDDateTime;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ma.hcp.simimo.gap.HarmonizationScores.Score;
import ma.hcp.simimo.store.GraphNames;
import ma.hcp.simimo.store.SparqlExecutor;
import ma.hcp.simimo.store.StoreContentChanged;
import ma.hcp.simimo.store.StoreWriter;
import ma.hcp.simimo.store.ValueRows;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Repository;

/**
 * Stores the harmonization scores as W3C DQV measurements, so they can be queried on
 * /sparql (queries/gap/harmonization/scores.rq). They are derived data: recomputed when
 * the application starts and whenever the content changes, and written through the
 * store's write path in one transaction into their own graph, which is emptied first so a
 * new computation replaces the last one. A computation equal to the stored one is not
 * written again, so a restart on unchanged content leaves the content version as it was.
 * Only the embedded store is written; a remote store is read-only here.
 */
@Repository
public class HarmonizationMeasurements {

	/** The graph's name under {@code <base>graphs/computed/}. */
	static final String GRAPH = "harmonization-scores";

	private static final Logger log = LoggerFactory.getLogger(HarmonizationMeasurements.class);

	private final ObjectProvider<StoreWriter> writer;

	private final HarmonizationScoreRepository scores;

	private final SparqlExecutor executor;

	private final GraphNames graphNames;

	HarmonizationMeasurements(ObjectProvider<StoreWriter> writer, HarmonizationScoreRepository scores,
			SparqlExecutor executor, GraphNames graphNames) {
		this.writer = writer;
		this.scores = scores;
		this.executor = executor;
		this.graphNames = graphNames;
	}

	// Before the gap results are computed ahead (GapResultsWarmer): this write changes
	// the
	// content version, which would discard them.
	@Order(0)
	@EventListener({ ApplicationReadyEvent.class, StoreContentChanged.class })
	void recordAfterContentLoads() {
		StoreWriter store = this.writer.getIfAvailable();
		if (store == null) {
			log.info("Harmonization measurements not stored: the store is remote");
			return;
		}
		try {
			int written = record(store, this.scores.scores(Locale.FRENCH));
			if (written > 0) {
				log.info("Harmonization measurements stored: {} in {}", written, graph());
			}
			else {
				log.info("Harmonization measurements unchanged in {}", graph());
			}
		}
		catch (RuntimeException ex) {
			// The scores are a by-product: failing to store them must not stop the
			// application or the reload that triggered them.
			log.warn("Harmonization measurements not stored: {}", ex.toString());
		}
	}

	/**
	 * Replaces the stored measurements with those of {@code scores}, unless they are the
	 * same; returns how many were written, 0 when they were the same.
	 */
	int record(StoreWriter store, HarmonizationScores scores) {
		List<Score> subjects = new ArrayList<>(scores.producers());
		subjects.add(scores.overall());
		ValueRows rows = ValueRows.of("measurement", "subject", "metric", "value");
		Map<String, String> values = new HashMap<>();
		for (Score subject : subjects) {
			measure(rows, values, subject, "alignment", subject.alignment());
			measure(rows, values, subject, "completeness", subject.completeness());
			measure(rows, values, subject, "harmonization-score", subject.score());
		}
		if (values.equals(stored())) {
			return 0;
		}
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("graph", ResourceFactory.createResource(graph()));
		bindings.add("computed",
				ResourceFactory.createTypedLiteral(new XSDDateTime(Calendar.getInstance(TimeZone.getTimeZone("UTC")))));
		store.write("harmonization measurements",
				(write) -> write.update("gap/harmonization/recordMeasurements", bindings, rows));
		return values.size();
	}

	String graph() {
		return this.graphNames.computedGraph(GRAPH);
	}

	private void measure(ValueRows rows, Map<String, String> values, Score subject, String metric, double value) {
		String measurement = this.graphNames.baseIri() + "measurements/harmonization/" + localName(subject.iri()) + "/"
				+ metric;
		String decimal = BigDecimal.valueOf(value).toPlainString();
		rows.row(ResourceFactory.createResource(measurement), ResourceFactory.createResource(subject.iri()),
				ResourceFactory.createResource(this.graphNames.baseIri() + "metrics/" + metric),
				ResourceFactory.createTypedLiteral(decimal, XSDDatatype.XSDdecimal));
		values.put(measurement, decimal);
	}

	/** The stored measurements: IRI to value, as written. */
	private Map<String, String> stored() {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("graph", ResourceFactory.createResource(graph()));
		Map<String, String> stored = new HashMap<>();
		this.executor.forEach("gap/harmonization/storedMeasurements", bindings,
				(row) -> stored.put(row.getResource("measurement").getURI(), row.getLiteral("value").getLexicalForm()));
		return stored;
	}

	/**
	 * The last path segment of the producer's IRI when it is a plain name, else a hash of
	 * the IRI, so every measurement IRI is valid and stable.
	 */
	static String localName(String iri) {
		String last = iri.substring(iri.lastIndexOf('/') + 1);
		return last.matches("[A-Za-z0-9_-]+") ? last : Integer.toHexString(iri.hashCode());
	}

}
