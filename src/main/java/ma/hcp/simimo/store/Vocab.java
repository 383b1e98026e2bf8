package ma.hcp.simimo.store;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * SIMIMO's own terms, every one of them (each is declared in ontology/simimo.ttl), and
 * the DQV and XKOS terms Jena lacks; for DCAT, SKOS, ORG, OA and FOAF use Jena's classes.
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

	public static final Property NATIONAL_CONCEPT = property(SIMIMO + "nationalConcept");

	public static final Property STANDARD_CONCEPT = property(SIMIMO + "standardConcept");

	public static final Property CRITERION = property(SIMIMO + "criterion");

	public static final Property NATIONAL_VALUE = property(SIMIMO + "nationalValue");

	public static final Property STANDARD_VALUE = property(SIMIMO + "standardValue");

	public static final Property SEVERITY = property(SIMIMO + "severity");

	public static final Property EXPLANATION = property(SIMIMO + "explanation");

	public static final Property ACRONYM = property(SIMIMO + "acronym");

	public static final Property CONCEPT_FAMILY = property(SIMIMO + "conceptFamily");

	public static final Property DEFINITION_UNAVAILABLE = property(SIMIMO + "definitionUnavailable");

	public static final Property DEFINITION_ORIGIN = property(SIMIMO + "definitionOrigin");

	public static final Resource DEFINITION_TRANSLATION = ResourceFactory
		.createResource(SIMIMO + "DefinitionTranslation");

	public static final Resource OFFICIAL_LANGUAGE_VERSION = ResourceFactory
		.createResource(SIMIMO + "OfficialLanguageVersion");

	public static final Property TRANSLATED_FROM = property(SIMIMO + "translatedFrom");

	public static final Resource REFERENCE_PERIOD_CLASS = ResourceFactory.createResource(SIMIMO + "ReferencePeriod");

	public static final Resource NATIONAL_SCHEME = ResourceFactory.createResource(SIMIMO + "NationalScheme");

	public static final Property PRODUCER_ROLE = property(SIMIMO + "producerRole");

	/**
	 * The producer responsible for a record, whose contributors may edit it; stated only
	 * in the record-owners graph (decision 0019).
	 */
	public static final Property OWNER = property(SIMIMO + "owner");

	/**
	 * From a producer to the datasets it produces, only in the producer page's CONSTRUCT.
	 */
	public static final Property PRODUCED_BY = property(SIMIMO + "producedBy");

	public static final Resource INDICATOR = ResourceFactory.createResource(SIMIMO + "Indicator");

	public static final Property CUSTODIAN = property(SIMIMO + "custodian");

	public static final Property REQUIRES_CONCEPT = property(SIMIMO + "requiresConcept");

	public static final Property REQUIRES_BREAKDOWN = property(SIMIMO + "requiresBreakdown");

	/**
	 * Only in the indicator page's CONSTRUCT: a dataset that measures a required concept.
	 */
	public static final Property COULD_FEED = property(SIMIMO + "couldFeed");

	/**
	 * Only in the indicator page's CONSTRUCT: the concept a {@link #COULD_FEED} goes
	 * through.
	 */
	public static final Property THROUGH = property(SIMIMO + "through");

	/**
	 * Only in the concept page's CONSTRUCT: the content file the concept was loaded from.
	 */
	public static final Property LOADED_FROM = property(SIMIMO + "loadedFrom");

	/** Only in the concept page's CONSTRUCT: when that file was loaded. */
	public static final Property LOADED_ON = property(SIMIMO + "loadedOn");

	public static final Property GLOSSARY_LANGUAGES = property(SIMIMO + "glossaryLanguages");

	public static final Property GLOSSARY_ORDER = property(SIMIMO + "glossaryOrder");

	public static final Property GLOSSARY_ORDER_LANGUAGE = property(SIMIMO + "glossaryOrderLanguage");

	public static final Property GLOSSARY_LAYOUT = property(SIMIMO + "glossaryLayout");

	public static final Property GLOSSARY_CONTENT = property(SIMIMO + "glossaryContent");

	public static final Property SIMS_CONCEPT = property(SIMIMO + "simsConcept");

	public static final Property REPORTED_UNDER = property(SIMIMO + "reportedUnder");

	public static final Property STATISTICAL_UNIT = property(SIMIMO + "statisticalUnit");

	public static final Property STOCK_OR_FLOW = property(SIMIMO + "stockOrFlow");

	public static final Property HAS_BREAKDOWN = property(SIMIMO + "hasBreakdown");

	public static final Property BREAKDOWN_USE = property(SIMIMO + "breakdownUse");

	public static final Property BREAKDOWN = property(SIMIMO + "breakdown");

	public static final Property BREAKDOWN_CLASSIFICATION = property(SIMIMO + "classification");

	public static final String DQV = "http://www.w3.org/ns/dqv#";

	public static final Property DQV_HAS_QUALITY_ANNOTATION = property(DQV + "hasQualityAnnotation");

	public static final String XKOS = "http://rdf-vocabulary.ddialliance.org/xkos#";

	public static final Resource XKOS_CLASSIFICATION_LEVEL = ResourceFactory
		.createResource(XKOS + "ClassificationLevel");

	public static final Property XKOS_DEPTH = property(XKOS + "depth");

	/** A classification's levels, an RDF list from the top level down. */
	public static final Property XKOS_LEVELS = property(XKOS + "levels");

	public static final Resource XKOS_CORRESPONDENCE = ResourceFactory.createResource(XKOS + "Correspondence");

	private Vocab() {
	}

	private static Property property(String iri) {
		return ResourceFactory.createProperty(iri);
	}

}
