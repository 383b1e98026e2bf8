package ma.hcp.simimo.search;

import ma.hcp.simimo.kernel.LanguagePolicy;
import java.util.ArrayList;
import java.util.List;

/**
 * A passage of text with the spans that matched the query. Kept as plain text plus
 * offsets, so that nothing from the store is ever sent as markup.
 *
 * @param text the passage
 * @param highlights the matching spans, in order and not overlapping
 * @param language the language of the passage (fr, en, ar), or "" when unknown
 */
public record Snippet(String text, List<Highlight> highlights, String language) {

	public static Snippet plain(String text, String language) {
		return new Snippet(text, List.of(), language);
	}

	/** The same passage, said to be in {@code language}. */
	public Snippet in(String language) {
		return new Snippet(this.text, this.highlights, "und".equals(language) ? "" : language);
	}

	/**
	 * The direction of the passage, for the dir attribute in pages of another language.
	 */
	public String direction() {
		return LanguagePolicy.direction(this.language);
	}

	public boolean isEmpty() {
		return this.text.isEmpty();
	}

	/** The passage cut into plain and highlighted runs, for the page. */
	public List<Run> runs() {
		List<Run> runs = new ArrayList<>();
		int position = 0;
		for (Highlight highlight : this.highlights) {
			if (highlight.start() > position) {
				runs.add(new Run(this.text.substring(position, highlight.start()), false));
			}
			runs.add(new Run(this.text.substring(highlight.start(), highlight.end()), true));
			position = highlight.end();
		}
		if (position < this.text.length()) {
			runs.add(new Run(this.text.substring(position), false));
		}
		return runs;
	}

	/**
	 * A matching span.
	 *
	 * @param start its first character
	 * @param end the character after its last
	 */
	public record Highlight(int start, int end) {
	}

	/**
	 * A run of the passage.
	 *
	 * @param text its text
	 * @param highlighted whether it matched
	 */
	public record Run(String text, boolean highlighted) {
	}

}
