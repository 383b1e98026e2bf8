package ma.hcp.simimo.concept;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

import ma.hcp.simimo.kernel.LabelledLink;
import ma.hcp.simimo.kernel.LocalizedText;
import ma.hcp.simimo.kernel.ResourceNotFoundException;
import ma.hcp.simimo.store.DraftErrors;
import ma.hcp.simimo.store.DraftErrors.FieldError;
import ma.hcp.simimo.store.DraftSources;
import ma.hcp.simimo.store.Labels;
import ma.hcp.simimo.store.LocalizedLiterals;
import ma.hcp.simimo.store.RecordDrafts;
import ma.hcp.simimo.store.RecordDrafts.Breach;
import ma.hcp.simimo.store.RecordDrafts.Violation;
import ma.hcp.simimo.store.ResourceLinks;
import ma.hcp.simimo.store.SparqlExecutor;
import ma.hcp.simimo.store.Vocab;

import org.springframework.stereotype.Repository;

/**
 * Drafts of classifications (decision 0021, as built for classifications): a
 * classification is edited and reviewed as a whole, so its draft holds the scheme's
 * description with those of its XKOS levels and of its items. The form is read from the
 * draft, or from the published classification; a saved form becomes the whole edited
 * description, checked by the form's rules (a unique, safe notation for an added item, a
 * parent on the level above, no removal of an item with narrower items or that the
 * content uses), by the content's SKOS integrity rules that the description shows on its
 * own ({@link RecordDrafts#DESCRIPTION_INTEGRITY}) and by the content shapes with the
 * scheme, each level and each item as focus nodes. Writes the scheme's dct:title,
 * skos:prefLabel, skos:altLabel, skos:scopeNote and dct:bibliographicCitation (in fr, en
 * and ar), owl:versionInfo and dct:source; the items' skos:prefLabel; and an added item's
 * skos:notation, skos:inScheme, its level's skos:member, and skos:broader (skos:narrower
 * too when the classification states it) or skos:topConceptOf and the scheme's
 * skos:hasTopConcept.
 */
@Repository
public class ClassificationDraftRepository {

	static final int LABEL_LENGTH = 300;

	static final int TEXT_LENGTH = 5000;

	static final int CITATION_LENGTH = 1000;

	static final int VERSION_LENGTH = 50;

	static final int ALT_LABELS = 30;

	static final int SOURCES = 20;

