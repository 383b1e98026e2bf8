package ma.hcp.simimo.store;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;

import ma.hcp.simimo.kernel.LocalizedText;

/**
 * Picks, among the language-tagged literals of a resource, the one to show a reader: the
 * reader's language first, then French, English, Arabic and untagged, in that order. For
 * repositories only.
 */
public final class LocalizedLiterals {

	private static final List<String> FALLBACK = List.of("fr", "en", "ar", "");

	private LocalizedLiterals() {
	}

	/**
	 * The best value of the first property that has one, in the reader's language if
	 * possible.
	 */
	public static LocalizedText best(Resource resource, String language, Property... properties) {
		for (Property property : properties) {
			List<Literal> literals = literals(resource, property);
			if (!literals.isEmpty()) {
				return choose(literals, language);
			}
		}
		return LocalizedText.none();
	}

	/**
	 * Every value of the property in the chosen language (or the best fallback language).
	 */
	public static List<String> all(Resource resource, Property property, String language) {
		List<Literal> literals = literals(resource, property);
		if (literals.isEmpty()) {
			return List.of();
		}
		String chosen = choose(literals, language).language();
		return literals.stream()
			.filter((literal) -> literal.getLanguage().equals(chosen))
			.map(Literal::getLexicalForm)
			.sorted()
			.toList();
	}

	private static LocalizedText choose(List<Literal> literals, String language) {
		List<String> order = new ArrayList<>();
		order.add(language);
		order.addAll(FALLBACK);
		for (String candidate : order) {
			for (Literal literal : literals) {
				if (literal.getLanguage().equals(candidate)) {
					return new LocalizedText(literal.getLexicalForm(), candidate, !candidate.equals(language));
				}
			}
		}
		Literal any = literals.get(0);
		return new LocalizedText(any.getLexicalForm(), any.getLanguage(), true);
	}

	private static List<Literal> literals(Resource resource, Property property) {
		List<Literal> literals = new ArrayList<>();
		for (Statement statement : resource.listProperties(property).toList()) {
			if (statement.getObject().isLiteral()) {
				literals.add(statement.getLiteral());
			}
		}
		return literals;
	}

}
