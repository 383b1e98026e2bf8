package ma.hcp.simimo.store;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;

import ma.hcp.simimo.kernel.LanguagePolicy;
import ma.hcp.simimo.kernel.LocalizedText;

/**
 * Picks, among the language-tagged literals of a resource, the one to show a reader, in
 * the order of {@link LanguagePolicy}. For repositories only; the names of resources come
 * from {@link Labels}.
 */
public final class LocalizedLiterals {

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

	/**
	 * As {@link #all}, each value with its language and marked as a fallback when that is
	 * not the reader's, for a page to tag them.
	 */
	public static List<LocalizedText> allShown(Resource resource, Property property, String language) {
		List<Literal> literals = literals(resource, property);
		if (literals.isEmpty()) {
			return List.of();
		}
		String chosen = choose(literals, language).language();
		return all(resource, property, language).stream()
			.map((text) -> LanguagePolicy.shown(text, chosen, language))
			.toList();
	}

	/**
	 * Every value of the property tagged exactly {@code language}, sorted, with no
	 * fallback: what an edit form shows in that language's field.
	 */
	public static List<String> exactly(Resource resource, Property property, String language) {
		return literals(resource, property).stream()
			.filter((literal) -> literal.getLanguage().equals(language))
			.map(Literal::getLexicalForm)
			.sorted()
			.toList();
	}

	private static LocalizedText choose(List<Literal> literals, String language) {
		return LanguagePolicy.choose(literals.stream()
			.map((literal) -> new LocalizedText(literal.getLexicalForm(), literal.getLanguage(), false))
			.toList(), language);
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
