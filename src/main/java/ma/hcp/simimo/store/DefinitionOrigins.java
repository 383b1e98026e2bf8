package ma.hcp.simimo.store;

import java.util.Optional;

import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

import ma.hcp.simimo.kernel.LocalizedText;

/**
 * Where a concept's definition in one language comes from
 * ({@code simimo:definitionOrigin}): an official language version or a SIMIMO
 * translation. Pages and glossaries show its note next to the definition, so that a
 * translation never passes for an official text.
 */
public final class DefinitionOrigins {

	private DefinitionOrigins() {
	}

	/**
	 * The origin recorded for {@code concept}'s definition in {@code definitionLanguage}.
	 */
	public static Optional<Resource> origin(Resource concept, String definitionLanguage) {
		for (Statement statement : concept.listProperties(Vocab.DEFINITION_ORIGIN).toList()) {
			RDFNode object = statement.getObject();
			if (object.isResource() && object.asResource().hasProperty(DCTerms.language)
					&& object.asResource()
						.getProperty(DCTerms.language)
						.getString()
						.equalsIgnoreCase(definitionLanguage)) {
				return Optional.of(object.asResource());
			}
		}
		return Optional.empty();
	}

	/**
	 * The note on the origin of that definition, in the reader's language when it has
	 * one; none when no origin is recorded.
	 */
	public static LocalizedText note(Resource concept, String definitionLanguage, String readerLanguage) {
		return origin(concept, definitionLanguage)
			.map((origin) -> LocalizedLiterals.best(origin, readerLanguage, SKOS.note))
			.orElse(LocalizedText.none());
	}

	/**
	 * The language a SIMIMO translation renders, or empty when the definition is not
	 * marked as a translation.
	 */
	public static String translatedFrom(Resource concept, String definitionLanguage) {
		return origin(concept, definitionLanguage)
			.filter((origin) -> origin.hasProperty(RDF.type, Vocab.DEFINITION_TRANSLATION))
			.map((origin) -> origin.hasProperty(Vocab.TRANSLATED_FROM)
					? origin.getProperty(Vocab.TRANSLATED_FROM).getString() : "")
			.orElse("");
	}

}
