package ma.hcp.simimo.catalogue;

import org.apache.jena.vocabulary.OA;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import ma.hcp.simimo.catalogue.DatasetPage.BreakdownView;
import ma.hcp.simimo.catalogue.DatasetPage.MeasuredConcept;
import ma.hcp.simimo.catalogue.DatasetPage.ReferencePeriodView;
import ma.hcp.simimo.catalogue.DatasetPage.ReportHeading;
import ma.hcp.simimo.catalogue.DatasetPage.ReportTopic;
import ma.hcp.simimo.kernel.LabelledLink;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.store.ResourceLinks;
import ma.hcp.simimo.store.LocalizedLiterals;
import ma.hcp.simimo.kernel.LocalizedText;
import ma.hcp.simimo.store.SparqlExecutor;
import ma.hcp.simimo.store.Vocab;

import org.springframework.stereotype.Repository;

/** Reads one dataset's page from queries/catalogue/datasetPage.rq. */
@Repository
public class DatasetRepository {

	private final SparqlExecutor executor;

	private final LinkedDataPaths paths;

	private final ResourceLinks links;

	DatasetRepository(SparqlExecutor executor, LinkedDataPaths paths, ResourceLinks links) {
		this.executor = executor;
		this.paths = paths;
		this.links = links;
	}

	public DatasetPage page(String iri, Locale locale) {
		return page(iri, publishedPage(iri), locale, false);
	}

	/**
	 * The page of dataset {@code iri} as {@code draft}, its draft's description, would
	 * make it: the published page's neighbourhood (publisher, concepts, report
	 * structure), with the dataset's own description replaced by the draft's.
	 */
	public DatasetPage draftPage(String iri, Model draft, Locale locale) {
		return draftPage(iri, draft, Optional.empty(), locale);
	}

	/**
	 * As {@link #draftPage(String, Model, Locale)}, for a dataset that may not be
	 * published yet: {@code intendedOwner} is shown as its owner (decision 0025).
	 */
	public DatasetPage draftPage(String iri, Model draft, Optional<String> intendedOwner, Locale locale) {
		Model model = publishedPage(iri);
		Resource dataset = model.createResource(iri);
		for (Statement statement : dataset.listProperties().toList()) {
			if (statement.getObject().isAnon()) {
				model.removeAll(statement.getResource(), null, null);
			}
		}
		// Ownership is not part of a draft (decision 0021): it stays as published.
		List<Statement> owners = dataset.listProperties(Vocab.OWNER).toList();
		model.removeAll(dataset, null, null);
		model.add(owners);
		model.add(draft);
		intendedOwner.ifPresent((owner) -> dataset.addProperty(Vocab.OWNER, model.createResource(owner)));
		return page(iri, model, locale, true);
	}

	private Model publishedPage(String iri) {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("dataset", ResourceFactory.createResource(iri));
		return this.executor.construct("catalogue/datasetPage", bindings);
	}

	/**
	 * The page from {@code model}; a draft's title is its own, not the published name
	 * Labels gives.
	 */
	private DatasetPage page(String iri, Model model, Locale locale, boolean draft) {
		Resource dataset = model.createResource(iri);
		if (!model.contains(dataset, RDF.type, DCAT.Dataset)) {
			throw new DatasetNotFoundException(iri);
		}
		String language = locale.getLanguage();
		Optional<Resource> temporal = ResourceLinks.object(dataset, DCTerms.temporal);
		return new DatasetPage(iri,
				draft ? LocalizedLiterals.best(dataset, language, DCTerms.title) : this.links.label(dataset, language),
				LocalizedLiterals.best(dataset, language, DCTerms.description),
				this.links.first(dataset, DCTerms.publisher, language),
				this.links.first(dataset, Vocab.OWNER, language),
				this.links.first(dataset, Vocab.STATISTICAL_OPERATION, language),
				this.links.first(dataset, Vocab.SOURCE_TYPE, language), periods(dataset, language),
				temporal.map((t) -> ResourceLinks.lexical(t, DCAT.startDate)).orElse(""),
				temporal.map((t) -> ResourceLinks.lexical(t, DCAT.endDate)).orElse(""),
				this.links.first(dataset, DCTerms.accrualPeriodicity, language),
				this.links.first(dataset, DCTerms.accessRights, language),
				this.links.first(dataset, DCTerms.license, language), objectText(dataset, DCTerms.issued),
				objectText(dataset, DCTerms.modified),
				dataset.listProperties(DCAT.landingPage).mapWith((s) -> s.getObject().toString()).toList(),
				this.links.links(dataset, Vocab.USES_CLASSIFICATION, language), concepts(model, dataset, language),
				qualityNotes(dataset, language), LocalizedLiterals.best(dataset, language, Vocab.COLLECTION_METHOD),
				LocalizedLiterals.best(dataset, language, Vocab.UPDATE_PRACTICE),
				LocalizedLiterals.best(dataset, language, Vocab.DISSEMINATION_METHOD),
				LocalizedLiterals.allShown(dataset, DCAT.keyword, language),
				this.links.links(dataset, DCTerms.source, language), distributions(dataset, language),
				report(model, dataset, language), this.links.links(dataset, Vocab.STATISTICAL_UNIT, language),
				this.links.first(dataset, Vocab.STOCK_OR_FLOW, language), breakdowns(dataset, language));
	}

