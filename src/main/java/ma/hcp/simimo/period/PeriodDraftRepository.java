package ma.hcp.simimo.period;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import ma.hcp.simimo.kernel.Durations;
import ma.hcp.simimo.kernel.Durations.Amount;
import ma.hcp.simimo.kernel.Durations.Unit;
import ma.hcp.simimo.kernel.LabelledLink;
import ma.hcp.simimo.kernel.LocalizedText;
import ma.hcp.simimo.store.DraftErrors;
import ma.hcp.simimo.store.DraftErrors.FieldError;
import ma.hcp.simimo.store.DraftSources;
import ma.hcp.simimo.store.Labels;
import ma.hcp.simimo.store.LocalizedLiterals;
import ma.hcp.simimo.store.RecordDrafts;
import ma.hcp.simimo.store.RecordDrafts.Draft;
import ma.hcp.simimo.store.RecordDrafts.Violation;
import ma.hcp.simimo.store.ResourceLinks;
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

	private static final List<Property> TEXTS = List.of(RDFS.label, SKOS.note, DCTerms.bibliographicCitation);

	private final RecordDrafts drafts;

	private final DraftSources sources;

	private final DraftErrors errors;

	private final Labels labels;

	private final Durations durations;

	PeriodDraftRepository(RecordDrafts drafts, DraftSources sources, DraftErrors errors, Labels labels,
			Durations durations) {
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
	 * @throws PeriodNotFoundException when no published period has this IRI
	 */
	public List<FieldError> save(String iri, String account, PeriodEdit form, Locale locale) {
		Model base = base(iri);
		List<FieldError> problems = rules(base.createResource(iri), form, locale);
		if (!problems.isEmpty()) {
			return problems;
		}
		Model edited = edited(base, iri, form);
		List<Violation> violations = this.drafts.check(iri, edited);
		if (!violations.isEmpty()) {
			return violations.stream()
				.map((violation) -> this.errors.violation(onTheField(violation), field(violation.path()), locale))
				.toList();
		}
		this.drafts.save(iri, account, edited);
		return List.of();
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
		return new PeriodDraftPage(this.labels.of(draft.record(), language), form, kind,
				duration.isEmpty() ? "" : this.durations.describe(duration, locale),
				ResourceLinks.lexical(period, Vocab.START_DATE), ResourceLinks.lexical(period, Vocab.END_DATE),
				this.labels.links(form.sources(), language));
	}

	/** The draft's description, or else the published one; a 404 for no period. */
	private Model base(String iri) {
		Model published = this.drafts.published(iri);
		if (!published.contains(published.createResource(iri), RDF.type, Vocab.REFERENCE_PERIOD_CLASS)) {
			throw new PeriodNotFoundException(iri);
		}
		return this.drafts.draftOf(iri).map(this.drafts::description).orElse(published);
	}

	private static PeriodEdit form(Resource period) {
		Optional<Amount> amount = Durations.toAmount(ResourceLinks.lexical(period, Vocab.DURATION));
		return new PeriodEdit(text(period, RDFS.label, "fr"), text(period, RDFS.label, "en"),
				text(period, RDFS.label, "ar"), paragraphs(period, "fr"), paragraphs(period, "en"),
				paragraphs(period, "ar"), text(period, DCTerms.bibliographicCitation, "fr"),
				text(period, DCTerms.bibliographicCitation, "en"), text(period, DCTerms.bibliographicCitation, "ar"),
				amount.map((it) -> String.valueOf(it.number())).orElse(""),
				amount.map((it) -> it.unit().code()).orElse(""), sources(period));
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
