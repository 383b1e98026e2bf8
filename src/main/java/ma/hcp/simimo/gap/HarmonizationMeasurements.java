package ma.hcp.simimo.gap;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.datatypes.xsd.XSDDateTime;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ma.hcp.simimo.gap.HarmonizationScores.Score;
import ma.hcp.simimo.store.GraphNames;
import ma.hcp.simimo.store.QueryRegistry;
import ma.hcp.simimo.store.StoreContentChanged;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Repository;

/**
 * Stores the harmonization scores as W3C DQV measurements, so they can be queried on
 * /sparql (queries/gap/harmonization/scores.rq). They are derived data: recomputed when
 * the application starts and whenever the content changes, and written in one transaction
 * into their own graph, which is emptied first so a new computation replaces the last
 * one. Only the embedded store is written; a remote store is read-only here.
 */
@Repository
public class HarmonizationMeasurements {

	/** The graph's name under {@code <base>graphs/computed/}. */
	static final String GRAPH = "harmonization-scores";

	private static final Logger log = LoggerFactory.getLogger(HarmonizationMeasurements.class);

	private final ObjectProvider<Dataset> dataset;

	private final HarmonizationScoreRepository scores;

	private final QueryRegistry queries;

	private final GraphNames graphNames;

	HarmonizationMeasurements(ObjectProvider<Dataset> dataset, HarmonizationScoreRepository scores,
			QueryRegistry queries, GraphNames graphNames) {
		this.dataset = dataset;
		this.scores = scores;
		this.queries = queries;
		this.graphNames = graphNames;
	}

	@EventListener({ ApplicationReadyEvent.class, StoreContentChanged.class })
	void recordAfterContentLoads() {
		Dataset store = this.dataset.getIfAvailable();
		if (store == null) {
			log.info("Harmonization measurements not stored: the store is remote");
			return;
		}
		try {
			int written = record(store, this.scores.scores(Locale.FRENCH));
			log.info("Harmonization measurements stored: {} in {}", written, graph());
		}
		catch (RuntimeException ex) {
			// The scores are a by-product: failing to store them must not stop the
			// application or the reload that triggered them.
			log.warn("Harmonization measurements not stored: {}", ex.toString());
		}
	}

	/**
	 * Replaces the stored measurements with those of {@code scores}; returns how many.
	 */
	int record(Dataset store, HarmonizationScores scores) {
		List<Score> subjects = new ArrayList<>(scores.producers());
		subjects.add(scores.overall());
		Literal computed = ResourceFactory
			.createTypedLiteral(new XSDDateTime(Calendar.getInstance(TimeZone.getTimeZone("UTC"))));
		int[] written = { 0 };
		Txn.executeWrite(store, () -> {
			QuerySolutionMap graph = new QuerySolutionMap();
			graph.add("graph", ResourceFactory.createResource(graph()));
			UpdateExecution.dataset(store)
				.update(this.queries.update("gap/harmonization/clearMeasurements"))
				.substitution(graph)
				.execute();
			for (Score subject : subjects) {
				measure(store, subject, "alignment", subject.alignment(), computed);
				measure(store, subject, "completeness", subject.completeness(), computed);
				measure(store, subject, "harmonization-score", subject.score(), computed);
				written[0] += 3;
			}
		});
		return written[0];
	}

	String graph() {
		return this.graphNames.computedGraph(GRAPH);
	}

	private void measure(Dataset store, Score subject, String metric, double value, Literal computed) {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("graph", ResourceFactory.createResource(graph()));
		bindings.add("measurement", ResourceFactory.createResource(
				this.graphNames.baseIri() + "measurements/harmonization/" + localName(subject.iri()) + "/" + metric));
		bindings.add("subject", ResourceFactory.createResource(subject.iri()));
		bindings.add("metric", ResourceFactory.createResource(this.graphNames.baseIri() + "metrics/" + metric));
		bindings.add("value",
				ResourceFactory.createTypedLiteral(BigDecimal.valueOf(value).toPlainString(), XSDDatatype.XSDdecimal));
		bindings.add("computed", computed);
		UpdateExecution.dataset(store)
			.update(this.queries.update("gap/harmonization/recordMeasurement"))
			.substitution(bindings)
			.execute();
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
