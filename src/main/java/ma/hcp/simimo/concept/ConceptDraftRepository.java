package ma.hcp.simimo.concept;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

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
import org.apache.jena.vocabulary.SKOS;

import ma.hcp.simimo.kernel.LabelledLink;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.kernel.LocalizedText;
import ma.hcp.simimo.kernel.Slugs;
import ma.hcp.simimo.store.DraftErrors.Created;
import ma.hcp.simimo.store.LocalizedLiterals;
import ma.hcp.simimo.store.SparqlExecutor;
import ma.hcp.simimo.store.DefinitionOrigins;
import ma.hcp.simimo.store.DraftErrors;
import ma.hcp.simimo.store.DraftSources;
import ma.hcp.simimo.store.DraftErrors.FieldError;
import ma.hcp.simimo.store.Labels;
import ma.hcp.simimo.store.RecordDrafts;
import ma.hcp.simimo.store.RecordDrafts.Draft;
import ma.hcp.simimo.store.RecordDrafts.Violation;
import ma.hcp.simimo.store.Vocab;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Repository;

/**
 * Drafts of concepts (decision 0021, as built for concepts): the edit form read from a
 * concept's draft, or from its published description; a form turned into the concept's
 * whole edited description (facets, mappings, notes other than the scope note and
 * everything else the form does not show are kept as they are), checked by the form's
 * rules and the content shapes, and saved as its draft. Writes skos:prefLabel,
 * skos:altLabel, skos:definition, skos:scopeNote, dct:bibliographicCitation (in fr, en
 * and ar), dct:source, and the simimo:definitionOrigin nodes of the definitions, by the
 * rule of {@link #edited}.
 */
@Repository
public class ConceptDraftRepository {

	static final int LABEL_LENGTH = 300;

	static final int TEXT_LENGTH = 5000;

	static final int CITATION_LENGTH = 1000;

	static final int ALT_LABELS = 30;

	static final int SOURCES = 20;

	private static final List<Property> TEXTS = List.of(SKOS.prefLabel, SKOS.altLabel, SKOS.definition, SKOS.scopeNote,
			DCTerms.bibliographicCitation);

	private final RecordDrafts drafts;

	private final DraftSources sources;

	private final Labels labels;

	private final MessageSource messages;

	private final DraftErrors errors;

	private final LinkedDataPaths paths;

	private final SparqlExecutor executor;

	ConceptDraftRepository(RecordDrafts drafts, DraftSources sources, Labels labels, MessageSource messages,
			DraftErrors errors, LinkedDataPaths paths, SparqlExecutor executor) {
		this.paths = paths;
		this.executor = executor;
		this.drafts = drafts;
		this.sources = sources;
		this.labels = labels;
		this.messages = messages;
		this.errors = errors;
	}

	/**
	 * The form as the concept's draft has it, or as it is published.
	 * @throws ConceptNotFoundException when no published concept has this IRI
	 */
	public ConceptEdit form(String iri) {
		Resource concept = base(iri).createResource(iri);
		return new ConceptEdit(text(concept, SKOS.prefLabel, "fr"), text(concept, SKOS.prefLabel, "en"),
				text(concept, SKOS.prefLabel, "ar"), String.join("\n", texts(concept, SKOS.altLabel, "fr")),
				String.join("\n", texts(concept, SKOS.altLabel, "en")),
				String.join("\n", texts(concept, SKOS.altLabel, "ar")), text(concept, SKOS.definition, "fr"),
				text(concept, SKOS.definition, "en"), text(concept, SKOS.definition, "ar"), marking(concept, "fr"),
				marking(concept, "en"), marking(concept, "ar"), text(concept, SKOS.scopeNote, "fr"),
				text(concept, SKOS.scopeNote, "en"), text(concept, SKOS.scopeNote, "ar"),
				text(concept, DCTerms.bibliographicCitation, "fr"), text(concept, DCTerms.bibliographicCitation, "en"),
				text(concept, DCTerms.bibliographicCitation, "ar"), sources(concept));
	}