	/**
	 * The report: each topic, in the meeting's order, with the concepts it is reported
	 * under and the dataset's values of every property that records them.
	 */
	private List<ReportTopic> report(Model model, Resource dataset, String language) {
		return model.listSubjectsWithProperty(Vocab.REPORTED_UNDER)
			.toList()
			.stream()
			.sorted(Comparator.comparing((Resource topic) -> codeOf(topic)))
			.map((topic) -> new ReportTopic(ResourceLinks.lexical(topic, SKOS.notation),
					this.links.label(topic, language),
					topic.listProperties(Vocab.REPORTED_UNDER)
						.mapWith(Statement::getResource)
						.toList()
						.stream()
						.sorted(Comparator.comparing(DatasetRepository::codeOf))
						.map((heading) -> heading(model, dataset, heading, language))
						.toList()))
			.toList();
	}

	private ReportHeading heading(Model model, Resource dataset, Resource heading, String language) {
		List<LocalizedText> texts = new ArrayList<>();
		List<LabelledLink> links = new ArrayList<>();
		for (Resource property : model.listSubjectsWithProperty(Vocab.SIMS_CONCEPT, heading).toList()) {
			Property recorded = model.createProperty(property.getURI());
			LocalizedText text = LocalizedLiterals.best(dataset, language, recorded);
			if (text.isPresent()) {
				texts.add(text);
			}
			for (RDFNode value : dataset.listProperties(recorded).mapWith(Statement::getObject).toList()) {
				if (value.isURIResource()) {
					links.add(this.links.link(value.asResource(), language));
				}
				else if (value.isAnon()) {
					LocalizedText note = LocalizedLiterals.best(value.asResource(), language, OA.bodyValue,
							RDFS.comment);
					if (note.isPresent()) {
						texts.add(note);
					}
				}
			}
		}
		return new ReportHeading(ResourceLinks.lexical(heading, SKOS.notation), this.links.label(heading, language),
				List.copyOf(texts), ResourceLinks.sorted(links));
	}

	/**
	 * A sort key that orders codes as numbers (S.6.2 before S.10) and puts the SIMIMO
	 * sub-concepts after the SIMS concepts.
	 */
	static String codeOf(Resource resource) {
		String code = ResourceLinks.lexical(resource, SKOS.notation);
		StringBuilder key = new StringBuilder();
		for (String part : code.split("\\.")) {
			key.append(part.chars().allMatch(Character::isDigit) ? String.format("%05d", Integer.parseInt(part))
					: part.equals("S") ? "0" : "1" + part)
				.append('.');
		}
		return key.toString();
	}

