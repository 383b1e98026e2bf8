package ma.hcp.simimo.concept;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import static ma.hcp.simimo.kernel.FormValues.clean;
import static ma.hcp.simimo.kernel.FormValues.inLanguage;

/**
 * The fields of the concept edit form, as typed: the preferred label, the alternative
 * labels (one per line), the definition, where each definition comes from, the scope note
 * and the citation in French, English and Arabic, and the sources chosen from the
 * content's sources. Null fields, as a crafted request may send, are read as empty.
 *
 * @param prefLabelFr the French preferred label
 * @param prefLabelEn the English preferred label
 * @param prefLabelAr the Arabic preferred label
 * @param altLabelsFr the French alternative labels, one per line
 * @param altLabelsEn the English alternative labels, one per line
 * @param altLabelsAr the Arabic alternative labels, one per line
 * @param definitionFr the French definition
 * @param definitionEn the English definition
 * @param definitionAr the Arabic definition
 * @param originFr where the French definition comes from: empty for the sourced text
 * itself, {@code en} or {@code fr} for a SIMIMO translation of that language's text,
 * {@code official} for an official language version (kept only as it is)
 * @param originEn the same for the English definition
 * @param originAr the same for the Arabic definition
 * @param scopeNoteFr the French scope note
 * @param scopeNoteEn the English scope note
 * @param scopeNoteAr the Arabic scope note
 * @param citationFr where in its sources the definition is (article, paragraph, page), in
 * French
 * @param citationEn the same in English
 * @param citationAr the same in Arabic
 * @param sources the IRIs of the sources chosen
 */
public record ConceptEdit(String prefLabelFr, String prefLabelEn, String prefLabelAr, String altLabelsFr,
		String altLabelsEn, String altLabelsAr, String definitionFr, String definitionEn, String definitionAr,
		String originFr, String originEn, String originAr, String scopeNoteFr, String scopeNoteEn, String scopeNoteAr,
		String citationFr, String citationEn, String citationAr, List<String> sources) {

	/** The form's languages, in the order of its fields. */
	static final List<String> LANGUAGES = List.of("fr", "en", "ar");

	/** The marking of an official language version, kept as it is. */
	static final String OFFICIAL = "official";

	public ConceptEdit {
		prefLabelFr = clean(prefLabelFr);
		prefLabelEn = clean(prefLabelEn);
		prefLabelAr = clean(prefLabelAr);
		altLabelsFr = clean(altLabelsFr);
		altLabelsEn = clean(altLabelsEn);
		altLabelsAr = clean(altLabelsAr);
		definitionFr = clean(definitionFr);
		definitionEn = clean(definitionEn);
		definitionAr = clean(definitionAr);
		originFr = clean(originFr);
		originEn = clean(originEn);
		originAr = clean(originAr);
		scopeNoteFr = clean(scopeNoteFr);
		scopeNoteEn = clean(scopeNoteEn);
		scopeNoteAr = clean(scopeNoteAr);
		citationFr = clean(citationFr);
		citationEn = clean(citationEn);
		citationAr = clean(citationAr);
		sources = (sources == null) ? List.of()
				: sources.stream()
					.filter(Objects::nonNull)
					.map(String::strip)
					.filter((s) -> !s.isEmpty())
					.distinct()
					.toList();
	}

	public String prefLabel(String language) {
		return inLanguage(language, this.prefLabelFr, this.prefLabelEn, this.prefLabelAr);
	}

	/** The alternative labels in {@code language} as typed, one per line. */
	public String altLabelsText(String language) {
		return inLanguage(language, this.altLabelsFr, this.altLabelsEn, this.altLabelsAr);
	}

	/** The alternative labels in {@code language}: one per non-blank line, trimmed. */
	List<String> altLabels(String language) {
		return Arrays.stream(inLanguage(language, this.altLabelsFr, this.altLabelsEn, this.altLabelsAr).split("\\R"))
			.map(String::strip)
			.filter((label) -> !label.isEmpty())
			.distinct()
			.toList();
	}

	public String definition(String language) {
		return inLanguage(language, this.definitionFr, this.definitionEn, this.definitionAr);
	}

	public String origin(String language) {
		return inLanguage(language, this.originFr, this.originEn, this.originAr);
	}

	public String scopeNote(String language) {
		return inLanguage(language, this.scopeNoteFr, this.scopeNoteEn, this.scopeNoteAr);
	}

	public String citation(String language) {
		return inLanguage(language, this.citationFr, this.citationEn, this.citationAr);
	}

}
