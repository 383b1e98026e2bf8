package ma.hcp.simimo.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.ResourceFactory;

import ma.hcp.simimo.kernel.LanguagePolicy;
import ma.hcp.simimo.kernel.LocalizedText;

import org.springframework.stereotype.Component;

/**
 * The records withdrawn from publication (decision 0027), as the public system graph
 * records them ({@code simimo:withdrawn} and {@code simimo:withdrawnLabel} on the edited
 * graph of the record): what their IRI's 410 page shows. Read from the public store only,
 * so readers never reach the private store, and kept until the content version changes.
 */
@Component
public class WithdrawnRecords {

	private final SparqlExecutor executor;

	private final GraphNames graphNames;

	private final ContentVersion version;

	private volatile Known known;

	/**
	 * A withdrawn record.
	 *
	 * @param record its IRI
	 * @param withdrawn when it was withdrawn
	 * @param labels the labels it had, each with its language
	 */
	public record Withdrawal(String record, Instant withdrawn, List<LocalizedText> labels) {

		/** Its label for a reader of {@code language}, or its IRI when it had none. */
		public LocalizedText label(String language) {
			LocalizedText chosen = LanguagePolicy.choose(this.labels, language);
			return chosen.isPresent() ? chosen : LocalizedText.of(this.record);
		}

		/**
		 * When it was withdrawn, as an xsd:date ({@code 2026-12-04}), for the dates'
		 * words.
		 */
		public String date() {
			return this.withdrawn.toString().substring(0, 10);
		}

	}

	private record Known(String version, Map<String, Withdrawal> records) {
	}

	public WithdrawnRecords(SparqlExecutor executor, GraphNames graphNames, ContentVersion version) {
		this.executor = executor;
		this.graphNames = graphNames;
		this.version = version;
	}

	/** The withdrawal of {@code iri}, if it is a withdrawn record. */
	public Optional<Withdrawal> of(String iri) {
		return Optional.ofNullable(all().get(iri));
	}

	private Map<String, Withdrawal> all() {
		String current = this.version.current();
		Known last = this.known;
		if (last != null && last.version().equals(current)) {
			return last.records();
		}
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("systemGraph", ResourceFactory.createResource(this.graphNames.systemGraph()));
		Map<String, Instant> times = new LinkedHashMap<>();
		Map<String, List<LocalizedText>> labels = new LinkedHashMap<>();
		this.executor.forEach("store/withdrawnRecords", bindings, (row) -> {
			String record = row.getResource("record").getURI();
			times.putIfAbsent(record, Instant.parse(row.getLiteral("time").getLexicalForm()));
			List<LocalizedText> own = labels.computeIfAbsent(record, (key) -> new ArrayList<>());
			Literal label = row.getLiteral("label");
			if (label != null) {
				own.add(new LocalizedText(label.getLexicalForm(), label.getLanguage(), false));
			}
		});
		Map<String, Withdrawal> records = new LinkedHashMap<>();
		times.forEach((record, time) -> records.put(record,
				new Withdrawal(record, time, List.copyOf(labels.getOrDefault(record, List.of())))));
		this.known = new Known(current, Map.copyOf(records));
		return this.known.records();
	}

}
