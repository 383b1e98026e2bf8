package ma.hcp.simimo.catalogue;

import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.ORG;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.SKOS;

import ma.hcp.simimo.catalogue.DatasetPage.MeasuredConcept;
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

/** Reads one producer's page from queries/catalogue/producerPage.rq. */
@Repository
public class ProducerRepository {

	static final int DATASETS_SHOWN = 50;

	private final SparqlExecutor executor;

	private final LinkedDataPaths paths;

	private final ResourceLinks links;

	private final Labels labels;

	ProducerRepository(SparqlExecutor executor, LinkedDataPaths paths, ResourceLinks links, Labels labels) {
		this.labels = labels;
		this.executor = executor;
		this.paths = paths;
		this.links = links;
	}

	public ProducerPage page(String iri, Locale locale) {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("producer", ResourceFactory.createResource(iri));
		Model model = this.executor.construct("catalogue/producerPage", bindings);
		Resource producer = model.createResource(iri);
		if (!producer.hasProperty(FOAF.name)) {
			throw new ResourceNotFoundException(iri);
		}
		String lang = locale.getLanguage();
		List<Resource> concepts = model.listSubjectsWithProperty(Vocab.PRODUCED_BY, producer).toList();
		List<String> severities = concepts.stream()
			.flatMap((concept) -> model.listSubjectsWithProperty(Vocab.NATIONAL_CONCEPT, concept).toList().stream())
			.distinct()
			.map((divergence) -> divergence.getPropertyResourceValue(Vocab.SEVERITY))
			.filter(Objects::nonNull)
			.map((severity) -> ResourceLinks.lexical(severity, SKOS.notation))
			.toList();
		return new ProducerPage(iri, this.links.label(producer, lang),
				producer.listProperties(Vocab.ACRONYM)
					.mapWith((s) -> s.getString())
					.toList()
					.stream()
					.distinct()
					.sorted()
					.toList(),
				this.links.links(producer, Vocab.PRODUCER_ROLE, lang), this.links.links(producer, ORG.hasUnit, lang),
				datasets(bindings, lang), datasetCount(bindings),
				concepts.stream()
					.map((concept) -> measured(model, concept, lang))
					.sorted(Comparator.comparing((MeasuredConcept c) -> c.concept().label().text()))
					.toList(),
				severities.stream().filter("0"::equals).count(), severities.stream().filter("1"::equals).count(),
				severities.stream().filter("2"::equals).count());
	}

	/** Every producer, by the name shown, as the reader's language sorts it. */
	public List<ProducerSummary> all(Locale locale) {
		Map<String, Long> counts = new LinkedHashMap<>();
		this.executor.select("catalogue/producerList", new QuerySolutionMap(),
				(row) -> counts.put(row.getResource("producer").getURI(), row.getLiteral("datasets").getLong()));
		String language = locale.getLanguage();
		List<ProducerSummary> producers = this.labels.links(counts.keySet(), language)
			.stream()
			.map((link) -> new ProducerSummary(link, counts.get(link.iri())))
			.toList();
		return Labels.sorted(producers, (producer) -> producer.producer().label(), language);
	}

	private List<LabelledLink> datasets(QuerySolutionMap producerBinding, String lang) {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.addAll(producerBinding);
		return ResourceLinks.sorted(this.labels.links(this.executor.select("catalogue/producerDatasets", bindings,
				DATASETS_SHOWN, (row) -> row.getResource("dataset").getURI()), lang));
	}

	private long datasetCount(QuerySolutionMap producerBinding) {
		return this.executor
			.select("catalogue/producerDatasetCount", producerBinding, (row) -> row.getLiteral("datasets").getLong())
			.get(0);
	}

	private MeasuredConcept measured(Model model, Resource concept, String lang) {
		Optional<Resource> worst = model.listSubjectsWithProperty(Vocab.NATIONAL_CONCEPT, concept)
			.mapWith((divergence) -> divergence.getPropertyResourceValue(Vocab.SEVERITY))
			.toList()
			.stream()
			.filter(Objects::nonNull)
			.max(Comparator.comparing((severity) -> ResourceLinks.lexical(severity, SKOS.notation)));
		return new MeasuredConcept(this.links.link(concept, lang),
				worst.map((s) -> ResourceLinks.lexical(s, SKOS.notation)).orElse(""),
				worst.map((s) -> LocalizedLiterals.best(s, lang, SKOS.prefLabel)).orElse(LocalizedText.none()));
	}

}