	/**
	 * Saves {@code form} as the draft of concept {@code iri} by {@code account}, unless
	 * it breaks the form's rules or the content shapes: then nothing is written and the
	 * problems are returned, in the reader's language.
	 * @param reviewer whether {@code account} may review the concept: its save of a
	 * submitted draft keeps it submitted (decision 0027)
	 * @param revision the revision of the draft the form was loaded from (0: none)
	 * @throws ma.hcp.simimo.store.WrongStateException when the draft is submitted and
	 * {@code reviewer} is false
	 * @throws ConceptNotFoundException when no published concept has this IRI
	 * @throws ma.hcp.simimo.store.StaleRevisionException when the draft is no longer at
	 * {@code revision} (decision 0027, concurrent edits)
	 */
	public List<FieldError> save(String iri, String account, ConceptEdit form, Locale locale, boolean reviewer,
			int revision) {
		Model base = base(iri);
		Resource concept = base.createResource(iri);
		List<FieldError> problems = rules(concept, form, locale);
		if (!problems.isEmpty()) {
			return problems;
		}
		Model edited = edited(base, iri, form, this::originNote);
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
	 * The description {@code form} would save for concept {@code iri}, over its current
	 * draft (or published description): what a refused concurrent save is compared with.
	 */
	public Model typed(String iri, ConceptEdit form) {
		return edited(base(iri), iri, form, this::originNote);
	}

	/**
	 * Creates a concept of {@code scheme} that has no published description, as a draft
	 * (decision 0025, as built for concepts), unless the form breaks its rules or the
	 * content shapes. Its IRI is {@code concepts/<scheme>/<slug>}, the slug made from the
	 * French preferred label ({@link Slugs}), unused in the public store and by any
	 * draft; its description is {@code a skos:Concept}, {@code skos:inScheme <scheme>}
	 * and the form's fields. {@code owner} is the scheme's owner, recorded as the draft's
	 * intended owner; a standard's scheme has none, and its new concepts are the
	 * coordinators'. The caller has checked that the scheme is one and that the viewer
	 * may create in it.
	 */
	public Created create(String scheme, Optional<String> owner, String account, ConceptEdit form, Locale locale) {
		Model base = ModelFactory.createDefaultModel();
		Resource blank = base.createResource();
		List<FieldError> problems = new ArrayList<>();
		if (form.prefLabelFr().isEmpty()) {
			problems.add(this.errors.error("prefLabel", "", "concept.new.error.frenchLabel", locale));
		}
		problems.addAll(rules(blank, form, locale));
		if (!problems.isEmpty()) {
			return Created.refused(problems);
		}
		String iri = Slugs.mint(this.paths.iriForPath("/concepts/" + Slugs.localName(scheme) + "/"), form.prefLabelFr(),
				"concept", this.drafts::taken);
		base.createResource(iri)
			.addProperty(RDF.type, SKOS.Concept)
			.addProperty(SKOS.inScheme, base.createResource(scheme));
		Model edited = edited(base, iri, form, this::originNote);
		List<Violation> violations = this.drafts.check(iri, edited, owner);
		if (!violations.isEmpty()) {
			return Created.refused(violations(violations, locale));
		}
		this.drafts.save(iri, account, edited, owner);
		return Created.as(iri);
	}

	/**
	 * Whether {@code iri} is a concept scheme of the content (not a classification, which
	 * lives at {@code classifications/}): one a new concept may be created in.
	 */
	public boolean isScheme(String iri) {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("scheme", ResourceFactory.createResource(iri));
		return this.executor.ask("concept/isConceptScheme", bindings);
	}

	/** Whether concept {@code iri} has a published description; a new one has none. */
	public boolean isPublished(String iri) {
		return this.drafts.isPublished(iri);
	}

	/**
	 * The preferred label {@code draft} gives its concept, in the reader's language or
	 * the next best.
	 */
	public LocalizedText draftLabel(Draft draft, Locale locale) {
		return LocalizedLiterals.best(this.drafts.description(draft).createResource(draft.record()),
				locale.getLanguage(), SKOS.prefLabel);
	}

	private List<FieldError> violations(List<Violation> violations, Locale locale) {
		return violations.stream()
			.map((violation) -> this.errors.violation(violation, field(violation.path()), locale))
			.toList();
	}

	/** The draft of concept {@code iri}, if one is being edited. */
	public Optional<Draft> draftOf(String iri) {
		return this.drafts.draftOf(iri);
	}

	/**
	 * The sources a concept may cite: the content's source documents, and those the
	 * concept cites already ({@link DraftSources}).
	 */
	public List<LabelledLink> sourceChoices(ConceptEdit form, Locale locale) {
		return this.sources.choices(form.sources(), locale);
	}

	/**
	 * The draft's description, or else the published one; a new concept's draft (decision
	 * 0025) when it has no published one; a 404 for no concept.
	 */
	private Model base(String iri) {
		Optional<Draft> draft = this.drafts.draftOf(iri);
		if (!this.drafts.isPublished(iri)) {
			return draft.map(this.drafts::description).orElseThrow(() -> new ConceptNotFoundException(iri));
		}
		Model published = this.drafts.published(iri);
		if (!published.contains(published.createResource(iri), RDF.type, SKOS.Concept)) {
			throw new ConceptNotFoundException(iri);
		}
		return draft.map(this.drafts::description).orElse(published);
	}

	/**
	 * What the form refuses before the shapes see it: overlong texts, too many labels or
	 * sources, a source that is not one of the content's, and a definition's origin that
	 * breaks the content's rule ({@link #edited}).
	 */
	private List<FieldError> rules(Resource base, ConceptEdit form, Locale locale) {
		List<FieldError> problems = new ArrayList<>();
		for (String language : ConceptEdit.LANGUAGES) {
			this.errors.tooLong(problems, "prefLabel", form.prefLabel(language), LABEL_LENGTH, locale);
			List<String> altLabels = form.altLabels(language);
			if (altLabels.size() > ALT_LABELS) {
				problems.add(this.errors.error("altLabels", String.valueOf(altLabels.size()),
						"draft.concept.error.altLabels", locale, ALT_LABELS));
			}
			altLabels.forEach((label) -> this.errors.tooLong(problems, "altLabels", label, LABEL_LENGTH, locale));
			this.errors.tooLong(problems, "definition", form.definition(language), TEXT_LENGTH, locale);
			this.errors.tooLong(problems, "scopeNote", form.scopeNote(language), TEXT_LENGTH, locale);
			this.errors.tooLong(problems, "citation", form.citation(language), CITATION_LENGTH, locale);
			origin(problems, base, form, language, locale);
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

	/** The content's rule on where a definition comes from; see {@link #edited}. */
	private void origin(List<FieldError> problems, Resource base, ConceptEdit form, String language, Locale locale) {
		String definition = form.definition(language);
		String marking = form.origin(language);
		if (definition.isEmpty()) {
			return;
		}
		String field = "origin" + Character.toUpperCase(language.charAt(0)) + language.substring(1);
		if (!List.of("", "fr", "en", ConceptEdit.OFFICIAL).contains(marking)) {
			problems.add(this.errors.error(field, marking, "draft.error.notInList", locale));
			return;
		}
		String languageName = languageName(language, locale);
		if (marking.equals(language)) {
			problems.add(this.errors.error(field, marking, "draft.concept.error.originSelf", locale, languageName));
		}
		else if (marking.equals("fr") || marking.equals("en")) {
			String sourceName = languageName(marking, locale);
			if (form.definition(marking).isEmpty()) {
				problems.add(this.errors.error(field, marking, "draft.concept.error.originMissing", locale,
						languageName, sourceName));
			}
			else if (marking.equals(marking(base, language)) && definition.equals(text(base, SKOS.definition, language))
					&& !form.definition(marking).equals(text(base, SKOS.definition, marking))) {
				problems.add(this.errors.error(field, marking, "draft.concept.error.originStale", locale, languageName,
						sourceName));
			}
		}
		else if (marking.equals(ConceptEdit.OFFICIAL)) {
			if (!ConceptEdit.OFFICIAL.equals(marking(base, language))
					|| !definition.equals(text(base, SKOS.definition, language))) {
				problems
					.add(this.errors.error(field, marking, "draft.concept.error.officialEdited", locale, languageName));
			}
		}
		else if (language.equals("ar")) {
			problems.add(this.errors.error(field, marking, "draft.concept.error.arabicOrigin", locale));
		}
	}

	/** Writes the note of a SIMIMO translation, in one language. */
	interface OriginNotes {

		String note(String noteLanguage, String definitionLanguage, String translatedFrom, String scheme);

	}

	/**
	 * {@code base} with the form's properties replaced by the form's values. The origin
	 * of each definition follows the content's rule (decision 0014): an unchanged
	 * definition whose marking and source text are unchanged keeps its origin node as it
	 * was (an official version's source and citation included); a definition marked as a
	 * SIMIMO translation of another language's text gets a new node naming that language,
	 * with a note in fr, en and ar, when its text, its marking or its source text
	 * changed; an official version stays only unchanged; a definition marked as the
	 * sourced text itself, or removed, loses its node. {@link #rules} has refused the
	 * rest: a translation of itself, of a missing text, or of a source text that changed
	 * while it did not, and an Arabic definition with no marking.
	 */
	static Model edited(Model base, String iri, ConceptEdit form, OriginNotes notes) {
		Model edited = ModelFactory.createDefaultModel().add(base);
		Resource concept = edited.createResource(iri);
		Resource published = base.createResource(iri);
		for (Property property : TEXTS) {
			for (Statement statement : concept.listProperties(property).toList()) {
				if (statement.getObject().isLiteral()
						&& ConceptEdit.LANGUAGES.contains(statement.getLiteral().getLanguage())) {
					edited.remove(statement);
				}
			}
		}
		edited.removeAll(concept, DCTerms.source, null);
		String scheme = Optional.ofNullable(concept.getPropertyResourceValue(SKOS.inScheme))
			.map(Resource::getURI)
			.orElse("");
		for (String language : ConceptEdit.LANGUAGES) {
			add(concept, SKOS.prefLabel, form.prefLabel(language), language);
			form.altLabels(language).forEach((label) -> add(concept, SKOS.altLabel, label, language));
			add(concept, SKOS.definition, form.definition(language), language);
			add(concept, SKOS.scopeNote, form.scopeNote(language), language);
			add(concept, DCTerms.bibliographicCitation, form.citation(language), language);
			String marking = form.origin(language);
			String definition = form.definition(language);
			boolean unchanged = !definition.isEmpty() && marking.equals(marking(published, language))
					&& definition.equals(text(published, SKOS.definition, language))
					&& (marking.isEmpty() || marking.equals(ConceptEdit.OFFICIAL)
							|| form.definition(marking).equals(text(published, SKOS.definition, marking)));
			if (unchanged) {
				continue;
			}
			DefinitionOrigins.origin(concept, language).ifPresent((node) -> {
				edited.removeAll(concept, Vocab.DEFINITION_ORIGIN, node);
				edited.removeAll(node, null, null);
			});
			if (!definition.isEmpty() && (marking.equals("fr") || marking.equals("en"))) {
				Resource origin = edited.createResource(Vocab.DEFINITION_TRANSLATION)
					.addProperty(DCTerms.language, language)
					.addProperty(Vocab.TRANSLATED_FROM, marking);
				for (String noteLanguage : ConceptEdit.LANGUAGES) {
					origin.addProperty(SKOS.note, notes.note(noteLanguage, language, marking, scheme), noteLanguage);
				}
				concept.addProperty(Vocab.DEFINITION_ORIGIN, origin);
			}
		}
		for (String source : form.sources()) {
			concept.addProperty(DCTerms.source, edited.createResource(source));
		}
		if (ConceptEdit.LANGUAGES.stream().anyMatch((language) -> !form.definition(language).isEmpty())) {
			// The flag says no definition could be sourced: a sourced one now exists.
			edited.removeAll(concept, Vocab.DEFINITION_UNAVAILABLE, null);
		}
		return edited;
	}

	private String originNote(String noteLanguage, String definitionLanguage, String translatedFrom, String scheme) {
		Locale locale = Locale.forLanguageTag(noteLanguage);
		String schemeName = scheme.isEmpty() ? "" : this.labels.of(scheme, noteLanguage).text();
		return this.messages.getMessage("draft.concept.origin.note",
				new Object[] { this.messages.getMessage("draft.concept.origin.of." + definitionLanguage, null, locale),
						this.messages.getMessage("draft.concept.origin.from." + translatedFrom, null, locale),
						schemeName },
				locale);
	}

	private String languageName(String language, Locale locale) {
		return this.messages.getMessage("draft.concept.language." + language, null, locale);
	}

	static String field(String path) {
		return switch (path) {
			case "http://www.w3.org/2004/02/skos/core#prefLabel" -> "prefLabel";
			case "http://www.w3.org/2004/02/skos/core#altLabel" -> "altLabels";
			case "http://www.w3.org/2004/02/skos/core#definition" -> "definition";
			case "http://www.w3.org/2004/02/skos/core#scopeNote" -> "scopeNote";
			case "http://purl.org/dc/terms/source" -> "sources";
			case "http://purl.org/dc/terms/bibliographicCitation" -> "citation";
			default -> "record";
		};
	}

	/**
	 * How the definition in {@code language} is marked: {@code official}, the language a
	 * SIMIMO translation renders, or empty.
	 */
	static String marking(Resource concept, String language) {
		Optional<Resource> origin = DefinitionOrigins.origin(concept, language);
		if (origin.isPresent() && origin.get().hasProperty(RDF.type, Vocab.OFFICIAL_LANGUAGE_VERSION)) {
			return ConceptEdit.OFFICIAL;
		}
		return DefinitionOrigins.translatedFrom(concept, language);
	}

	private static void add(Resource subject, Property property, String text, String language) {
		if (!text.isEmpty()) {
			subject.addProperty(property, text, language);
		}
	}

	private static String text(Resource subject, Property property, String language) {
		if (language.isEmpty() || language.equals(ConceptEdit.OFFICIAL)) {
			return "";
		}
		return subject.listProperties(property)
			.mapWith(Statement::getObject)
			.filterKeep((node) -> node.isLiteral() && language.equals(node.asLiteral().getLanguage()))
			.mapWith((node) -> node.asLiteral().getLexicalForm())
			.nextOptional()
			.orElse("");
	}

	private static List<String> texts(Resource subject, Property property, String language) {
		return subject.listProperties(property)
			.mapWith(Statement::getObject)
			.filterKeep((node) -> node.isLiteral() && language.equals(node.asLiteral().getLanguage()))
			.mapWith((node) -> node.asLiteral().getLexicalForm())
			.toList()
			.stream()
			.sorted()
			.toList();
	}

	private static List<String> sources(Resource concept) {
		return concept.listProperties(DCTerms.source)
			.mapWith(Statement::getObject)
			.filterKeep(RDFNode::isURIResource)
			.mapWith((node) -> node.asResource().getURI())
			.toList()
			.stream()
			.sorted()
			.toList();
	}

}
