package ma.hcp.simimo.period;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import ma.hcp.simimo.kernel.Durations;
import ma.hcp.simimo.kernel.Durations.Amount;
import ma.hcp.simimo.kernel.Durations.Unit;
import ma.hcp.simimo.kernel.LabelledLink;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.kernel.LocalizedText;
import ma.hcp.simimo.kernel.Slugs;
import ma.hcp.simimo.store.DraftErrors.Created;
import ma.hcp.simimo.store.DraftErrors;
import ma.hcp.simimo.store.DraftErrors.FieldError;
import ma.hcp.simimo.store.DraftSources;
import ma.hcp.simimo.store.Labels;
import ma.hcp.simimo.store.LocalizedLiterals;
import ma.hcp.simimo.store.RecordDrafts;
import ma.hcp.simimo.store.RecordDrafts.Draft;
import ma.hcp.simimo.store.RecordDrafts.Violation;
import ma.hcp.simimo.store.ResourceLinks;
import ma.hcp.simimo.store.SparqlExecutor;
import ma.hcp.simimo.store.Vocab;

import org.springframework.stereotype.Repository;

/**
 * Drafts of reference periods (decision 0021, as built for reference periods): the edit
 * form read from a period's draft, or from its published description; a form turned into
 * the period's whole edited description (its kind, dates, editorial notes and everything
 * else the form does not show are kept as they are), checked by the form's rules and the
 * content shapes, and saved as its draft. Writes rdfs:label, skos:note (one per paragraph
 * of the description), dct:bibliographicCitation (in fr, en and ar), dct:source, and
 * simimo:duration, which the form types as a number and a unit and {@link Durations}
 * turns into an xsd:duration.
 */
@Repository
public class PeriodDraftRepository {

	static final int LABEL_LENGTH = 300;

	static final int TEXT_LENGTH = 5000;

	static final int CITATION_LENGTH = 1000;

	static final int SOURCES = 20;

	/** The longest duration typed: a hundred years of days, more than any period. */
	static final long LARGEST_NUMBER = 36_600;

	/** The scheme of the kinds a period may have (vocabularies/code-lists.ttl). */
	static final String KINDS_SCHEME = "https://w3id.org/simimo/schemes/period-kinds";

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final List<Property> TEXTS = List.of(RDFS.label, SKOS.note, DCTerms.bibliographicCitation);

	private final RecordDrafts drafts;

	private final DraftSources sources;

	private final DraftErrors errors;

	private final Labels labels;

	private final Durations durations;

	private final SparqlExecutor executor;

	private final LinkedDataPaths paths;

	PeriodDraftRepository(RecordDrafts drafts, DraftSources sources, DraftErrors errors, Labels labels,
			Durations durations, SparqlExecutor executor, LinkedDataPaths paths) {
		this.executor = executor;
		this.paths = paths;
		this.drafts = drafts;
		this.sources = sources;
		this.errors = errors;
		this.labels = labels;
		this.durations = durations;
	}

	/**
	 * The form as the period's draft has it, or as it is published.
	 * @throws PeriodNotFoundException when no published period has this IRI
	 */
	public PeriodEdit form(String iri) {
		return form(base(iri).createResource(iri));
	}

