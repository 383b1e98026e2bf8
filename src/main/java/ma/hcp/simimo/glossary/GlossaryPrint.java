package ma.hcp.simimo.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ma.hcp.simimo.glossary.Glossary.Counterpart;
import ma.hcp.simimo.glossary.Glossary.DefinitionOrigin;
import ma.hcp.simimo.glossary.Glossary.Entry;
import ma.hcp.simimo.glossary.Glossary.Link;
import ma.hcp.simimo.glossary.PrintedGlossary.Block;
import ma.hcp.simimo.glossary.PrintedGlossary.Field;
import ma.hcp.simimo.glossary.PrintedGlossary.Language;
import ma.hcp.simimo.glossary.PrintedGlossary.Part;
import ma.hcp.simimo.glossary.PrintedGlossary.PrintedEntry;
import ma.hcp.simimo.glossary.PrintedGlossary.Shown;

import org.springframework.context.MessageSource;

/**
 * Lays a {@link Glossary} out for reading: picks each text in each chosen language, or
 * the one the language policy falls back to, marked as standing in for it.
 */
final class GlossaryPrint {

	private final MessageSource messages;

	private final GlossaryFallback fallback;

	GlossaryPrint(MessageSource messages) {
		this.messages = messages;
		this.fallback = new GlossaryFallback(messages);
	}

	PrintedGlossary layout(Glossary glossary, Locale locale) {
		String reader = locale.getLanguage();
		Glossary.Metadata saved = glossary.metadata();
		String title = saved.title().isBlank() ? message("glossary.print.title", locale) : saved.title();
		List<Field> metadata = new ArrayList<>();
		addField(metadata, "glossary.print.audience", saved.audience(), locale);
		addField(metadata, "glossary.print.author", saved.author(), locale);
		addField(metadata, "glossary.print.created", saved.created(), locale);
		List<Language> languages = glossary.languages()
			.stream()
			.map((language) -> new Language(language, PrintedGlossary.direction(language),
					message("glossary.language." + language, Locale.forLanguageTag(language))))
			.toList();
		List<PrintedEntry> entries = glossary.entries()
			.stream()
			.map((entry) -> entry(entry, glossary.request(), glossary.languages()))
			.toList();
		return new PrintedGlossary(reader, PrintedGlossary.direction(reader), title, metadata, languages,
				"side".equals(glossary.request().layout()), entries);
	}

	private void addField(List<Field> fields, String key, String value, Locale locale) {
		if (!value.isBlank()) {
			fields.add(new Field(message(key, locale), value));
		}
	}

	private PrintedEntry entry(Entry entry, GlossaryRequest request, List<String> languages) {
		List<Block> blocks = new ArrayList<>();
		for (String language : languages) {
			blocks.add(new Block(language, PrintedGlossary.direction(language), shown(entry.label(), language),
					parts(entry, request, language)));
		}
		return new PrintedEntry(entry.iri(), blocks);
	}

	/**
	 * The parts an entry has, decided on the entry rather than on the language, so every
	 * language has the same parts.
	 */
	private List<Part> parts(Entry entry, GlossaryRequest request, String language) {
		List<Part> parts = new ArrayList<>();
		if (request.shows("definition")) {
			Shown definition = this.fallback.definition(entry, language);
			List<List<Shown>> lines = new ArrayList<>();
			lines.add(List.of(definition));
			DefinitionOrigin origin = entry.definitionOrigins().get(definition.language());
			if (origin != null && origin.note().isPresent() && !definition.isEmpty()) {
				lines.add(List.of(new Shown(origin.note().text(), origin.note().language(), origin.note().direction(),
						false, "")));
			}
			parts.add(part("definition", language, lines));
		}
		if (request.shows("source") && !entry.sources().isEmpty()) {
			parts.add(part("source", language, links(entry.sources(), language)));
		}
		if (request.shows("counterpart") && !entry.counterparts().isEmpty()) {
			List<List<Shown>> lines = new ArrayList<>();
			for (Counterpart counterpart : entry.counterparts()) {
				List<Shown> line = new ArrayList<>();
				line.add(shown(counterpart.concept().label(), language));
				if (counterpart.scheme() != null) {
					line.add(shown(counterpart.scheme().label(), language));
				}
				lines.add(line);
				Shown definition = shown(counterpart.definition(), language);
				if (!definition.isEmpty()) {
					lines.add(List.of(definition));
				}
			}
			parts.add(part("counterpart", language, lines));
		}
		if (request.shows("divergences") && !entry.divergences().isEmpty()) {
			parts.add(part("divergences", language,
					entry.divergences().stream().map((note) -> List.of(shown(note.note(), language))).toList()));
		}
		if (request.shows("related") && !entry.related().isEmpty()) {
			parts.add(part("related", language, links(entry.related(), language)));
		}
		if (request.shows("datasets") && !entry.datasets().isEmpty()) {
			parts.add(part("datasets", language, links(entry.datasets(), language)));
		}
		return parts;
	}

	private Part part(String name, String language, List<List<Shown>> lines) {
		return new Part(name, message("glossary.column." + name, Locale.forLanguageTag(language)), lines);
	}

	private List<List<Shown>> links(List<Link> links, String language) {
		return links.stream().map((link) -> List.of(shown(link.label(), language))).toList();
	}

	private Shown shown(Texts texts, String language) {
		return this.fallback.text(texts, language);
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
