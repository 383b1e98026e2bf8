package ma.hcp.simimo.period;

import java.util.List;

import ma.hcp.simimo.kernel.LabelledLink;
import ma.hcp.simimo.kernel.LocalizedText;

/**
 * A reference period's draft as its compact page shows it: there is no HTML page of a
 * period besides its linked-data description, so the draft's page lists its fields.
 *
 * @param published the period's published label, in the reader's language
 * @param fields the draft's fields as the edit form has them
 * @param kind the kind of period the draft keeps
 * @param duration the duration in words ("6 mois"), or empty for none
 * @param startDate the start date it keeps, or empty
 * @param endDate the end date it keeps, or empty
 * @param sources the sources it cites
 */
public record PeriodDraftPage(LocalizedText published, PeriodEdit fields, LocalizedText kind, String duration,
		String startDate, String endDate, List<LabelledLink> sources) {
}