	/**
	 * Saves {@code form} as the draft of period {@code iri} by {@code account}, unless it
	 * breaks the form's rules or the content shapes: then nothing is written and the
	 * problems are returned, in the reader's language.
	 * @param reviewer whether {@code account} may review the period: its save of a
	 * submitted draft keeps it submitted (decision 0027)
	 * @param revision the revision of the draft the form was loaded from (0: none)
	 * @throws PeriodNotFoundException when no published period has this IRI
	 * @throws ma.hcp.simimo.store.WrongStateException when the draft is submitted and
	 * {@code reviewer} is false
	 * @throws ma.hcp.simimo.store.StaleRevisionException when the draft is no longer at
	 * {@code revision} (decision 0027, concurrent edits)
	 */
	public List<FieldError> save(String iri, String account, PeriodEdit form, Locale locale, boolean reviewer,
			int revision) {
		Model base = base(iri);
		List<FieldError> problems = rules(base.createResource(iri), form, locale);
		if (!problems.isEmpty()) {
			return problems;
		}
		Model edited = edited(base, iri, form);
		Optional<String> intendedOwner = this.drafts.intendedOwner(iri);
		List<Violation> violations = this.drafts.check(iri, edited, intendedOwner);
		if (!violations.isEmpty()) {
			return violations(violations, locale);
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
	 * The description {@code form} would save for period {@code iri}, over its current
	 * draft (or published description): what a refused concurrent save is compared with.
	 */
	public Model typed(String iri, PeriodEdit form) {
		return edited(base(iri), iri, form);
	}

	/**
	 * Creates a reference period of {@code producer} that has no published description,
	 * as a draft (decision 0025, as built for reference periods), unless the form breaks
	 * its rules or the content shapes. Its IRI is {@code periods/<producer>-<slug>}, the
	 * slug made from the French label ({@link Slugs}), unused in the public store and by
	 * any draft; its description is {@code a simimo:ReferencePeriod} and the form's
	 * fields, and the producer is the draft's intended owner. The caller has checked that
	 * {@code producer} is a producer of the catalogue and that the viewer may create for
	 * it.
	 */
	public Created create(String producer, String account, PeriodEdit form, Locale locale) {
		Model base = ModelFactory.createDefaultModel();
		List<FieldError> problems = new ArrayList<>();
		if (form.labelFr().isEmpty()) {
			problems.add(this.errors.error("label", "", "period.new.error.frenchLabel", locale));
		}
		problems.addAll(rules(base.createResource(), form, locale));
		if (!problems.isEmpty()) {
			return Created.refused(problems);
		}
		String iri = Slugs.mint(this.paths.iriForPath("/periods/"), Slugs.localName(producer) + " " + form.labelFr(),
				"periode", this.drafts::taken);
		base.createResource(iri).addProperty(RDF.type, Vocab.REFERENCE_PERIOD_CLASS);
		Model edited = edited(base, iri, form);
		List<Violation> violations = this.drafts.check(iri, edited, Optional.of(producer));
		if (!violations.isEmpty()) {
			return Created.refused(violations(violations, locale));
		}
		this.drafts.save(iri, account, edited, Optional.of(producer));
		return Created.as(iri);
	}

	/** An empty form, for a new period. */
	static PeriodEdit emptyForm() {
		return new PeriodEdit(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
	}

	/** The kinds a period may have: the entries of the period-kinds scheme, by label. */
	public List<LabelledLink> kinds(Locale locale) {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("scheme", ResourceFactory.createResource(KINDS_SCHEME));
		List<String> iris = this.executor.select("period/periodKinds", bindings,
				(row) -> row.getResource("kind").getURI());
		return this.labels.links(iris, locale.getLanguage());
	}

	/** Whether period {@code iri} has a published description; a new one has none. */
	public boolean isPublished(String iri) {
		return this.drafts.isPublished(iri);
	}

	/**
	 * The label {@code draft} gives its period, in the reader's language or the next
	 * best.
	 */
	public LocalizedText draftLabel(Draft draft, Locale locale) {
		return LocalizedLiterals.best(this.drafts.description(draft).createResource(draft.record()),
				locale.getLanguage(), RDFS.label);
	}

	private List<FieldError> violations(List<Violation> violations, Locale locale) {
		return violations.stream()
			.map((violation) -> this.errors.violation(onTheField(violation), field(violation.path()), locale))
			.toList();
	}

	/** The sources a period may cite ({@link DraftSources}). */
	public List<LabelledLink> sourceChoices(PeriodEdit form, Locale locale) {
		return this.sources.choices(form.sources(), locale);
	}

	/**
	 * What the draft's page shows: the draft's fields as the form has them, the kind and
	 * the dates it keeps, and the duration in words.
	 */
	public PeriodDraftPage draftPage(Draft draft, Locale locale) {
		Resource period = this.drafts.description(draft).createResource(draft.record());
		PeriodEdit form = form(period);
		String duration = ResourceLinks.lexical(period, Vocab.DURATION);
		String language = locale.getLanguage();
		LocalizedText kind = ResourceLinks.object(period, Vocab.PERIOD_KIND)
			.map((node) -> this.labels.of(node.getURI(), language))
			.orElse(LocalizedText.none());
		LocalizedText name = this.drafts.isPublished(draft.record()) ? this.labels.of(draft.record(), language)
				: LocalizedLiterals.best(period, language, RDFS.label);
		return new PeriodDraftPage(name, form, kind,
				duration.isEmpty() ? "" : this.durations.describe(duration, locale),
				ResourceLinks.lexical(period, Vocab.START_DATE), ResourceLinks.lexical(period, Vocab.END_DATE),
				this.labels.links(form.sources(), language));
	}

	/**
	 * The draft's description, or else the published one; a new period's draft (decision
	 * 0025) when it has no published one; a 404 for no period.
	 */
	private Model base(String iri) {
		Optional<Draft> draft = this.drafts.draftOf(iri);
		if (!this.drafts.isPublished(iri)) {
			return draft.map(this.drafts::description).orElseThrow(() -> new PeriodNotFoundException(iri));
		}
		Model published = this.drafts.published(iri);
		if (!published.contains(published.createResource(iri), RDF.type, Vocab.REFERENCE_PERIOD_CLASS)) {
			throw new PeriodNotFoundException(iri);
		}
		return draft.map(this.drafts::description).orElse(published);
	}

	private static PeriodEdit form(Resource period) {
		Optional<Amount> amount = Durations.toAmount(ResourceLinks.lexical(period, Vocab.DURATION));
		return new PeriodEdit(text(period, RDFS.label, "fr"), text(period, RDFS.label, "en"),
				text(period, RDFS.label, "ar"), paragraphs(period, "fr"), paragraphs(period, "en"),
				paragraphs(period, "ar"), text(period, DCTerms.bibliographicCitation, "fr"),
				text(period, DCTerms.bibliographicCitation, "en"), text(period, DCTerms.bibliographicCitation, "ar"),
				amount.map((it) -> String.valueOf(it.number())).orElse(""),
				amount.map((it) -> it.unit().code()).orElse(""),
				ResourceLinks.object(period, Vocab.PERIOD_KIND).map(Resource::getURI).orElse(""),
				ResourceLinks.lexical(period, Vocab.START_DATE), ResourceLinks.lexical(period, Vocab.END_DATE),
				sources(period));
	}

	/**
	 * What the form refuses before the shapes see it: overlong texts, too many sources, a
	 * source that is not one of the content's, and a duration that is not a whole number
	 * from 1 of one of the units.
	 */
	private List<FieldError> rules(Resource base, PeriodEdit form, Locale locale) {
		List<FieldError> problems = new ArrayList<>();
		for (String language : PeriodEdit.LANGUAGES) {
			this.errors.tooLong(problems, "label", form.label(language), LABEL_LENGTH, locale);
			this.errors.tooLong(problems, "description", form.description(language), TEXT_LENGTH, locale);
			this.errors.tooLong(problems, "citation", form.citation(language), CITATION_LENGTH, locale);
		}
		String number = form.durationNumber();
		if (!number.isEmpty()) {
			if (!number.matches("[0-9]{1,6}") || Long.parseLong(number) < 1
					|| Long.parseLong(number) > LARGEST_NUMBER) {
				problems
					.add(this.errors.error("duration", number, "draft.period.error.number", locale, LARGEST_NUMBER));
			}
			if (Unit.ofCode(form.durationUnit()).isEmpty()) {
				problems.add(this.errors.error("durationUnit", form.durationUnit(), "draft.error.notInList", locale));
			}
		}
		String kind = ResourceLinks.object(base, Vocab.PERIOD_KIND).map(Resource::getURI).orElse("");
		if (form.kind().isEmpty()) {
			// No kind sent keeps the record's (the form always sends one); a new period
			// must have one.
			if (kind.isEmpty()) {
				problems.add(this.errors.error("kind", "", "draft.period.error.noKind", locale));
			}
		}
		else if (!form.kind().equals(kind)
				&& kinds(locale).stream().noneMatch((option) -> option.iri().equals(form.kind()))) {
			problems.add(this.errors.error("kind", form.kind(), "draft.error.notInList", locale));
		}
		Optional<LocalDate> start = date(problems, "startDate", form.startDate(),
				ResourceLinks.lexical(base, Vocab.START_DATE), locale);
		Optional<LocalDate> end = date(problems, "endDate", form.endDate(), ResourceLinks.lexical(base, Vocab.END_DATE),
				locale);
		if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
			problems.add(this.errors.error("endDate", form.endDate(), "draft.error.endBeforeStart", locale,
					form.startDate()));
		}
		if (form.sources().size() > SOURCES) {
			problems.add(this.errors.error("sources", String.valueOf(form.sources().size()),
					"draft.concept.error.sources", locale, SOURCES));
		}
		Set<String> allowed = this.sources.allowed(sources(base));
		for (String source : form.sources()) {
			if (!allowed.contains(source)) {
				problems.add(this.errors.error("sources", source, "draft.error.notInList", locale));
			}
		}
		return problems;
	}

	/**
	 * The date typed in a date field, checked: a day {@code YYYY-MM-DD} that exists. A
	 * value left as the record has it is not checked (the form never refuses what it did
	 * not change) and is not read as a date.
	 */
	private Optional<LocalDate> date(List<FieldError> problems, String field, String typed, String recorded,
			Locale locale) {
		if (typed.isEmpty() || typed.equals(recorded)) {
			return Optional.empty();
		}
		try {
			if (DATE.matcher(typed).matches()) {
				return Optional.of(LocalDate.parse(typed));
			}
		}
		catch (DateTimeParseException ex) {
			// Shaped like a date but no such day (2018-02-30): refused below.
		}
		problems.add(this.errors.error(field, typed, "draft.period.error.date", locale));
		return Optional.empty();
	}

	/**
	 * {@code base} with the form's properties replaced by the form's values. An empty
	 * number removes the duration, unless the period's duration is one the form cannot
	 * show as a number and a unit (PT24H, P1M15D): that one is kept as it is, so that
	 * saving a form never drops what it did not show.
	 */
	static Model edited(Model base, String iri, PeriodEdit form) {
		Model edited = ModelFactory.createDefaultModel().add(base);
		Resource period = edited.createResource(iri);
		for (Property property : TEXTS) {
			for (Statement statement : period.listProperties(property).toList()) {
				if (statement.getObject().isLiteral()
						&& PeriodEdit.LANGUAGES.contains(statement.getLiteral().getLanguage())) {
					edited.remove(statement);
				}
			}
		}
		edited.removeAll(period, DCTerms.source, null);
		for (String language : PeriodEdit.LANGUAGES) {
			add(period, RDFS.label, form.label(language), language);
			form.paragraphs(language).forEach((paragraph) -> add(period, SKOS.note, paragraph, language));
			add(period, DCTerms.bibliographicCitation, form.citation(language), language);
		}
		for (String source : form.sources()) {
			period.addProperty(DCTerms.source, edited.createResource(source));
		}
		String kind = ResourceLinks.object(period, Vocab.PERIOD_KIND).map(Resource::getURI).orElse("");
		if (!form.kind().isEmpty() && !form.kind().equals(kind)) {
			edited.removeAll(period, Vocab.PERIOD_KIND, null);
			period.addProperty(Vocab.PERIOD_KIND, edited.createResource(form.kind()));
		}
		replaceDate(period, Vocab.START_DATE, form.startDate());
		replaceDate(period, Vocab.END_DATE, form.endDate());
		String published = ResourceLinks.lexical(period, Vocab.DURATION);
		boolean shown = published.isEmpty() || Durations.toAmount(published).isPresent();
		if (!form.durationNumber().isEmpty()) {
			edited.removeAll(period, Vocab.DURATION, null);
			period.addLiteral(Vocab.DURATION,
					edited.createTypedLiteral(Durations.toXsd(Long.parseLong(form.durationNumber()),
							Unit.ofCode(form.durationUnit()).orElseThrow()), XSDDatatype.XSDduration));
		}
		else if (shown) {
			edited.removeAll(period, Vocab.DURATION, null);
		}
		return edited;
	}

	/**
	 * Replaces the period's date {@code property} by {@code typed} as an xsd:date; a date
	 * left as it was keeps its statement (and its datatype) untouched.
	 */
	private static void replaceDate(Resource period, Property property, String typed) {
		if (typed.equals(ResourceLinks.lexical(period, property))) {
			return;
		}
		period.getModel().removeAll(period, property, null);
		if (!typed.isEmpty()) {
			period.addLiteral(property, period.getModel().createTypedLiteral(typed, XSDDatatype.XSDdate));
		}
	}

	/**
	 * A violation of the node-level rule names the period itself as its value: on the
	 * duration field, the value missing is the duration's.
	 */
	private static Violation onTheField(Violation violation) {
		return violation.path().isEmpty()
				? new Violation(violation.path(), "", violation.component(), violation.messages()) : violation;
	}

	/**
	 * The form field a shapes violation is about. The shape's node-level rule (a duration
	 * or dates) is the duration's, the one of the two the form edits.
	 */
	static String field(String path) {
		return switch (path) {
			case "http://www.w3.org/2000/01/rdf-schema#label" -> "label";
			case "http://www.w3.org/2004/02/skos/core#note" -> "description";
			case "http://purl.org/dc/terms/source" -> "sources";
			case "http://purl.org/dc/terms/bibliographicCitation" -> "citation";
			case "https://w3id.org/simimo/def#duration", "" -> "duration";
			case "https://w3id.org/simimo/def#periodKind" -> "kind";
			case "https://w3id.org/simimo/def#startDate" -> "startDate";
			case "https://w3id.org/simimo/def#endDate" -> "endDate";
			default -> "record";
		};
	}

	private static void add(Resource subject, Property property, String text, String language) {
		if (!text.isEmpty()) {
			subject.addProperty(property, text, language);
		}
	}

	private static String text(Resource subject, Property property, String language) {
		return LocalizedLiterals.exactly(subject, property, language).stream().findFirst().orElse("");
	}

	/** The notes in {@code language}, a blank line between two. */
	private static String paragraphs(Resource subject, String language) {
		return String.join("\n\n", LocalizedLiterals.exactly(subject, SKOS.note, language));
	}

	private static List<String> sources(Resource period) {
		return period.listProperties(DCTerms.source)
			.mapWith(Statement::getObject)
			.filterKeep(RDFNode::isURIResource)
			.mapWith((node) -> node.asResource().getURI())
			.toList()
			.stream()
			.sorted()
			.toList();
	}

}
