package ma.hcp.simimo.store;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.jena.query.QuerySolutionMap;

import ma.hcp.simimo.kernel.LabelledLink;

import org.springframework.stereotype.Component;

/**
 * The sources an edit form offers (decision 0021): the content's source documents, and
 * those the record cites already, so that a record's source is never lost because it is
 * not a dct:BibliographicResource. Shared by the concept and reference-period forms.
 */
@Component
public class DraftSources {

	private final SparqlExecutor executor;

	private final Labels labels;

	DraftSources(SparqlExecutor executor, Labels labels) {
		this.executor = executor;
		this.labels = labels;
	}

	/** The IRIs a record citing {@code cited} may choose among. */
	public Set<String> allowed(Collection<String> cited) {
		Set<String> iris = new LinkedHashSet<>(this.executor.select("store/draftSources", new QuerySolutionMap(),
				(row) -> row.getResource("source").getURI()));
		iris.addAll(cited);
		return iris;
	}

	/** The choices shown, by label: {@link #allowed} with {@code cited}. */
	public List<LabelledLink> choices(Collection<String> cited, Locale locale) {
		return this.labels.links(allowed(cited), locale.getLanguage())
			.stream()
			.sorted(Comparator.comparing((LabelledLink link) -> link.label().text()))
			.toList();
	}

}
