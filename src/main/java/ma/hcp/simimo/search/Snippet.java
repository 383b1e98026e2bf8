package ma.hcp.simimo.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A passage of text with the spans that matched the query. Kept as plain text plus
 * offsets, so that nothing from the store is ever sent as markup.
 *
 * @param text the passage
 * @param highlights the matching spans, in order and not overlapping
 */
public record Snippet(String text, List<Highlight> highlights) {

	public static Snippet plain(String text) {
		return new Snippet(text, List.of());
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
