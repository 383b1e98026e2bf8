package ma.hcp.simimo.period;

import ma.hcp.simimo.kernel.ResourceNotFoundException;

/** No simimo:ReferencePeriod has this IRI. Shown as the 404 page. */
public class PeriodNotFoundException extends ResourceNotFoundException {

	public PeriodNotFoundException(String iri) {
		super(iri);
	}

}
