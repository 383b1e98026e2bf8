package ma.hcp.simimo.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Lucene's unified highlighter, reading offsets from the postings, returning
 * {@link Snippet}s (text plus spans) instead of HTML strings.
 */
final class SnippetHighlighter extends UnifiedHighlighter {

	/** How the highlighter joins the values of a multi-valued field. */
	private static final char VALUE_SEPARATOR = '\u2029';

	/** Analysers are thread-safe and keep per-thread state: one set for every request. */
	private static final org.apache.lucene.analysis.Analyzer ANALYZER = SearchFields.indexAnalyzer();

	private SnippetHighlighter(Builder builder) {
		super(builder);
	}

	static SnippetHighlighter of(IndexSearcher searcher) {
		return new SnippetHighlighter(UnifiedHighlighter.builder(searcher, ANALYZER)
			.withFormatter(new SnippetFormatter())
			.withMaxNoHighlightPassages(0)
			.withHandleMultiTermQuery(false)
			.withMaxLength(20_000));
	}

	/**
	 * Snippets by field, then by position in {@code docIds}; null where nothing matched.
	 */
	Map<String, Object[]> snippets(String[] fields, Query query, int[] docIds, int passages) throws IOException {
		int[] maxPassages = new int[fields.length];
		java.util.Arrays.fill(maxPassages, passages);
		return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
	}

	private static final class SnippetFormatter extends PassageFormatter {

		@Override
		public Object format(Passage[] passages, String content) {
			StringBuilder text = new StringBuilder();
			List<Snippet.Highlight> highlights = new ArrayList<>();
			for (Passage passage : passages) {
				if (text.length() > 0) {
					text.append(" … ");
				}
				int base = text.length() - passage.getStartOffset();
				int position = passage.getStartOffset();
				for (int i = 0; i < passage.getNumMatches(); i++) {
					int start = Math.max(passage.getMatchStarts()[i], position);
					int end = Math.min(passage.getMatchEnds()[i], passage.getEndOffset());
					if (end <= start) {
						continue;
					}
					highlights.add(new Snippet.Highlight(base + start, base + end));
					position = end;
				}
				text.append(content, passage.getStartOffset(), passage.getEndOffset());
			}
			String joined = text.toString().replace(VALUE_SEPARATOR, ' ');
			return new Snippet(joined.stripTrailing(), clip(highlights, joined.stripTrailing().length()), "");
		}

		private static List<Snippet.Highlight> clip(List<Snippet.Highlight> highlights, int length) {
			return highlights.stream()
				.filter((highlight) -> highlight.start() < length)
				.map((highlight) -> new Snippet.Highlight(highlight.start(), Math.min(highlight.end(), length)))
				.toList();
		}

	}

}
