package ma.hcp.simimo.glossary;

import ma.hcp.simimo.kernel.LanguagePolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A glossary laid out for reading, shared by the printable outputs (HTML, PDF, DOCX):
 * every text already chosen in its language, with the language it is really in, so each
 * can carry its own lang and direction and a marker when it stands in for a missing one.
 *
 * @param language the reader's language, for the words around the entries
 * @param direction "rtl" or "ltr", for the reader's language
 * @param title the glossary's title
 * @param metadata the saved glossary's audience, author and date, as labelled lines
 * @param languages the chosen languages, each with its name in itself
 * @param side true when the languages sit side by side, false when they follow each other
 * @param entries the entries, in the order asked
 */
public record PrintedGlossary(String language, String direction, String title, List<Field> metadata,
		List<Language> languages, boolean side, List<PrintedEntry> entries) {

	static String direction(String language) {
		return LanguagePolicy.direction(language);
	}

	/** A text without its directional isolates, for RDF, where they are no content. */
	static String plain(String text) {
		return text.replace(String.valueOf(DivergenceSentences.ISOLATE), "")
			.replace(String.valueOf(DivergenceSentences.POP), "");
	}

	/**
	 * A labelled line of the glossary's metadata.
	 *
	 * @param label the label, in the reader's language
	 * @param value the value, as saved
	 */
	public record Field(String label, String value) {
	}

	/**
	 * A chosen language.
	 *
	 * @param code fr, ar or en
	 * @param direction "rtl" or "ltr"
	 * @param name its name, in itself
	 */
	public record Language(String code, String direction, String name) {
	}

	/**
	 * One concept, as one block per chosen language; every block has the same parts in
	 * the same order, so that side by side they line up row by row.
	 *
	 * @param iri the concept
	 * @param blocks one per chosen language, in the order chosen
	 */
	public record PrintedEntry(String iri, List<Block> blocks) {

		/** How many parts each block has, for the rows of a side-by-side table. */
		public List<Integer> rows() {
			return this.blocks.isEmpty() ? List.of()
					: IntStream.range(0, this.blocks.get(0).parts().size()).boxed().toList();
		}

	}

	/**
	 * One entry in one language.
	 *
	 * @param language the block's language
	 * @param direction "rtl" or "ltr"
	 * @param term the term
	 * @param parts the chosen content, each part headed in the block's language
	 */
	public record Block(String language, String direction, Shown term, List<Part> parts) {

		/** The part named {@code name}, or null when the block has none. */
		public Part part(String name) {
			return this.parts.stream().filter((part) -> part.name().equals(name)).findFirst().orElse(null);
		}

	}

	/**
	 * One kind of content (definition, source…) of a block.
	 *
	 * @param name the content name, as in {@link GlossaryRequest#CONTENT}
	 * @param heading its heading, in the block's language
	 * @param lines its lines; each line is one or more texts read together
	 */
	public record Part(String name, String heading, List<List<Shown>> lines) {
	}

	/**
	 * A text as shown.
	 * @param text the text
	 * @param language the language it is in, which is the block's unless it stands in for
	 * a missing one
	 * @param direction "rtl" or "ltr", for its language
	 * @param fallback true when it stands in for a text missing in the block's language
	 * @param mark the words that say so, in the block's language, or ""
	 */
	/**
	 * A piece of a text.
	 *
	 * @param text the piece
	 * @param isolated true when it is laid out apart from the text around it
	 */
	public record Run(String text, boolean isolated) {
	}

	public record Shown(String text, String language, String direction, boolean fallback, String mark) {

		public boolean isEmpty() {
			return this.text.isEmpty();
		}

		/**
		 * The text cut at its directional isolates (FSI…PDI), for HTML, which writes each
		 * isolated run as a {@code <bdi>} instead.
		 */
		public List<Run> runs() {
			List<Run> runs = new ArrayList<>();
			StringBuilder run = new StringBuilder();
			for (char character : this.text.toCharArray()) {
				if (character == DivergenceSentences.ISOLATE || character == DivergenceSentences.POP) {
					if (!run.isEmpty()) {
						runs.add(new Run(run.toString(), character == DivergenceSentences.POP));
					}
					run.setLength(0);
				}
				else {
					run.append(character);
				}
			}
			if (!run.isEmpty()) {
				runs.add(new Run(run.toString(), false));
			}
			return runs;
		}

	}

}
