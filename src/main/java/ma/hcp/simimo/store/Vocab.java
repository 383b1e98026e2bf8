package ma.hcp.simimo.store;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * SIMIMO's own terms, and the DQV, OA, ORG, XKOS and FOAF terms that Jena's vocabulary
 * classes lack.
 */
public final class Vocab {

	public static final String SIMIMO = "https://w3id.org/simimo/def#";

	public static final Property STATISTICAL_OPERATION = property(SIMIMO + "statisticalOperation");

	public static final Property SOURCE_TYPE = property(SIMIMO + "sourceType");

	public static final Property MEASURES = property(SIMIMO + "measures");

	public static final Property USES_CLASSIFICATION = property(SIMIMO + "usesClassification");

	public static final Property REFERENCE_PERIOD = property(SIMIMO + "referencePeriod");

	public static final Property PERIOD_KIND = property(SIMIMO + "periodKind");

	public static final Property DURATION = property(SIMIMO + "duration");

	public static final Property START_DATE = property(SIMIMO + "startDate");

	public static final Property END_DATE = property(SIMIMO + "endDate");

	public static final Property COLLECTION_METHOD = property(SIMIMO + "collectionMethod");

	public static final Property UPDATE_PRACTICE = property(SIMIMO + "updatePractice");

	public static final Property DISSEMINATION_METHOD = property(SIMIMO + "disseminationMethod");

	public static final Property DATA_ENTRY_SOFTWARE = property(SIMIMO + "dataEntrySoftware");

	public static final Property NATIONAL_CONCEPT = property(SIMIMO + "nationalConcept");

	public static final Property STANDARD_CONCEPT = property(SIMIMO + "standardConcept");

	public static final Property CRITERION = property(SIMIMO + "criterion");

	public static final Property NATIONAL_VALUE = property(SIMIMO + "nationalValue");

	public static final Property STANDARD_VALUE = property(SIMIMO + "standardValue");

	public static final Property SEVERITY = property(SIMIMO + "severity");

	public static final Property EXPLANATION = property(SIMIMO + "explanation");

	public static final Property ACRONYM = property(SIMIMO + "acronym");

	public static final Resource DIVERGENCE = ResourceFactory.createResource(SIMIMO + "Divergence");

	public static final Property CONCEPT_FAMILY = property(SIMIMO + "conceptFamily");

	public static final Property DEFINITION_UNAVAILABLE = property(SIMIMO + "definitionUnavailable");

	public static final Resource NATIONAL_SCHEME = ResourceFactory.createResource(SIMIMO + "NationalScheme");

	public static final Resource INTERNATIONAL_SCHEME = ResourceFactory.createResource(SIMIMO + "InternationalScheme");

	public static final Property FOAF_NAME = property("http://xmlns.com/foaf/0.1/name");

	public static final Property DQV_HAS_QUALITY_ANNOTATION = property("http://www.w3.org/ns/dqv#hasQualityAnnotation");

	public static final Property OA_BODY_VALUE = property("http://www.w3.org/ns/oa#bodyValue");

	private Vocab() {
	}

	private static Property property(String iri) {
		return ResourceFactory.createProperty(iri);
	}

}
