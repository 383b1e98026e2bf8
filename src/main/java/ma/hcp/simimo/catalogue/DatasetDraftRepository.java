package ma.hcp.simimo.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

import ma.hcp.simimo.kernel.LabelledLink;
import ma.hcp.simimo.kernel.LocalizedText;
import ma.hcp.simimo.store.DraftErrors;
import ma.hcp.simimo.store.Labels;
import ma.hcp.simimo.store.LocalizedLiterals;
import ma.hcp.simimo.store.RecordDrafts;
import ma.hcp.simimo.store.RecordDrafts.Draft;
import ma.hcp.simimo.store.RecordDrafts.Violation;
import ma.hcp.simimo.store.SparqlExecutor;
import ma.hcp.simimo.store.Vocab;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Repository;

/**
 * Drafts of datasets (decision 0021): the edit form read from a dataset's draft, or from
 * its published description when it has none; a form turned into the dataset's whole
 * edited description (the properties the form does not show are kept as they are),
 * checked by the content shapes and saved as its draft; the choices of the form's code
 * lists. Writes dct:title, dct:description, dcat:keyword, dct:temporal (a
 * dct:PeriodOfTime with dcat:startDate and dcat:endDate), dct:accessRights and
 * simimo:stockOrFlow.
 */
@Repository
public class DatasetDraftRepository {

	static final String ACCESS_RIGHTS_SCHEME = "http://publications.europa.eu/resource/authority/access-right";

	static final String STOCK_OR_FLOW_SCHEME = "https://w3id.org/simimo/schemes/stock-flow";

	static final int TITLE_LENGTH = 300;

	static final int DESCRIPTION_LENGTH = 5000;

	static final int KEYWORD_LENGTH = 100;

	static final int KEYWORDS = 30;

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private final RecordDrafts drafts;

	private final SparqlExecutor executor;

	private final Labels labels;

	private final MessageSource messages;

	private final DraftErrors errors;

	private final DatasetIris iris;

	DatasetDraftRepository(RecordDrafts drafts, SparqlExecutor executor, Labels labels, MessageSource messages,
			DraftErrors errors, DatasetIris iris) {
		this.iris = iris;
		this.drafts = drafts;
		this.executor = executor;
		this.labels = labels;
		this.messages = messages;
		this.errors = errors;
	}

	/** The draft of dataset {@code iri}, if one is being edited. */
	public Optional<Draft> draftOf(String iri) {
		return this.drafts.draftOf(iri);
	}

	/**
	 * The form as the dataset's draft has it, or as it is published.
	 * @throws DatasetNotFoundException when no published dataset has this IRI
	 */
	public DatasetEdit form(String iri) {
		Model base = base(iri);
		Resource dataset = base.createResource(iri);
		Optional<Resource> temporal = Optional.ofNullable(dataset.getPropertyResourceValue(DCTerms.temporal));
		return new DatasetEdit(text(dataset, DCTerms.title, "fr"), text(dataset, DCTerms.title, "en"),
				text(dataset, DCTerms.title, "ar"), text(dataset, DCTerms.description, "fr"),
				text(dataset, DCTerms.description, "en"), text(dataset, DCTerms.description, "ar"),
				String.join("\n", keywords(dataset, "fr")), String.join("\n", keywords(dataset, "en")),
				String.join("\n", keywords(dataset, "ar")),
				temporal.map((period) -> lexical(period, DCAT.startDate)).orElse(""),
				temporal.map((period) -> lexical(period, DCAT.endDate)).orElse(""),
				iriOf(dataset, DCTerms.accessRights), iriOf(dataset, Vocab.STOCK_OR_FLOW));
	}

