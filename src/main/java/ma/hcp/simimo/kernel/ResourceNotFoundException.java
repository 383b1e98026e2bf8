package ma.hcp.simimo.kernel;

/** No triple in the store has this IRI as subject or object. Shown as a 404 page. */
public class ResourceNotFoundException extends RuntimeException {

	private final String iri;

	public ResourceNotFoundException(String iri) {
		super("No resource " + iri + " in the store");
		this.iri = iri;
	}

	public String iri() {
		return this.iri;
	}

}
