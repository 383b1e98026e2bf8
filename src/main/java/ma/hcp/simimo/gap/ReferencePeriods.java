package ma.hcp.simimo.gap;

import java.util.List;

import ma.hcp.simimo.kernel.LocalizedText;

/**
 * National reference periods against the recommended ones, concept family by concept
 * family, on one logarithmic time scale (one day to two years).
 *
 * @param families the families that have a period on either side
 */
public record ReferencePeriods(List<Family> families) {

	/**
	 * One concept family.
	 *
	 * @param iri the family
	 * @param label its label
	 * @param national the national periods
	 * @param recommended the recommended ones
	 */
	public record Family(String iri, LocalizedText label, List<Period> national, List<Period> recommended) {
	}

	/**
	 * One period.
	 *
	 * @param subject the reference period, or the international concept whose facet it is
	 * @param href its page
	 * @param label its label
	 * @param kind its kind, or the criterion of the facet
	 * @param value the period in words ("6 mois (P6M)", "depuis le 2000-01-01")
	 * @param scale where the period ends on the timeline, from 0 to 100, or -1 when it is
	 * not a duration (a window of dates)
	 */
	public record Period(String subject, String href, LocalizedText label, String kind, String value, int scale) {

		public boolean isDuration() {
			return this.scale >= 0;
		}

	}

}
