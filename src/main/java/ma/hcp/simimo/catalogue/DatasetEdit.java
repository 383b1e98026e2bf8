package ma.hcp.simimo.catalogue;

import java.util.Arrays;
import java.util.List;

import static ma.hcp.simimo.kernel.FormValues.clean;
import static ma.hcp.simimo.kernel.FormValues.inLanguage;

/**
 * The fields of the dataset edit form, as typed: the title, description and keywords in
 * French, English and Arabic (keywords one per line), the temporal coverage's start and
 * end (a year or a date), and the IRIs of the access rights and of stock or flow chosen
 * from their code lists (empty for none). Null fields, as a crafted request may send, are
 * read as empty.
 *
 * @param titleFr the French title
 * @param titleEn the English title
 * @param titleAr the Arabic title
 * @param descriptionFr the French description
 * @param descriptionEn the English description
 * @param descriptionAr the Arabic description
 * @param keywordsFr the French keywords, one per line
 * @param keywordsEn the English keywords, one per line
 * @param keywordsAr the Arabic keywords, one per line
 * @param coverageStart the start of the temporal coverage, {@code 2018} or
 * {@code 2018-06-01}
 * @param coverageEnd its end
 * @param accessRights the access rights' IRI
 * @param stockOrFlow the IRI of stock or of flow
 */
public record DatasetEdit(String titleFr, String titleEn, String titleAr, String descriptionFr, String descriptionEn,
		String descriptionAr, String keywordsFr, String keywordsEn, String keywordsAr, String coverageStart,
		String coverageEnd, String accessRights, String stockOrFlow) {

	/** The form's languages, in the order of its fields. */
	static final List<String> LANGUAGES = List.of("fr", "en", "ar");

	public DatasetEdit {
		titleFr = clean(titleFr);
		titleEn = clean(titleEn);
		titleAr = clean(titleAr);
		descriptionFr = clean(descriptionFr);
		descriptionEn = clean(descriptionEn);
		descriptionAr = clean(descriptionAr);
		keywordsFr = clean(keywordsFr);
		keywordsEn = clean(keywordsEn);
		keywordsAr = clean(keywordsAr);
		coverageStart = clean(coverageStart);
		coverageEnd = clean(coverageEnd);
		accessRights = clean(accessRights);
		stockOrFlow = clean(stockOrFlow);
	}

	String title(String language) {
		return inLanguage(language, this.titleFr, this.titleEn, this.titleAr);
	}

	String description(String language) {
		return inLanguage(language, this.descriptionFr, this.descriptionEn, this.descriptionAr);
	}

	/** The keywords in {@code language}: one per non-blank line, trimmed. */
	List<String> keywords(String language) {
		return Arrays.stream(inLanguage(language, this.keywordsFr, this.keywordsEn, this.keywordsAr).split("\\R"))
			.map(String::strip)
			.filter((keyword) -> !keyword.isEmpty())
			.distinct()
			.toList();
	}

}