	/**
	 * Saves {@code form} as the draft of dataset {@code iri} by {@code account}, unless
	 * it breaks the form's limits or the content shapes: then nothing is written and the
	 * problems are returned, in the reader's language. A reviewer's save of a submitted
	 * draft keeps it submitted and is recorded in the record's log (decision 0027).
	 * @param reviewer whether the account may review the dataset (a coordinator)
	 * @param revision the revision of the draft the form was loaded from (0: none)
	 * @throws DatasetNotFoundException when no published dataset has this IRI
	 * @throws ma.hcp.simimo.store.WrongStateException when the draft is submitted and
	 * {@code reviewer} is false
	 * @throws ma.hcp.simimo.store.StaleRevisionException when the draft is no longer at
	 * {@code revision} (decision 0027, concurrent edits)
	 */
	public List<DraftFieldError> save(String iri, String account, DatasetEdit form, Locale locale, boolean reviewer,
			int revision) {
		Model base = base(iri);
		List<DraftFieldError> errors = limits(form, locale);
		if (!errors.isEmpty()) {
			return errors;
		}
		Model edited = edited(base, iri, form);
		Optional<String> intendedOwner = this.drafts.intendedOwner(iri);
		List<Violation> violations = this.drafts.check(iri, edited, intendedOwner);
		if (!violations.isEmpty()) {
			return violations.stream().map((violation) -> error(violation, locale)).toList();
		}
		if (reviewer) {
			this.drafts.saveAsReviewer(iri, account, edited, intendedOwner, OptionalInt.of(revision));
		}
		else {
			this.drafts.save(iri, account, edited, intendedOwner, OptionalInt.of(revision));
		}
		return List.of();
	}

	/**
	 * The description {@code form} would save for dataset {@code iri}, over its current
	 * draft (or published description): what a refused concurrent save is compared with.
	 */
	public Model typed(String iri, DatasetEdit form) {
		return edited(base(iri), iri, form);
	}

	/**
	 * What creating a dataset gave: its IRI, or the problems that kept it from being
	 * created (nothing written).
	 *
	 * @param iri the new dataset's IRI, empty when it was not created
	 * @param errors the problems, in the reader's language
	 */
	public record Created(Optional<String> iri, List<DraftFieldError> errors) {
	}

	/**
	 * Creates a dataset that has no published description as a draft owned by
	 * {@code producer} (decision 0025), unless the form breaks its limits or the content
	 * shapes. Its IRI is minted from the French title ({@link DatasetIris}), unused in
	 * the public store and by any draft; its description is {@code a dcat:Dataset},
	 * {@code dct:publisher <producer>} and the form's fields. The caller has checked that
	 * {@code producer} is a producer of the catalogue and that the viewer may create for
	 * it.
	 */
	public Created create(String producer, String account, DatasetEdit form, Locale locale) {
		List<DraftFieldError> errors = new ArrayList<>(limits(form, locale));
		if (form.titleFr().isEmpty()) {
			errors.add(0, message("title", "", "dataset.new.error.frenchTitle", locale));
		}
		if (!errors.isEmpty()) {
			return new Created(Optional.empty(), errors);
		}
		String iri = this.iris.mint(producer, form.titleFr(), this.drafts::taken);
		Model base = ModelFactory.createDefaultModel();
		base.createResource(iri)
			.addProperty(RDF.type, DCAT.Dataset)
			.addProperty(DCTerms.publisher, base.createResource(producer));
		Model edited = edited(base, iri, form);
		List<Violation> violations = this.drafts.check(iri, edited, Optional.of(producer));
		if (!violations.isEmpty()) {
			return new Created(Optional.empty(),
					violations.stream().map((violation) -> error(violation, locale)).toList());
		}
		this.drafts.save(iri, account, edited, Optional.of(producer));
		return new Created(Optional.of(iri), List.of());
	}

	/** An empty form, for a new dataset. */
	public static DatasetEdit emptyForm() {
		return new DatasetEdit(null, null, null, null, null, null, null, null, null, null, null, null, null);
	}

	/**
	 * Whether {@code iri} names a dataset with a published description; a new record's
	 * draft is not one.
	 */
	public boolean isPublished(String iri) {
		// One ASK of the public store, rather than a copy of the published description:
		// the edit form and the draft page ask it several times per request.
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("dataset", ResourceFactory.createResource(iri));
		return this.executor.ask("catalogue/isPublished", bindings);
	}

	/**
	 * The title {@code draft} gives its record, in the reader's language or the next
	 * best: a dataset's dct:title, and, since /drafts lists every record type, a
	 * concept's skos:prefLabel or a period's rdfs:label.
	 */
	public LocalizedText draftTitle(Draft draft, Locale locale) {
		Model description = this.drafts.description(draft);
		return LocalizedLiterals.best(description.createResource(draft.record()), locale.getLanguage(), DCTerms.title,
				SKOS.prefLabel, org.apache.jena.vocabulary.RDFS.label);
	}

