package ma.hcp.simimo.indicator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Locale;

import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

import ma.hcp.simimo.indicator.IndicatorPage.Feeder;
import ma.hcp.simimo.kernel.LabelledLink;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.store.Labels;
import ma.hcp.simimo.store.ResourceLinks;
import ma.hcp.simimo.kernel.ResourceNotFoundException;
import ma.hcp.simimo.store.LocalizedLiterals;
import ma.hcp.simimo.kernel.LocalizedText;
import ma.hcp.simimo.store.SparqlExecutor;
import ma.hcp.simimo.store.Vocab;

import org.springframework.stereotype.Repository;

/** Reads indicators from queries/indicator/. */
@Repository
public class IndicatorRepository {

	private final SparqlExecutor executor;

	private final LinkedDataPaths paths;

	private final ResourceLinks links;

	private final Labels labels;

	IndicatorRepository(SparqlExecutor executor, LinkedDataPaths paths, ResourceLinks links, Labels labels) {
		this.labels = labels;
		this.executor = executor;
		this.paths = paths;
		this.links = links;
	}

	/**
	 * Every indicator in code order, with its custodians' names as {@link Labels} gives
	 * them.
	 */
	public List<IndicatorSummary> all(Locale locale) {
		String language = locale.getLanguage();
		Map<String, String> notations = new LinkedHashMap<>();
		Map<String, List<String>> custodians = new LinkedHashMap<>();
		this.executor.select("indicator/indicatorList", new QuerySolutionMap(), (row) -> {
			String iri = row.getResource("indicator").getURI();
			notations.putIfAbsent(iri, row.getLiteral("notation").getLexicalForm());
			List<String> ofIndicator = custodians.computeIfAbsent(iri, (key) -> new ArrayList<>());
			if (row.contains("custodian") && !ofIndicator.contains(row.getResource("custodian").getURI())) {
				ofIndicator.add(row.getResource("custodian").getURI());
			}
			return null;
		});
		Set<String> iris = new LinkedHashSet<>(notations.keySet());
		custodians.values().forEach(iris::addAll);
		Map<String, LocalizedText> shown = this.labels.of(iris, language);
		return notations.entrySet()
			.stream()
			.map((indicator) -> new IndicatorSummary(
					new LabelledLink(
							indicator.getKey(), shown.get(indicator.getKey()), this.paths.hrefFor(indicator.getKey())),
					indicator.getValue(),
					String.join(", ",
							custodians.get(indicator.getKey())
								.stream()
								.map(shown::get)
								.sorted(Labels.byText(language))
								.map(LocalizedText::text)
								.toList())))
			.toList();
	}

	public IndicatorPage page(String iri, Locale locale) {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("indicator", ResourceFactory.createResource(iri));
		Model model = this.executor.construct("indicator/indicatorPage", bindings);
		Resource indicator = model.createResource(iri);
		if (!model.contains(indicator, RDF.type, Vocab.INDICATOR)) {
			throw new ResourceNotFoundException(iri);
		}
		String lang = locale.getLanguage();
		List<Feeder> feeders = model.listSubjectsWithProperty(Vocab.COULD_FEED, indicator)
			.toList()
			.stream()
			.map((dataset) -> new Feeder(this.links.link(dataset, lang),
					this.links.links(dataset, Vocab.THROUGH, lang)))
			.sorted(Comparator.comparing((Feeder feeder) -> feeder.dataset().label().text()))
			.toList();
		List<LocalizedText> notes = new ArrayList<>();
		for (Property note : List.of(SKOS.scopeNote, SKOS.note)) {
			LocalizedText text = LocalizedLiterals.best(indicator, lang, note);
			if (text.isPresent()) {
				notes.add(text);
			}
		}
		Statement notation = indicator.getProperty(SKOS.notation);
		return new IndicatorPage(iri, (notation != null) ? notation.getString() : "", this.links.label(indicator, lang),
				LocalizedLiterals.best(indicator, lang, SKOS.definition),
				this.links.links(indicator, Vocab.CUSTODIAN, lang),
				this.links.links(indicator, Vocab.REQUIRES_CONCEPT, lang),
				this.links.links(indicator, Vocab.REQUIRES_BREAKDOWN, lang), feeders, notes);
	}

}
