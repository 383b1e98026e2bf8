package ma.hcp.simimo.glossary;

import java.util.List;

/**
 * A scheme or a concept family, with the concepts the builder can add from it.
 *
 * @param iri the scheme or family
 * @param label its label
 * @param national true for a national scheme
 * @param concepts its concepts, in label order
 */
public record ConceptGroup(String iri, String label, boolean national, List<SelectableConcept> concepts) {

	public ConceptGroup {
		concepts = List.copyOf(concepts);
	}

	public int size() {
		return this.concepts.size();
	}

}