	/**
	 * The description of dataset {@code iri} as its draft has it, for the draft's page;
	 * empty when it has none.
	 */
	public Optional<Model> draftDescription(String iri) {
		return this.drafts.draftOf(iri).map(this.drafts::description);
	}

	/** The access rights a dataset may have, by label. */
	public List<LabelledLink> accessRights(Locale locale) {
		return entries(ACCESS_RIGHTS_SCHEME, DCTerms.RightsStatement, locale);
	}

	/** Stock and flow. */
	public List<LabelledLink> stockOrFlow(Locale locale) {
		return entries(STOCK_OR_FLOW_SCHEME, SKOS.Concept, locale);
	}

	private List<LabelledLink> entries(String scheme, Resource type, Locale locale) {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("scheme", ResourceFactory.createResource(scheme));
		bindings.add("type", type);
		List<String> iris = this.executor.select("catalogue/codeListEntries", bindings,
				(row) -> row.getResource("entry").getURI());
		return this.labels.links(iris, locale.getLanguage());
	}

	/**
	 * The draft's description, or else the published one; a new dataset's draft (decision
	 * 0025) when it has no published one; a 404 for no dataset.
	 */
	private Model base(String iri) {
		Model published = this.drafts.published(iri);
		Optional<Draft> draft = this.drafts.draftOf(iri);
		if (!published.contains(published.createResource(iri), RDF.type, DCAT.Dataset)) {
			return draft.filter((candidate) -> candidate.owner().isPresent())
				.map(this.drafts::description)
				.orElseThrow(() -> new DatasetNotFoundException(iri));
		}
		return draft.map(this.drafts::description).orElse(published);
	}

	/** {@code base} with the form's properties replaced by the form's values. */
	static Model edited(Model base, String iri, DatasetEdit form) {
		Model edited = ModelFactory.createDefaultModel().add(base);
		Resource dataset = edited.createResource(iri);
		for (Statement temporal : dataset.listProperties(DCTerms.temporal).toList()) {
			if (temporal.getObject().isAnon()) {
				edited.removeAll(temporal.getResource(), null, null);
			}
		}
		for (Property property : List.of(DCTerms.title, DCTerms.description, DCAT.keyword, DCTerms.temporal,
				DCTerms.accessRights, Vocab.STOCK_OR_FLOW)) {
			edited.removeAll(dataset, property, null);
		}
		for (String language : DatasetEdit.LANGUAGES) {
			if (!form.title(language).isEmpty()) {
				dataset.addProperty(DCTerms.title, form.title(language), language);
			}
			if (!form.description(language).isEmpty()) {
				dataset.addProperty(DCTerms.description, form.description(language), language);
			}
			form.keywords(language).forEach((keyword) -> dataset.addProperty(DCAT.keyword, keyword, language));
		}
		if (!form.coverageStart().isEmpty() || !form.coverageEnd().isEmpty()) {
			Resource period = edited.createResource(DCTerms.PeriodOfTime);
			if (!form.coverageStart().isEmpty()) {
				period.addProperty(DCAT.startDate, dateLiteral(edited, form.coverageStart()));
			}
			if (!form.coverageEnd().isEmpty()) {
				period.addProperty(DCAT.endDate, dateLiteral(edited, form.coverageEnd()));
			}
			dataset.addProperty(DCTerms.temporal, period);
		}
		if (!form.accessRights().isEmpty()) {
			dataset.addProperty(DCTerms.accessRights, edited.createResource(form.accessRights()));
		}
		if (!form.stockOrFlow().isEmpty()) {
			dataset.addProperty(Vocab.STOCK_OR_FLOW, edited.createResource(form.stockOrFlow()));
		}
		return edited;
	}

