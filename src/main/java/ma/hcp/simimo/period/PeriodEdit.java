package ma.hcp.simimo.period;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import static ma.hcp.simimo.kernel.FormValues.clean;
import static ma.hcp.simimo.kernel.FormValues.inLanguage;

/**
 * The fields of the reference-period edit form, as typed: the label, the description (its
 * paragraphs, one skos:note each) and the citation in French, English and Arabic, the
 * duration as a whole number and a unit ({@code days}, {@code weeks}, {@code months},
 * {@code years}; never an xsd:duration code), the kind and the start and end dates, and
 * the sources chosen from the content's sources. Null fields, as a crafted request may
 * send, are read as empty.
 *
 * @param labelFr the French label
 * @param labelEn the English label
 * @param labelAr the Arabic label
 * @param descriptionFr the French description
 * @param descriptionEn the English description
 * @param descriptionAr the Arabic description
 * @param citationFr where in its sources the period is (article, paragraph, page), in
 * French
 * @param citationEn the same in English
 * @param citationAr the same in Arabic
 * @param durationNumber the number of units of the duration, or empty for none
 * @param durationUnit the unit of the duration
 * @param kind the IRI of the period's kind, one of the period-kinds scheme
 * @param startDate the first day the period covers, {@code YYYY-MM-DD}, or empty
 * @param endDate the last day it covers, or empty
 * @param sources the IRIs of the sources chosen
 */
public record PeriodEdit(String labelFr, String labelEn, String labelAr, String descriptionFr, String descriptionEn,
		String descriptionAr, String citationFr, String citationEn, String citationAr, String durationNumber,
		String durationUnit, String kind, String startDate, String endDate, List<String> sources) {

	/** The form's languages, in the order of its fields. */
	static final List<String> LANGUAGES = List.of("fr", "en", "ar");

	public PeriodEdit {
		labelFr = clean(labelFr);
		labelEn = clean(labelEn);
		labelAr = clean(labelAr);
		descriptionFr = clean(descriptionFr);
		descriptionEn = clean(descriptionEn);
		descriptionAr = clean(descriptionAr);
		citationFr = clean(citationFr);
		citationEn = clean(citationEn);
		citationAr = clean(citationAr);
		durationNumber = clean(durationNumber);
		durationUnit = clean(durationUnit);
		kind = clean(kind);
		startDate = clean(startDate);
		endDate = clean(endDate);
		sources = (sources == null) ? List.of()
				: sources.stream()
					.filter(Objects::nonNull)
					.map(String::strip)
					.filter((s) -> !s.isEmpty())
					.distinct()
					.toList();
	}

	public String label(String language) {
		return inLanguage(language, this.labelFr, this.labelEn, this.labelAr);
	}

	public String description(String language) {
		return inLanguage(language, this.descriptionFr, this.descriptionEn, this.descriptionAr);
	}

	/**
	 * The description's paragraphs in {@code language}, split at blank lines: each is a
	 * skos:note of its own, as the content writes separate notes.
	 */
	public List<String> paragraphs(String language) {
		return Arrays.stream(description(language).split("\\R\\s*\\R"))
			.map(String::strip)
			.filter((paragraph) -> !paragraph.isEmpty())
			.distinct()
			.toList();
	}

	public String citation(String language) {
		return inLanguage(language, this.citationFr, this.citationEn, this.citationAr);
	}

}
