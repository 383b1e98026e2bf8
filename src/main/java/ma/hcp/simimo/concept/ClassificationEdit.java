package ma.hcp.simimo.concept;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static ma.hcp.simimo.kernel.FormValues.clean;
import static ma.hcp.simimo.kernel.FormValues.inLanguage;

/**
 * The fields of the classification edit form, as typed (decision 0021, as built for
 * classifications): the scheme's title, preferred label, alternative labels (one per
 * line), scope note and citation in French, English and Arabic, its version and its
 * sources; the preferred labels of its items in the three languages, each sent as
 * {@code item.<language>.<item IRI>}; the items to remove; and one item to add (its
 * notation, its level's depth, its parent's IRI and its labels). Null fields, as a
 * crafted request may send, are read as empty; an item label that is not sent at all is
 * kept as it is, so that a request naming a few items changes only those.
 *
 * @param titleFr the French title (dct:title)
 * @param titleEn the English title
 * @param titleAr the Arabic title
 * @param prefLabelFr the French preferred label (skos:prefLabel, the short name)
 * @param prefLabelEn the English preferred label
 * @param prefLabelAr the Arabic preferred label
 * @param altLabelsFr the French alternative labels, one per line
 * @param altLabelsEn the English alternative labels, one per line
 * @param altLabelsAr the Arabic alternative labels, one per line
 * @param scopeNoteFr the French scope note
 * @param scopeNoteEn the English scope note
 * @param scopeNoteAr the Arabic scope note
 * @param citationFr where in its sources the classification is (decree, article, page),
 * in French
 * @param citationEn the same in English
 * @param citationAr the same in Arabic
 * @param version its version (owl:versionInfo)
 * @param sources the IRIs of the sources chosen
 * @param itemLabels the item labels sent, by parameter name
 * ({@code item.fr.https://…/nma-2010/A})
 * @param remove the IRIs of the items to remove
 * @param newNotation the code of the item to add, or empty for none
 * @param newLevel the depth of its level (1 at the top), for a classification with levels
 * @param newParent the IRI of its parent, or empty for a top item
 * @param newLabelFr its French label
 * @param newLabelEn its English label
 * @param newLabelAr its Arabic label
 */