	/**
	 * What the form refuses before the shapes see it: overlong texts, too many keywords,
	 * a date that is neither a year nor a date, an end before the start, a choice that is
	 * not an IRI.
	 */
	private List<DraftFieldError> limits(DatasetEdit form, Locale locale) {
		List<DraftFieldError> errors = new ArrayList<>();
		for (String language : DatasetEdit.LANGUAGES) {
			tooLong(errors, "title", form.title(language), TITLE_LENGTH, locale);
			tooLong(errors, "description", form.description(language), DESCRIPTION_LENGTH, locale);
			List<String> keywords = form.keywords(language);
			if (keywords.size() > KEYWORDS) {
				errors.add(
						message("keywords", String.valueOf(keywords.size()), "draft.error.keywords", locale, KEYWORDS));
			}
			keywords.forEach((keyword) -> tooLong(errors, "keywords", keyword, KEYWORD_LENGTH, locale));
		}
		for (String date : List.of(form.coverageStart(), form.coverageEnd())) {
			if (!date.isEmpty() && !YEAR.matcher(date).matches() && !isDate(date)) {
				errors.add(message("coverage", date, "draft.error.date", locale));
			}
		}
		if (errors.isEmpty() && !form.coverageStart().isEmpty() && !form.coverageEnd().isEmpty()
				&& form.coverageEnd().compareTo(form.coverageStart()) < 0) {
			errors.add(message("coverage", form.coverageEnd(), "draft.error.endBeforeStart", locale,
					form.coverageStart()));
		}
		for (Map.Entry<String, String> choice : Map
			.of("accessRights", form.accessRights(), "stockOrFlow", form.stockOrFlow())
			.entrySet()) {
			if (!choice.getValue().isEmpty() && !isAbsoluteIri(choice.getValue())) {
				errors.add(message(choice.getKey(), choice.getValue(), "draft.error.notInList", locale));
			}
		}
		return errors;
	}

	private void tooLong(List<DraftFieldError> errors, String field, String value, int limit, Locale locale) {
		if (value.codePointCount(0, value.length()) > limit) {
			errors.add(message(field, value.substring(0, Math.min(value.length(), 80)) + "…", "draft.error.tooLong",
					locale, limit));
		}
	}

	private DraftFieldError message(String field, String value, String key, Locale locale, Object... arguments) {
		return new DraftFieldError(field, value,
				new LocalizedText(this.messages.getMessage(key, arguments, locale), locale.getLanguage(), false));
	}

	private DraftFieldError error(Violation violation, Locale locale) {
		DraftErrors.FieldError error = this.errors.violation(violation, field(violation.path()), locale);
		return new DraftFieldError(error.field(), error.value(), error.message());
	}

	static String field(String path) {
		return switch (path) {
			case "http://purl.org/dc/terms/title" -> "title";
			case "http://purl.org/dc/terms/description" -> "description";
			case "http://www.w3.org/ns/dcat#keyword" -> "keywords";
			case "http://purl.org/dc/terms/temporal" -> "coverage";
			case "http://purl.org/dc/terms/accessRights" -> "accessRights";
			case Vocab.SIMIMO + "stockOrFlow" -> "stockOrFlow";
			default -> "record";
		};
	}

	private static RDFNode dateLiteral(Model model, String value) {
		return model.createTypedLiteral(value,
				YEAR.matcher(value).matches() ? XSDDatatype.XSDgYear : XSDDatatype.XSDdate);
	}

	private static boolean isDate(String value) {
		return DATE.matcher(value).matches() && XSDDatatype.XSDdate.isValid(value);
	}

	private static boolean isAbsoluteIri(String value) {
		try {
			IRIx iri = IRIx.create(value);
			return iri.isAbsolute() && !iri.hasViolations()
					&& (value.startsWith("http://") || value.startsWith("https://"));
		}
		catch (IRIException ex) {
			return false;
		}
	}

	private static String text(Resource subject, Property property, String language) {
		return subject.listProperties(property)
			.mapWith(Statement::getObject)
			.filterKeep((node) -> node.isLiteral() && language.equals(node.asLiteral().getLanguage()))
			.mapWith((node) -> node.asLiteral().getLexicalForm())
			.nextOptional()
			.orElse("");
	}

	private static List<String> keywords(Resource subject, String language) {
		return subject.listProperties(DCAT.keyword)
			.mapWith(Statement::getObject)
			.filterKeep((node) -> node.isLiteral() && language.equals(node.asLiteral().getLanguage()))
			.mapWith((node) -> node.asLiteral().getLexicalForm())
			.toList()
			.stream()
			.sorted()
			.toList();
	}

	private static String lexical(Resource subject, Property property) {
		Statement statement = subject.getProperty(property);
		return (statement == null || !statement.getObject().isLiteral()) ? "" : statement.getLiteral().getLexicalForm();
	}

	private static String iriOf(Resource subject, Property property) {
		Resource value = subject.getPropertyResourceValue(property);
		return (value == null || !value.isURIResource()) ? "" : value.getURI();
	}

}
