package ma.hcp.simimo.search;

import java.util.ArrayList;
import java.util.List;

/**
 * What the reader typed, made safe: control characters out, white space folded, length
 * bounded, and split into free words and quoted phrases. Nothing here is Lucene syntax:
 * the words and phrases only ever go through analysers, so operators, wildcards and
 * brackets typed by the reader are plain text.
 *
 * @param text the cleaned text
 * @param words the text outside quotes
 * @param phrases the quoted phrases, without their quotes
 * @param shortened whether the text was cut to {@link #MAX_LENGTH}
 */
record QueryText(String text, String words, List<String> phrases, boolean shortened) {

	static final int MAX_LENGTH = 200;

	static QueryText parse(String raw) {
		String cleaned = (raw == null) ? ""
				: raw.replaceAll("[\\p{Cntrl}\\p{Cf}]", " ").replaceAll("\\s+", " ").strip();
		boolean shortened = cleaned.length() > MAX_LENGTH;
		if (shortened) {
			cleaned = cleaned.substring(0, MAX_LENGTH).strip();
		}
		List<String> phrases = new ArrayList<>();
		StringBuilder words = new StringBuilder();
		int position = 0;
		while (position < cleaned.length()) {
			int open = cleaned.indexOf('"', position);
			int close = (open < 0) ? -1 : cleaned.indexOf('"', open + 1);
			if (close < 0) {
				// An unbalanced quote is dropped: the rest is read as free words.
				words.append(' ').append(cleaned.substring(position).replace('"', ' '));
				break;
			}
			words.append(' ').append(cleaned, position, open);
			String phrase = cleaned.substring(open + 1, close).strip();
			if (!phrase.isEmpty()) {
				phrases.add(phrase);
			}
			position = close + 1;
		}
		return new QueryText(cleaned, words.toString().replaceAll("\\s+", " ").strip(), List.copyOf(phrases),
				shortened);
	}

	boolean isBlank() {
		return this.text.isBlank();
	}

}
