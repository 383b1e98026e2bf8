package ma.hcp.simimo.catalogue;

import ma.hcp.simimo.kernel.ResourceNotFoundException;

/** No dcat:Dataset has this IRI. Shown as the 404 page. */
public class DatasetNotFoundException extends ResourceNotFoundException {

	public DatasetNotFoundException(String iri) {
		super(iri);
	}

}
