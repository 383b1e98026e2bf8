package ma.hcp.simimo.store;

import java.util.List;
import java.util.Locale;

import org.apache.jena.query.QuerySolutionMap;

import ma.hcp.simimo.kernel.LabelledLink;

import org.springframework.stereotype.Component;

/**
 * The producers of the catalogue (queries/store/catalogueProducers.rq, on the public
 * store): the only ones a contributor may work for, whoever names them (decision 0019),
 * and those a new record may belong to (decision 0025), whatever its kind.
 */
@Component
public class CatalogueProducers {

	private final SparqlExecutor executor;

	private final Labels labels;

	CatalogueProducers(SparqlExecutor executor, Labels labels) {
		this.executor = executor;
		this.labels = labels;
	}

	/** The IRIs of the producers of the catalogue. */
	public List<String> iris() {
		return this.executor.select("store/catalogueProducers", new QuerySolutionMap(),
				(row) -> row.getResource("producer").getURI());
	}

	/** Every producer of the catalogue, sorted by its name in the reader's language. */
	public List<LabelledLink> all(Locale locale) {
		return Labels.sorted(this.labels.links(iris(), locale.getLanguage()), LabelledLink::label,
				locale.getLanguage());
	}

}
