package ma.hcp.simimo.concept;

import ma.hcp.simimo.kernel.ResourceNotFoundException;

/** No skos:Concept has this IRI. Shown as the 404 page. */
public class ConceptNotFoundException extends ResourceNotFoundException {

	public ConceptNotFoundException(String iri) {
		super(iri);
	}

}
