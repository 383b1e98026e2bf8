package ma.hcp.simimo.kernel;

import java.util.Optional;

/**
 * A feature's own RDF description of some of the resources it owns, served at their IRIs
 * in place of the generic description (the catalogue's DCAT-AP view of the catalogue, the
 * full description of a dataset). The linked-data controller asks every implementation
 * and falls back to its own description, so it needs no feature.
 */
public interface ResourceDescriptions {

	/** The description of the resource, or empty when it is not one of ours. */
	Optional<RdfDocument> describe(String iri);

}