public record ClassificationEdit(String titleFr, String titleEn, String titleAr, String prefLabelFr, String prefLabelEn,
		String prefLabelAr, String altLabelsFr, String altLabelsEn, String altLabelsAr, String scopeNoteFr,
		String scopeNoteEn, String scopeNoteAr, String citationFr, String citationEn, String citationAr, String version,
		List<String> sources, Map<String, String> itemLabels, List<String> remove, String newNotation, String newLevel,
		String newParent, String newLabelFr, String newLabelEn, String newLabelAr) {

	/** The form's languages, in the order of its fields. */
	static final List<String> LANGUAGES = List.of("fr", "en", "ar");

	/** The start of an item label's parameter name. */
	static final String ITEM = "item.";

	public ClassificationEdit {
		titleFr = clean(titleFr);
		titleEn = clean(titleEn);
		titleAr = clean(titleAr);
		prefLabelFr = clean(prefLabelFr);
		prefLabelEn = clean(prefLabelEn);
		prefLabelAr = clean(prefLabelAr);
		altLabelsFr = clean(altLabelsFr);
		altLabelsEn = clean(altLabelsEn);
		altLabelsAr = clean(altLabelsAr);
		scopeNoteFr = clean(scopeNoteFr);
		scopeNoteEn = clean(scopeNoteEn);
		scopeNoteAr = clean(scopeNoteAr);
		citationFr = clean(citationFr);
		citationEn = clean(citationEn);
		citationAr = clean(citationAr);
		version = clean(version);
		sources = cleanList(sources);
		Map<String, String> labels = new LinkedHashMap<>();
		if (itemLabels != null) {
			itemLabels.forEach((name, value) -> {
				if (name != null) {
					labels.put(name, clean(value));
				}
			});
		}
		itemLabels = java.util.Collections.unmodifiableMap(labels);
		remove = cleanList(remove);
		newNotation = clean(newNotation);
		newLevel = clean(newLevel);
		newParent = clean(newParent);
		newLabelFr = clean(newLabelFr);
		newLabelEn = clean(newLabelEn);
		newLabelAr = clean(newLabelAr);
	}

	/** The form as a request's parameters give it (the first value of each). */
	static ClassificationEdit from(Map<String, String[]> parameters) {
		Map<String, String> items = new LinkedHashMap<>();
		parameters.forEach((name, values) -> {
			if (name.startsWith(ITEM) && values.length > 0) {
				items.put(name, values[0]);
			}
		});
		return new ClassificationEdit(one(parameters, "titleFr"), one(parameters, "titleEn"),
				one(parameters, "titleAr"), one(parameters, "prefLabelFr"), one(parameters, "prefLabelEn"),
				one(parameters, "prefLabelAr"), one(parameters, "altLabelsFr"), one(parameters, "altLabelsEn"),
				one(parameters, "altLabelsAr"), one(parameters, "scopeNoteFr"), one(parameters, "scopeNoteEn"),
				one(parameters, "scopeNoteAr"), one(parameters, "citationFr"), one(parameters, "citationEn"),
				one(parameters, "citationAr"), one(parameters, "version"), all(parameters, "sources"), items,
				all(parameters, "remove"), one(parameters, "newNotation"), one(parameters, "newLevel"),
				one(parameters, "newParent"), one(parameters, "newLabelFr"), one(parameters, "newLabelEn"),
				one(parameters, "newLabelAr"));
	}

	/** The parameter name of an item's label in {@code language}. */
	public static String itemField(String language, String iri) {
		return ITEM + language + "." + iri;
	}

	/** The label of item {@code iri} in {@code language} as sent, if it was. */
	public Optional<String> itemLabel(String language, String iri) {
		return Optional.ofNullable(this.itemLabels.get(itemField(language, iri)));
	}

	public String title(String language) {
		return inLanguage(language, this.titleFr, this.titleEn, this.titleAr);
	}

	public String prefLabel(String language) {
		return inLanguage(language, this.prefLabelFr, this.prefLabelEn, this.prefLabelAr);
	}

	public String altLabelsText(String language) {
		return inLanguage(language, this.altLabelsFr, this.altLabelsEn, this.altLabelsAr);
	}

	/** The alternative labels in {@code language}, one per non-empty line. */
	List<String> altLabels(String language) {
		return Arrays.stream(altLabelsText(language).split("\\R"))
			.map(String::strip)
			.filter((label) -> !label.isEmpty())
			.distinct()
			.toList();
	}

	public String scopeNote(String language) {
		return inLanguage(language, this.scopeNoteFr, this.scopeNoteEn, this.scopeNoteAr);
	}

	public String citation(String language) {
		return inLanguage(language, this.citationFr, this.citationEn, this.citationAr);
	}

	public String newLabel(String language) {
		return inLanguage(language, this.newLabelFr, this.newLabelEn, this.newLabelAr);
	}

	/** Whether the form asks for an item to be added. */
	boolean adds() {
		return !this.newNotation.isEmpty() || !this.newParent.isEmpty() || !this.newLabelFr.isEmpty()
				|| !this.newLabelEn.isEmpty() || !this.newLabelAr.isEmpty();
	}

	private static String one(Map<String, String[]> parameters, String name) {
		String[] values = parameters.get(name);
		return (values == null || values.length == 0) ? null : values[0];
	}

	private static List<String> all(Map<String, String[]> parameters, String name) {
		String[] values = parameters.get(name);
		return (values == null) ? List.of() : Arrays.asList(values);
	}

	private static List<String> cleanList(List<String> values) {
		return (values == null) ? List.of()
				: values.stream()
					.filter(Objects::nonNull)
					.map(String::strip)
					.filter((s) -> !s.isEmpty())
					.distinct()
					.toList();
	}

}