	/**
	 * A code that can stand as the last segment of the item's IRI
	 * ({@code <scheme>/<notation>}) as it is: letters, digits, and a dot, an underscore
	 * or a hyphen inside.
	 */
	static final Pattern NOTATION = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9._-]{0,28}[A-Za-z0-9])?");

	/** Segments under a classification's path that name something else than an item. */
	private static final Set<String> RESERVED = Set.of("edit", "draft", "levels");

	private static final List<Property> SCHEME_TEXTS = List.of(DCTerms.title, SKOS.prefLabel, SKOS.altLabel,
			SKOS.scopeNote, DCTerms.bibliographicCitation);

	/**
	 * The triples that place an item in its classification, which removing it removes.
	 */
	private static final Set<Property> STRUCTURE = Set.of(SKOS.member, SKOS.hasTopConcept, SKOS.narrower, SKOS.broader);

	private final RecordDrafts drafts;

	private final DraftSources sources;

	private final DraftErrors errors;

	private final SparqlExecutor executor;

	private final Labels labels;

	ClassificationDraftRepository(RecordDrafts drafts, DraftSources sources, DraftErrors errors,
			SparqlExecutor executor, Labels labels) {
		this.drafts = drafts;
		this.sources = sources;
		this.errors = errors;
		this.executor = executor;
		this.labels = labels;
	}

	/**
	 * An item of the classification as the form's table shows it.
	 *
	 * @param iri the item's IRI
	 * @param notation its code
	 * @param depth the depth of its level (1 at the top), or its depth in the hierarchy
	 * for a classification without levels
	 * @param level the name of its level, or none
	 * @param parentNotation its parent's code, or empty for a top item
	 * @param labelFr its French label as the draft (or the published classification) has
	 * it
	 * @param labelEn its English label
	 * @param labelAr its Arabic label
	 */
	public record ItemRow(String iri, String notation, int depth, LocalizedText level, String parentNotation,
			String labelFr, String labelEn, String labelAr) {

		public String label(String language) {
			return switch (language) {
				case "fr" -> this.labelFr;
				case "en" -> this.labelEn;
				default -> this.labelAr;
			};
		}

	}

	/**
	 * A level of the classification, as the form offers it for an added item.
	 *
	 * @param depth its depth, 1 at the top
	 * @param label its name
	 */
	public record LevelChoice(int depth, LocalizedText label) {
	}

	/**
	 * What the edit form shows of a classification besides the fields typed.
	 *
	 * @param form the fields as the draft (or the published classification) has them
	 * @param items its items, in the order of the hierarchy
	 * @param levels its levels, from the top
	 */
	public record ClassificationView(ClassificationEdit form, List<ItemRow> items, List<LevelChoice> levels) {
	}

	/**
	 * The form of classification {@code iri} as its draft has it, or as it is published.
	 * @throws ResourceNotFoundException when no published concept scheme has this IRI
	 */
	public ClassificationView view(String iri, Locale locale) {
		Model base = base(iri, parts(iri));
		Resource scheme = base.createResource(iri);
		List<ItemRow> rows = rows(scheme, locale.getLanguage());
		Map<String, String> itemLabels = new LinkedHashMap<>();
		for (ItemRow row : rows) {
			for (String language : ClassificationEdit.LANGUAGES) {
				itemLabels.put(ClassificationEdit.itemField(language, row.iri()), row.label(language));
			}
		}
		ClassificationEdit form = new ClassificationEdit(text(scheme, DCTerms.title, "fr"),
				text(scheme, DCTerms.title, "en"), text(scheme, DCTerms.title, "ar"),
				text(scheme, SKOS.prefLabel, "fr"), text(scheme, SKOS.prefLabel, "en"),
				text(scheme, SKOS.prefLabel, "ar"),
				String.join("\n", LocalizedLiterals.exactly(scheme, SKOS.altLabel, "fr")),
				String.join("\n", LocalizedLiterals.exactly(scheme, SKOS.altLabel, "en")),
				String.join("\n", LocalizedLiterals.exactly(scheme, SKOS.altLabel, "ar")),
				text(scheme, SKOS.scopeNote, "fr"), text(scheme, SKOS.scopeNote, "en"),
				text(scheme, SKOS.scopeNote, "ar"), text(scheme, DCTerms.bibliographicCitation, "fr"),
				text(scheme, DCTerms.bibliographicCitation, "en"), text(scheme, DCTerms.bibliographicCitation, "ar"),
				ResourceLinks.lexical(scheme, OWL.versionInfo), iris(scheme, DCTerms.source), itemLabels, List.of(), "",
				"", "", "", "", "");
		return new ClassificationView(form, rows, levelChoices(scheme, locale.getLanguage()));
	}

	/**
	 * Saves {@code form} as the draft of classification {@code iri} by {@code account},
	 * unless it breaks the form's rules or the content shapes: then nothing is written
	 * and the problems are returned, in the reader's language.
	 * @param revision the revision of the draft the form was loaded from (0: none)
	 * @throws ResourceNotFoundException when no published concept scheme has this IRI
	 * @throws ma.hcp.simimo.store.StaleRevisionException when the draft is no longer at
	 * {@code revision} (decision 0027, concurrent edits)
	 * @throws ma.hcp.simimo.store.WrongStateException when the draft is submitted and
	 * {@code reviewer} is false
	 */
	public List<FieldError> save(String iri, String account, ClassificationEdit form, Locale locale, boolean reviewer,
			int revision) {
		List<String> parts = parts(iri);
		Model base = base(iri, parts);
		List<FieldError> problems = rules(base.createResource(iri), parts, form, locale);
		if (!problems.isEmpty()) {
			return problems;
		}
		Model edited = edited(base, iri, form);
		List<Breach> breaches = this.drafts.integrity(edited);
		if (!breaches.isEmpty()) {
			Resource scheme = edited.createResource(iri);
			return breaches.stream().map((breach) -> breach(scheme, breach, locale)).toList();
		}
		Map<String, List<Violation>> violations = this.drafts.check(iri, parts, edited);
		if (!violations.isEmpty()) {
			Resource scheme = edited.createResource(iri);
			List<FieldError> shown = new ArrayList<>();
			violations.forEach((focus, list) -> list
				.forEach((violation) -> shown.add(onTheField(scheme, focus, violation, locale))));
			return shown;
		}
		if (reviewer) {
			this.drafts.saveAsReviewer(iri, parts, account, edited, OptionalInt.of(revision));
		}
		else {
			this.drafts.save(iri, parts, account, edited, OptionalInt.of(revision));
		}
		return List.of();
	}

	/**
	 * The description {@code form} would save for classification {@code iri}, over its
	 * current draft (or published description): what a refused concurrent save is
	 * compared with.
	 */
	public Model typed(String iri, ClassificationEdit form) {
		return edited(base(iri, parts(iri)), iri, form);
	}

	/** The sources a classification may cite ({@link DraftSources}). */
	public List<LabelledLink> sourceChoices(ClassificationEdit form, Locale locale) {
		return this.sources.choices(form.sources(), locale);
	}

	/**
	 * The published levels and items of {@code iri}, whose descriptions its draft holds.
	 */
	List<String> parts(String iri) {
		return this.drafts.parts(iri);
	}

	/** The draft's description, or else the published one; a 404 for no scheme. */
	private Model base(String iri, List<String> parts) {
		if (this.drafts.draftOf(iri).isEmpty()) {
			Model published = this.drafts.published(iri, parts);
			if (!published.contains(published.createResource(iri), RDF.type, SKOS.ConceptScheme)) {
				throw new ResourceNotFoundException(iri);
			}
			return published;
		}
		return this.drafts.description(this.drafts.draftOf(iri).orElseThrow());
	}

	/**
	 * What the form refuses before the shapes see it: overlong texts, too many labels or
	 * sources, a source not among the content's, an alternative label that is the
	 * preferred one (SKOS S13), a label of something that is no item, and the removals
	 * and the addition that would break the classification.
	 */
	private List<FieldError> rules(Resource scheme, List<String> parts, ClassificationEdit form, Locale locale) {
		List<FieldError> problems = new ArrayList<>();
		for (String language : ClassificationEdit.LANGUAGES) {
			this.errors.tooLong(problems, "title", form.title(language), LABEL_LENGTH, locale);
			this.errors.tooLong(problems, "prefLabel", form.prefLabel(language), LABEL_LENGTH, locale);
			List<String> altLabels = form.altLabels(language);
			if (altLabels.size() > ALT_LABELS) {
				problems.add(this.errors.error("altLabels", String.valueOf(altLabels.size()),
						"draft.concept.error.altLabels", locale, ALT_LABELS));
			}
			altLabels.forEach((label) -> this.errors.tooLong(problems, "altLabels", label, LABEL_LENGTH, locale));
			if (altLabels.contains(form.prefLabel(language))) {
				problems.add(this.errors.error("altLabels", form.prefLabel(language),
						"draft.classification.error.altIsPref", locale));
			}
			this.errors.tooLong(problems, "scopeNote", form.scopeNote(language), TEXT_LENGTH, locale);
			this.errors.tooLong(problems, "citation", form.citation(language), CITATION_LENGTH, locale);
		}
		this.errors.tooLong(problems, "version", form.version(), VERSION_LENGTH, locale);
		if (form.sources().size() > SOURCES) {
			problems.add(this.errors.error("sources", String.valueOf(form.sources().size()),
					"draft.concept.error.sources", locale, SOURCES));
		}
		Set<String> allowed = this.sources.allowed(iris(scheme, DCTerms.source));
		for (String source : form.sources()) {
			if (!allowed.contains(source)) {
				problems.add(this.errors.error("sources", source, "draft.error.notInList", locale));
			}
		}
		Map<String, Resource> items = items(scheme);
		for (Map.Entry<String, String> label : form.itemLabels().entrySet()) {
			String[] name = label.getKey().split("\\.", 3);
			if (name.length < 3 || !ClassificationEdit.LANGUAGES.contains(name[1]) || !items.containsKey(name[2])) {
				problems.add(this.errors.error("items", label.getKey(), "draft.error.notInList", locale));
			}
			else {
				this.errors.tooLong(problems, "items", label.getValue(), LABEL_LENGTH, locale);
			}
		}
		removals(problems, scheme, parts, items, form, locale);
		if (form.adds()) {
			addition(problems, scheme, items, form, locale);
		}
		return problems;
	}

	/**
	 * An item may be removed when it is one of the classification's, has no narrower item
	 * that stays, and nothing else names it: neither the published content outside the
	 * classification (a correspondence's association, a dataset) nor another item of the
	 * draft.
	 */
	private void removals(List<FieldError> problems, Resource scheme, List<String> parts, Map<String, Resource> items,
			ClassificationEdit form, Locale locale) {
		Set<String> removed = new HashSet<>(form.remove());
		Set<String> own = new HashSet<>(parts);
		own.add(scheme.getURI());
		scheme.getModel().listSubjects().filterKeep(Resource::isURIResource).forEach((s) -> own.add(s.getURI()));
		for (String iri : form.remove()) {
			Resource item = items.get(iri);
			if (item == null) {
				problems.add(this.errors.error("remove", iri, "draft.error.notInList", locale));
				continue;
			}
			String notation = ResourceLinks.lexical(item, SKOS.notation);
			List<String> narrower = narrower(item, items).stream()
				.filter((child) -> !removed.contains(child.getURI()))
				.map((child) -> ResourceLinks.lexical(child, SKOS.notation))
				.sorted()
				.toList();
			if (!narrower.isEmpty()) {
				problems.add(this.errors.error("remove", notation, "draft.classification.error.hasNarrower", locale,
						String.join(", ", narrower)));
				continue;
			}
			Set<String> users = new LinkedHashSet<>();
			scheme.getModel().listStatements(null, null, item).forEachRemaining((statement) -> {
				// What places the item in the classification goes with it; a narrower
				// item
				// that names it by skos:broader was refused above.
				Resource subject = statement.getSubject();
				if (!subject.equals(item) && !STRUCTURE.contains(statement.getPredicate())
						&& !(subject.isURIResource() && removed.contains(subject.getURI()))) {
					users.add(name(subject, locale));
				}
			});
			QuerySolutionMap bindings = new QuerySolutionMap();
			bindings.add("item", item);
			this.executor.forEach("concept/classificationItemUses", bindings, (row) -> {
				RDFNode user = row.get("user");
				if (user.isURIResource() && own.contains(user.asResource().getURI())) {
					return;
				}
				Resource container = row.getResource("container");
				String named = user.isURIResource() ? name(user.asResource(), locale) : "_:";
				users.add((container == null) ? named : name(container, locale) + " (" + named + ")");
			});
			if (!users.isEmpty()) {
				problems.add(this.errors.error("remove", notation, "draft.classification.error.used", locale,
						String.join(" ; ", users)));
			}
		}
	}

	/**
	 * An added item needs a notation that matches {@link #NOTATION}, names nothing yet
	 * (no item of the classification has it, in any case, and its IRI is not in the
	 * content), and a parent on the level above its own, or none on the top level.
	 */
	private void addition(List<FieldError> problems, Resource scheme, Map<String, Resource> items,
			ClassificationEdit form, Locale locale) {
		String notation = form.newNotation();
		for (String language : ClassificationEdit.LANGUAGES) {
			this.errors.tooLong(problems, "newLabel", form.newLabel(language), LABEL_LENGTH, locale);
		}
		if (notation.isEmpty()) {
			problems.add(this.errors.error("newNotation", "", "draft.classification.error.notationRequired", locale));
		}
		else if (!NOTATION.matcher(notation).matches() || RESERVED.contains(notation.toLowerCase(Locale.ROOT))) {
			problems
				.add(this.errors.error("newNotation", notation, "draft.classification.error.notationPattern", locale));
		}
		else {
			Optional<Resource> same = items.values()
				.stream()
				.filter((item) -> ResourceLinks.lexical(item, SKOS.notation).equalsIgnoreCase(notation))
				.findFirst();
			String iri = scheme.getURI() + "/" + notation;
			if (same.isPresent() || items.containsKey(iri) || this.drafts.taken(iri)) {
				problems.add(
						this.errors.error("newNotation", notation, "draft.classification.error.notationTaken", locale));
			}
		}
		List<Resource> levels = levels(scheme);
		Resource parent = form.newParent().isEmpty() ? null : items.get(form.newParent());
		if (!form.newParent().isEmpty() && (parent == null || form.remove().contains(form.newParent()))) {
			problems.add(this.errors.error("newParent", form.newParent(), "draft.error.notInList", locale));
			return;
		}
		if (levels.isEmpty()) {
			return;
		}
		Optional<Resource> level = levels.stream()
			.filter((candidate) -> String.valueOf(depth(candidate)).equals(form.newLevel()))
			.findFirst();
		if (level.isEmpty()) {
			problems.add(this.errors.error("newLevel", form.newLevel(), "draft.error.notInList", locale));
			return;
		}
		int index = levels.indexOf(level.get());
		if (index == 0 && parent != null) {
			problems.add(this.errors.error("newParent", ResourceLinks.lexical(parent, SKOS.notation),
					"draft.classification.error.parentOnTop", locale));
		}
		else if (index > 0) {
			Resource above = levels.get(index - 1);
			if (parent == null) {
				problems.add(this.errors.error("newParent", "", "draft.classification.error.parentRequired", locale,
						levelName(above, locale)));
			}
			else if (!above.hasProperty(SKOS.member, parent)) {
				problems.add(this.errors.error("newParent", ResourceLinks.lexical(parent, SKOS.notation),
						"draft.classification.error.parentLevel", locale, levelName(above, locale)));
			}
		}
	}

	/**
	 * {@code base} with the form's values in place of the edited properties, the removed
	 * items gone (every triple that names them, and the blank nodes only they led to) and
	 * the added item in its place; everything else is kept as it is.
	 */
	static Model edited(Model base, String iri, ClassificationEdit form) {
		Model edited = ModelFactory.createDefaultModel().add(base);
		Resource scheme = edited.createResource(iri);
		for (Property property : SCHEME_TEXTS) {
			for (Statement statement : scheme.listProperties(property).toList()) {
				if (statement.getObject().isLiteral()
						&& ClassificationEdit.LANGUAGES.contains(statement.getLiteral().getLanguage())) {
					edited.remove(statement);
				}
			}
		}
		edited.removeAll(scheme, OWL.versionInfo, null);
		edited.removeAll(scheme, DCTerms.source, null);
		for (String language : ClassificationEdit.LANGUAGES) {
			add(scheme, DCTerms.title, form.title(language), language);
			add(scheme, SKOS.prefLabel, form.prefLabel(language), language);
			form.altLabels(language).forEach((label) -> add(scheme, SKOS.altLabel, label, language));
			add(scheme, SKOS.scopeNote, form.scopeNote(language), language);
			add(scheme, DCTerms.bibliographicCitation, form.citation(language), language);
		}
		if (!form.version().isEmpty()) {
			scheme.addProperty(OWL.versionInfo, form.version());
		}
		form.sources().forEach((source) -> scheme.addProperty(DCTerms.source, edited.createResource(source)));
		for (String language : ClassificationEdit.LANGUAGES) {
			for (Resource item : items(scheme).values()) {
				Optional<String> label = form.itemLabel(language, item.getURI());
				if (label.isPresent()) {
					for (Statement statement : item.listProperties(SKOS.prefLabel).toList()) {
						if (language.equals(statement.getLanguage())) {
							edited.remove(statement);
						}
					}
					add(item, SKOS.prefLabel, label.get(), language);
				}
			}
		}
		for (String removed : form.remove()) {
			remove(edited, edited.createResource(removed));
		}
		if (form.adds()) {
			addItem(edited, scheme, form);
		}
		return edited;
	}

	private static void addItem(Model edited, Resource scheme, ClassificationEdit form) {
		Resource item = edited.createResource(scheme.getURI() + "/" + form.newNotation());
		item.addProperty(RDF.type, SKOS.Concept)
			.addProperty(SKOS.notation, form.newNotation())
			.addProperty(SKOS.inScheme, scheme);
		for (String language : ClassificationEdit.LANGUAGES) {
			add(item, SKOS.prefLabel, form.newLabel(language), language);
		}
		levels(scheme).stream()
			.filter((level) -> String.valueOf(depth(level)).equals(form.newLevel()))
			.findFirst()
			.ifPresent((level) -> level.addProperty(SKOS.member, item));
		if (form.newParent().isEmpty()) {
			item.addProperty(SKOS.topConceptOf, scheme);
			scheme.addProperty(SKOS.hasTopConcept, item);
		}
		else {
			Resource parent = edited.createResource(form.newParent());
			item.addProperty(SKOS.broader, parent);
			// The classifications state the hierarchy by skos:broader; one that states
			// skos:narrower too gets both, so that neither direction misses the item.
			if (edited.contains(null, SKOS.narrower, (RDFNode) null)) {
				parent.addProperty(SKOS.narrower, item);
			}
		}
	}

	private static void remove(Model edited, Resource item) {
		List<Resource> blanks = item.listProperties()
			.mapWith(Statement::getObject)
			.filterKeep(RDFNode::isAnon)
			.mapWith(RDFNode::asResource)
			.toList();
		edited.removeAll(item, null, null);
		edited.removeAll(null, null, item);
		for (Resource blank : blanks) {
			if (!edited.contains(null, null, blank)) {
				remove(edited, blank);
			}
		}
	}

	/**
	 * A shapes violation as the form shows it: on the scheme's own field, or on the
	 * items' (or levels') table, named by the item's code.
	 */
	private FieldError onTheField(Resource scheme, String focus, Violation violation, Locale locale) {
		if (focus.equals(scheme.getURI())) {
			return this.errors.violation(violation, field(violation.path()), locale);
		}
		Resource part = scheme.getModel().createResource(focus);
		boolean level = part.hasProperty(RDF.type, Vocab.XKOS_CLASSIFICATION_LEVEL);
		String name = level ? levelName(part, locale) : ResourceLinks.lexical(part, SKOS.notation);
		String value = violation.value().isEmpty() || violation.value().equals(focus) ? name
				: name + " · " + violation.value();
		return this.errors.violation(
				new Violation(violation.path(), value, violation.component(), violation.messages()),
				level ? "levels" : "items", locale);
	}

	/**
	 * A breach of a SKOS integrity rule, on the items' table (or the scheme's labels),
	 * named by the item's code; the message is the rule's, {@code draft.integrity.<nn>}.
	 */
	private FieldError breach(Resource scheme, Breach breach, Locale locale) {
		String key = "draft.integrity." + breach.rule().substring("integrity/".length(), "integrity/".length() + 2);
		if (breach.concept().equals(scheme.getURI())) {
			return this.errors.error("prefLabel", "", key, locale);
		}
		String notation = ResourceLinks.lexical(scheme.getModel().createResource(breach.concept()), SKOS.notation);
		return this.errors.error("items", notation.isEmpty() ? breach.concept() : notation, key, locale);
	}

	/** The form field a shapes violation of the scheme itself is about. */
	static String field(String path) {
		return switch (path) {
			case "http://purl.org/dc/terms/title" -> "title";
			case "http://www.w3.org/2004/02/skos/core#prefLabel" -> "prefLabel";
			case "http://www.w3.org/2004/02/skos/core#altLabel" -> "altLabels";
			case "http://www.w3.org/2004/02/skos/core#scopeNote" -> "scopeNote";
			case "http://purl.org/dc/terms/bibliographicCitation" -> "citation";
			case "http://purl.org/dc/terms/source" -> "sources";
			case "http://www.w3.org/2002/07/owl#versionInfo" -> "version";
			default -> "record";
		};
	}

	/** The items of the scheme's table, parents before their children, codes in order. */
	private List<ItemRow> rows(Resource scheme, String language) {
		Map<String, Resource> items = items(scheme);
		Map<Resource, Resource> levelOf = new LinkedHashMap<>();
		for (Resource level : levels(scheme)) {
			level.listProperties(SKOS.member).forEachRemaining((s) -> levelOf.putIfAbsent(s.getResource(), level));
		}
		List<ItemRow> rows = new ArrayList<>();
		List<Resource> top = items.values().stream().filter((item) -> parent(item, items) == null).toList();
		add(rows, sortedByCode(top), items, levelOf, 1, language, new HashSet<>());
		return rows;
	}

	private void add(List<ItemRow> rows, List<Resource> items, Map<String, Resource> all,
			Map<Resource, Resource> levelOf, int depth, String language, Set<Resource> seen) {
		for (Resource item : items) {
			if (!seen.add(item)) {
				continue;
			}
			Resource level = levelOf.get(item);
			Resource parent = parent(item, all);
			rows.add(new ItemRow(item.getURI(), ResourceLinks.lexical(item, SKOS.notation),
					(level != null) ? depth(level) : depth,
					(level != null) ? LocalizedLiterals.best(level, language, SKOS.prefLabel) : LocalizedText.none(),
					(parent != null) ? ResourceLinks.lexical(parent, SKOS.notation) : "",
					text(item, SKOS.prefLabel, "fr"), text(item, SKOS.prefLabel, "en"),
					text(item, SKOS.prefLabel, "ar")));
			add(rows, sortedByCode(narrower(item, all)), all, levelOf, depth + 1, language, seen);
		}
	}

	private List<LevelChoice> levelChoices(Resource scheme, String language) {
		return levels(scheme).stream()
			.map((level) -> new LevelChoice(depth(level), LocalizedLiterals.best(level, language, SKOS.prefLabel)))
			.toList();
	}

	/** The items of the scheme in {@code scheme}'s model, by IRI. */
	private static Map<String, Resource> items(Resource scheme) {
		Map<String, Resource> items = new LinkedHashMap<>();
		scheme.getModel()
			.listSubjectsWithProperty(SKOS.inScheme, scheme)
			.filterKeep((subject) -> subject.isURIResource() && subject.hasProperty(RDF.type, SKOS.Concept))
			.forEachRemaining((item) -> items.put(item.getURI(), item));
		return items;
	}

	/** The scheme's levels, from the top, as its xkos:levels list orders them. */
	private static List<Resource> levels(Resource scheme) {
		Resource list = scheme.getPropertyResourceValue(Vocab.XKOS_LEVELS);
		if (list == null) {
			return List.of();
		}
		return list.as(RDFList.class)
			.iterator()
			.toList()
			.stream()
			.filter(RDFNode::isURIResource)
			.map(RDFNode::asResource)
			.toList();
	}

	private static int depth(Resource level) {
		Statement depth = level.getProperty(Vocab.XKOS_DEPTH);
		return (depth == null) ? 0 : depth.getInt();
	}

	private static Resource parent(Resource item, Map<String, Resource> items) {
		return item.listProperties(SKOS.broader)
			.mapWith(Statement::getObject)
			.filterKeep((node) -> node.isURIResource() && items.containsKey(node.asResource().getURI()))
			.mapWith((node) -> items.get(node.asResource().getURI()))
			.nextOptional()
			.orElse(null);
	}

	/** The items directly under {@code item}, by skos:broader or skos:narrower. */
	private static List<Resource> narrower(Resource item, Map<String, Resource> items) {
		Set<Resource> children = new LinkedHashSet<>();
		item.getModel()
			.listSubjectsWithProperty(SKOS.broader, item)
			.filterKeep((child) -> child.isURIResource() && items.containsKey(child.getURI()))
			.forEachRemaining(children::add);
		item.listProperties(SKOS.narrower)
			.mapWith(Statement::getObject)
			.filterKeep((node) -> node.isURIResource() && items.containsKey(node.asResource().getURI()))
			.forEachRemaining((node) -> children.add(items.get(node.asResource().getURI())));
		return List.copyOf(children);
	}

	private static List<Resource> sortedByCode(List<Resource> items) {
		return items.stream()
			.sorted(Comparator.comparing((Resource item) -> SchemeRepository
				.sortKey(ResourceLinks.lexical(item, SKOS.notation), item.getURI())))
			.toList();
	}

	private String levelName(Resource level, Locale locale) {
		LocalizedText label = LocalizedLiterals.best(level, locale.getLanguage(), SKOS.prefLabel);
		return label.isPresent() ? label.text() : level.getURI();
	}

	/**
	 * What the refusal of a removal names: the label of what uses the item, and its IRI.
	 */
	private String name(Resource resource, Locale locale) {
		if (!resource.isURIResource()) {
			return "_:";
		}
		LocalizedText label = this.labels.of(resource.getURI(), locale.getLanguage());
		return (label.isPresent() && !label.text().equals(resource.getURI()))
				? label.text() + " <" + resource.getURI() + ">" : "<" + resource.getURI() + ">";
	}

	private static void add(Resource subject, Property property, String text, String language) {
		if (!text.isEmpty()) {
			subject.addProperty(property, text, language);
		}
	}

	private static String text(Resource subject, Property property, String language) {
		return LocalizedLiterals.exactly(subject, property, language).stream().findFirst().orElse("");
	}

	private static List<String> iris(Resource subject, Property property) {
		return subject.listProperties(property)
			.mapWith(Statement::getObject)
			.filterKeep(RDFNode::isURIResource)
			.mapWith((node) -> node.asResource().getURI())
			.toList()
			.stream()
			.sorted()
			.toList();
	}

}
