package ma.hcp.simimo.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ma.hcp.simimo.glossary.Glossary.DefinitionOrigin;
import ma.hcp.simimo.glossary.Glossary.Entry;
import ma.hcp.simimo.glossary.Glossary.Link;

import org.springframework.context.MessageSource;

/**
 * The columns of a glossary as a table, shared by the tabular outputs (CSV, XLSX): which
 * columns the chosen content asks for, their headings, and each entry's cell text in one
 * language.
 */
final class GlossaryCells {

	private final MessageSource messages;

	private final GlossaryFallback fallback;

	GlossaryCells(MessageSource messages) {
		this.messages = messages;
		this.fallback = new GlossaryFallback(messages);
	}

	/** The columns for the chosen content, in a fixed order; "term" and "iri" always. */
	static List<String> columns(GlossaryRequest request) {
		List<String> columns = new ArrayList<>();
		columns.add("term");
		if (request.shows("definition")) {
			columns.add("definition");
			columns.add("definitionOrigin");
		}
		if (request.shows("source")) {
			columns.add("source");
		}
		if (request.shows("counterpart")) {
			columns.add("counterpart");
			columns.add("counterpartDefinition");
		}
		if (request.shows("divergences")) {
			columns.add("divergences");
		}
		if (request.shows("related")) {
			columns.add("related");
		}
		if (request.shows("datasets")) {
			columns.add("datasets");
		}
		columns.add("iri");
		return columns;
	}

	String heading(String column, Locale locale) {
		return this.messages.getMessage("glossary.column." + column, null, column, locale);
	}

	/** The text of one column of one entry, in {@code language}. */
	String cell(Entry entry, String column, String language) {
		return switch (column) {
			case "term" -> GlossaryFallback.inline(this.fallback.text(entry.label(), language));
			case "definition" -> GlossaryFallback.inline(this.fallback.definition(entry, language));
			case "definitionOrigin" -> {
				DefinitionOrigin origin = entry.definitionOrigins()
					.get(this.fallback.definition(entry, language).language());
				yield (origin == null) ? "" : origin.note().text();
			}
			case "source" -> join(entry.sources(), language);
			case "counterpart" -> String.join("; ", entry.counterparts()
				.stream()
				.map((counterpart) -> counterpart.concept().label().label(language) + ((counterpart.scheme() == null)
						? "" : " (" + counterpart.scheme().label().label(language) + ")"))
				.toList());
			case "counterpartDefinition" -> String.join("\n",
					entry.counterparts()
						.stream()
						.filter((counterpart) -> counterpart.definition().has(language))
						.map((counterpart) -> counterpart.concept().label().label(language) + " : "
								+ counterpart.definition().in(language))
						.toList());
			case "divergences" ->
				String.join("\n", entry.divergences().stream().map((note) -> note.note().in(language)).toList());
			case "related" -> join(entry.related(), language);
			case "datasets" -> join(entry.datasets(), language);
			case "iri" -> entry.iri();
			default -> throw new IllegalArgumentException("No glossary column " + column);
		};
	}

	private static String join(List<Link> links, String language) {
		return String.join("; ", links.stream().map((link) -> link.label().label(language)).toList());
	}

}