	/**
	 * The breakdowns: those given with their classification (simimo:breakdownUse), then
	 * those stated without one (simimo:hasBreakdown).
	 */
	private List<BreakdownView> breakdowns(Resource dataset, String language) {
		List<BreakdownView> views = new ArrayList<>();
		Set<String> detailed = new HashSet<>();
		for (Resource use : dataset.listProperties(Vocab.BREAKDOWN_USE).mapWith(Statement::getResource).toList()) {
			LabelledLink breakdown = this.links.first(use, Vocab.BREAKDOWN, language);
			if (breakdown != null) {
				detailed.add(breakdown.iri());
				views
					.add(new BreakdownView(breakdown, this.links.first(use, Vocab.BREAKDOWN_CLASSIFICATION, language)));
			}
		}
		this.links.links(dataset, Vocab.HAS_BREAKDOWN, language)
			.stream()
			.filter((breakdown) -> !detailed.contains(breakdown.iri()))
			.forEach((breakdown) -> views.add(new BreakdownView(breakdown, null)));
		views.sort(Comparator.comparing((BreakdownView view) -> view.breakdown().label().text()));
		return List.copyOf(views);
	}

	private List<ReferencePeriodView> periods(Resource dataset, String language) {
		return dataset.listProperties(Vocab.REFERENCE_PERIOD)
			.mapWith(Statement::getResource)
			.toList()
			.stream()
			.map((period) -> new ReferencePeriodView(
					LocalizedLiterals.best(period, language, RDFS.label, SKOS.prefLabel),
					ResourceLinks.object(period, Vocab.PERIOD_KIND)
						.map((kind) -> LocalizedLiterals.best(kind, language, SKOS.prefLabel))
						.orElse(LocalizedText.none()),
					ResourceLinks.lexical(period, Vocab.DURATION), ResourceLinks.lexical(period, Vocab.START_DATE),
					ResourceLinks.lexical(period, Vocab.END_DATE)))
			.toList();
	}

	private List<MeasuredConcept> concepts(Model model, Resource dataset, String language) {
		return dataset.listProperties(Vocab.MEASURES)
			.mapWith(Statement::getResource)
			.toList()
			.stream()
			.map((concept) -> {
				Optional<Resource> worst = model.listSubjectsWithProperty(Vocab.NATIONAL_CONCEPT, concept)
					.mapWith((divergence) -> divergence.getPropertyResourceValue(Vocab.SEVERITY))
					.toList()
					.stream()
					.filter(java.util.Objects::nonNull)
					.max(Comparator.comparing((severity) -> ResourceLinks.lexical(severity, SKOS.notation)));
				return new MeasuredConcept(this.links.link(concept, language),
						worst.map((s) -> ResourceLinks.lexical(s, SKOS.notation)).orElse(""),
						worst.map((s) -> LocalizedLiterals.best(s, language, SKOS.prefLabel))
							.orElse(LocalizedText.none()));
			})
			.sorted(Comparator.comparing((MeasuredConcept c) -> c.concept().label().text()))
			.toList();
	}

	private List<DatasetPage.Distribution> distributions(Resource dataset, String language) {
		return dataset.listProperties(DCAT.distribution)
			.mapWith(Statement::getResource)
			.toList()
			.stream()
			.map((distribution) -> {
				LocalizedText title = LocalizedLiterals.best(distribution, language, DCTerms.title);
				if (!title.isPresent()) {
					title = new LocalizedText(String.valueOf(distribution.getURI()), "", false);
				}
				// The format by its label (the file-type code's "HTML"), not its IRI; a
				// media
				// type when no format is recorded.
				LabelledLink format = this.links.first(distribution, DCTerms.format, language);
				return new DatasetPage.Distribution(title,
						LocalizedLiterals.best(distribution, language, DCTerms.description),
						objectText(distribution, DCAT.accessURL), objectText(distribution, DCAT.downloadURL),
						(format != null) ? format : this.links.first(distribution, DCAT.mediaType, language),
						this.links.first(distribution, DCTerms.license, language),
						this.links.first(distribution, DCTerms.accessRights, language));
			})
			.toList();
	}

	private static String objectText(Resource subject, Property property) {
		Statement statement = subject.getProperty(property);
		if (statement == null) {
			return "";
		}
		return statement.getObject().isLiteral() ? statement.getLiteral().getLexicalForm()
				: statement.getObject().toString();
	}

	private List<LocalizedText> qualityNotes(Resource dataset, String language) {
		return dataset.listProperties(Vocab.DQV_HAS_QUALITY_ANNOTATION)
			.mapWith(Statement::getResource)
			.toList()
			.stream()
			.map((annotation) -> LocalizedLiterals.best(annotation, language, OA.bodyValue, RDFS.comment))
			.filter(LocalizedText::isPresent)
			.toList();
	}

}
