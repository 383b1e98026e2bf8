package ma.hcp.simimo.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.DrillSideways.DrillSidewaysResult;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

import ma.hcp.simimo.kernel.LanguagePolicy;
import ma.hcp.simimo.kernel.LabelledLink;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.search.SearchHit.MatchReason;
import ma.hcp.simimo.search.SearchIndex.FacetedSearcher;
import ma.hcp.simimo.search.SearchResults.FacetValue;
import ma.hcp.simimo.search.SearchResults.FacetView;
import ma.hcp.simimo.search.SearchResults.Notice;
import ma.hcp.simimo.kernel.LocalizedText;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Runs a search on the index: the text query, widened through the concepts it matches,
 * filtered by the selected facet values, counted per facet with drill-sideways (each
 * facet's counts ignore only its own selection), ranked, highlighted and explained.
 */
@Component
public class FacetedSearch {

	/**
	 * How many concepts matched by the text are followed to their datasets and relatives.
	 */
	static final int EXPANDED_CONCEPTS = 10;

	/** Concepts scoring under this share of the best concept are not followed. */
	static final float EXPANSION_CUTOFF = 0.5f;

	/**
	 * The score of a resource found only through a concept: below a direct text match.
	 */
	static final float EXPANSION_SCORE = 1f;

	static final int FACET_VALUES = 100;

	private final SearchIndex index;

	private final LinkedDataPaths paths;

	private final MessageSource messages;

	FacetedSearch(SearchIndex index, LinkedDataPaths paths, MessageSource messages) {
		this.index = index;
		this.paths = paths;
		this.messages = messages;
	}

	public SearchResults search(SearchRequest request) {
		return search(this.index, request, null);
	}

	/**
	 * The same search on {@code index}, among the documents {@code visible} matches
	 * (null: all of them), the filter inside the Lucene query. A selected facet value the
	 * index does not know is then a filter nothing passes, not one left out: left out, it
	 * would widen what an editor's private hits show.
	 */
	SearchResults search(SearchIndex index, SearchRequest request, Query visible) {
		return index.search((searcher) -> {
			try {
				return run(index, searcher, request, visible);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Search failed", ex);
			}
		});
	}

	private SearchResults run(SearchIndex index, FacetedSearcher searcher, SearchRequest asked, Query visible)
			throws IOException {
		List<Notice> notices = new ArrayList<>();
		SearchRequest request = asked;
		if (asked.yearFrom() != null && asked.yearTo() != null && asked.yearFrom() > asked.yearTo()) {
			// An inverted range would match nothing, with no word why: it is read the
			// right
			// way round, and the reader is told.
			request = new SearchRequest(asked.text(), asked.filters(), asked.yearTo(), asked.yearFrom(), asked.sort(),
					asked.page(), asked.size(), asked.language());
			notices.add(new Notice("yearsSwapped", request.yearFrom() + "–" + request.yearTo()));
		}
		QueryText text = QueryText.parse(request.text());
		if (text.shortened()) {
			notices.add(new Notice("shortened", Integer.toString(QueryText.MAX_LENGTH)));
		}
		SortedSetDocValuesReaderState state = searcher.facetState();
		if (state == null) {
			return new SearchResults(request, 0, List.of(), List.of(), notices);
		}
		Query textQuery = text.isBlank() ? null : SearchQueries.text(text, searcher);
		if (!text.isBlank() && textQuery == null) {
			notices.add(new Notice("nothingSearchable", text.text()));
		}
		Map<String, Expansion> expansions = (textQuery != null) ? expand(searcher, textQuery) : Map.of();
		Query base = base(textQuery, expansions, request);
		Map<String, List<String>> filters = knownFilters(state, request, notices);
		if (visible != null) {
			if (!filters.keySet().containsAll(request.filters().keySet())) {
				return new SearchResults(request, 0, List.of(), List.of(), notices);
			}
			base = new BooleanQuery.Builder().add(base, Occur.MUST).add(visible, Occur.FILTER).build();
		}
		DrillDownQuery drillDown = new DrillDownQuery(index.facetsConfig(), base);
		filters.forEach((facet, values) -> values.forEach((value) -> drillDown.add(facet, value)));
		int offset = (request.page() - 1) * request.size();
		if (offset >= SearchRequest.MAX_DEPTH) {
			notices.add(new Notice("tooDeep", Integer.toString(SearchRequest.MAX_DEPTH)));
			offset = 0;
		}
		int topN = offset + request.size();
		DrillSideways sideways = new DrillSideways(searcher, index.facetsConfig(), state);
		Sort sort = sort(request, textQuery == null);
		DrillSidewaysResult result = (sort == null) ? sideways.search(drillDown, topN)
				: sideways.search(drillDown, null, null, topN, sort, true);
		ScoreDoc[] page = Arrays.copyOfRange(result.hits.scoreDocs, Math.min(offset, result.hits.scoreDocs.length),
				result.hits.scoreDocs.length);
		List<SearchHit> hits = hits(index, searcher, page, textQuery, text, expansions, request.language());
		return new SearchResults(request, result.hits.totalHits.value, hits, facets(index, result, request), notices);
	}

	/** The text query or a concept-found resource; everything when there is no text. */
	private static Query base(Query textQuery, Map<String, Expansion> expansions, SearchRequest request) {
		BooleanQuery.Builder base = new BooleanQuery.Builder();
		if (textQuery == null) {
			base.add(new MatchAllDocsQuery(), Occur.MUST);
		}
		else {
			BooleanQuery.Builder either = new BooleanQuery.Builder().add(textQuery, Occur.SHOULD);
			if (!expansions.isEmpty()) {
				either.add(
						new BoostQuery(SearchQueries.anyOf(SearchFields.CONCEPT, expansions.keySet()), EXPANSION_SCORE),
						Occur.SHOULD);
				either.add(new BoostQuery(SearchQueries.anyOf(SearchFields.IRI, expansions.keySet()), EXPANSION_SCORE),
						Occur.SHOULD);
			}
			base.add(either.build(), Occur.MUST);
		}
		if (request.yearTo() != null) {
			base.add(IntPoint.newRangeQuery(SearchFields.START_YEAR, Integer.MIN_VALUE, request.yearTo()),
					Occur.FILTER);
		}
		if (request.yearFrom() != null) {
			base.add(IntPoint.newRangeQuery(SearchFields.END_YEAR, request.yearFrom(), Integer.MAX_VALUE),
					Occur.FILTER);
		}
		return base.build();
	}

	/**
	 * The concepts the text matches best, with their narrower concepts and the concepts
	 * mapped to them: resources measuring any of them are found too.
	 */
	private static Map<String, Expansion> expand(FacetedSearcher searcher, Query textQuery) throws IOException {
		Query concepts = new BooleanQuery.Builder().add(textQuery, Occur.MUST)
			.add(new TermQuery(new Term(SearchFields.KIND, "concept")), Occur.FILTER)
			.build();
		TopDocs top = searcher.search(concepts, EXPANDED_CONCEPTS);
		Map<String, Expansion> expansions = new LinkedHashMap<>();
		if (top.scoreDocs.length == 0) {
			return expansions;
		}
		float cutoff = top.scoreDocs[0].score * EXPANSION_CUTOFF;
		StoredFields stored = searcher.storedFields();
		for (ScoreDoc hit : top.scoreDocs) {
			if (hit.score < cutoff) {
				break;
			}
			Document concept = stored.document(hit.doc);
			String iri = concept.get(SearchFields.IRI);
			expansions.put(iri, new Expansion(iri, "self"));
			for (String narrower : concept.getValues(SearchFields.NARROWER)) {
				expansions.putIfAbsent(narrower, new Expansion(iri, "narrower"));
			}
			for (String mapped : concept.getValues(SearchFields.MAPPED)) {
				expansions.putIfAbsent(mapped, new Expansion(iri, "mapped"));
			}
		}
		return expansions;
	}

	/** Selected values that the index knows; the others are reported and left out. */
	private static Map<String, List<String>> knownFilters(SortedSetDocValuesReaderState state, SearchRequest request,
			List<Notice> notices) throws IOException {
		Map<String, List<String>> known = new LinkedHashMap<>();
		SortedSetDocValues values = state.getDocValues();
		for (Map.Entry<String, List<String>> filter : request.filters().entrySet()) {
			for (String value : filter.getValue()) {
				BytesRef path = new BytesRef(FacetsConfig.pathToString(filter.getKey(), new String[] { value }));
				if (values.lookupTerm(path) >= 0) {
					known.computeIfAbsent(filter.getKey(), (key) -> new ArrayList<>()).add(value);
				}
				else {
					notices.add(new Notice("unknownValue", filter.getKey() + "=" + value));
				}
			}
		}
		return known;
	}

	private static Sort sort(SearchRequest request, boolean noText) {
		String sort = ("relevance".equals(request.sort()) && noText) ? "title" : request.sort();
		if ("title".equals(sort)) {
			SortField title = new SortField(SearchFields.sortTitle(request.language()), SortField.Type.STRING);
			title.setMissingValue(SortField.STRING_LAST);
			return new Sort(title, SortField.FIELD_SCORE);
		}
		if ("date".equals(sort)) {
			SortField date = new SortField(SearchFields.SORT_DATE, SortField.Type.LONG, true);
			date.setMissingValue(Long.MIN_VALUE);
			return new Sort(date, SortField.FIELD_SCORE);
		}
		return null;
	}

	private List<FacetView> facets(SearchIndex index, DrillSidewaysResult result, SearchRequest request)
			throws IOException {
		Map<String, Map<String, LocalizedText>> labels = index.facetValueLabels();
		Locale locale = Locale.forLanguageTag(request.language());
		List<FacetView> views = new ArrayList<>();
		for (String facet : SearchFields.FACETS) {
			FacetResult counts = result.facets.getTopChildren(FACET_VALUES, facet);
			List<FacetValue> values = new ArrayList<>();
			Set<String> seen = new HashSet<>();
			if (counts != null) {
				for (LabelAndValue value : counts.labelValues) {
					seen.add(value.label);
					values.add(FacetValue.of(value.label,
							SearchFacets.label(facet, value.label, labels, this.messages, locale),
							value.value.longValue(), request.isSelected(facet, value.label)));
				}
			}
			for (String selected : request.filters().getOrDefault(facet, List.of())) {
				if (!seen.contains(selected)) {
					values.add(FacetValue.of(selected,
							SearchFacets.label(facet, selected, labels, this.messages, locale), 0, true));
				}
			}
			if ("period".equals(facet)) {
				values.sort(java.util.Comparator.comparing(FacetValue::value));
			}
			views.add(new FacetView(facet, values));
		}
		return views;
	}

	private List<SearchHit> hits(SearchIndex index, FacetedSearcher searcher, ScoreDoc[] page, Query textQuery,
			QueryText text, Map<String, Expansion> expansions, String language) throws IOException {
		if (page.length == 0) {
			return List.of();
		}
		int[] docIds = Arrays.stream(page).mapToInt((hit) -> hit.doc).toArray();
		String[] fields = SearchFields.allTextFields().toArray(String[]::new);
		Map<String, Object[]> snippets = (textQuery != null)
				? SnippetHighlighter.of(searcher).snippets(fields, SearchQueries.text(text), docIds, 2) : Map.of();
		StoredFields stored = searcher.storedFields();
		Map<String, Map<String, LocalizedText>> labels = index.facetValueLabels();
		String code = SearchDocuments.fold(text.text().replace("\"", ""));
		List<SearchHit> hits = new ArrayList<>();
		for (int i = 0; i < page.length; i++) {
			Document document = stored.document(page[i].doc);
			String iri = document.get(SearchFields.IRI);
			List<MatchReason> why = new ArrayList<>();
			Snippet snippet = explainText(snippets, i, language, why);
			for (String value : document.getValues(SearchFields.CODE)) {
				if (!code.isEmpty() && SearchDocuments.fold(value).equals(code)) {
					why.add(new MatchReason("code", value, "", "", ""));
				}
			}
			explainConcepts(searcher, document, expansions, language, why);
			if (why.isEmpty() && textQuery != null) {
				// Nothing highlighted and no concept path: only the typo-tolerant words
				// matched.
				why.add(new MatchReason("approximate", "", "", "", ""));
			}
			if (snippet.isEmpty()) {
				LocalizedText description = localized(document, SearchFields.DESCRIPTION, language);
				snippet = Snippet.plain(abbreviate(description.text()), description.language());
			}
			List<LabelledLink> producers = Arrays.stream(document.getValues(SearchFields.PRODUCER))
				.map((producer) -> new LabelledLink(producer, SearchFacets.labelOf(producer, labels, language),
						this.paths.hrefFor(producer)))
				.toList();
			hits.add(new SearchHit(iri, this.paths.hrefFor(iri), document.get(SearchFields.KIND),
					title(document, language), snippet, Float.isNaN(page[i].score) ? 0f : page[i].score, why, producers,
					period(document), stored(document, SearchFields.COVERAGE_START),
					stored(document, SearchFields.COVERAGE_END)));
		}
		return hits;
	}

	/** Records which fields matched, and picks the passage to show. */
	private static Snippet explainText(Map<String, Object[]> snippets, int index, String language,
			List<MatchReason> why) {
		Snippet best = null;
		Snippet bestElsewhere = null;
		// The reader's language first: when its label matched, the reason quotes it, not
		// the
		// French one that happens to come first in the list.
		List<String> languages = new ArrayList<>(SearchLanguages.ALL);
		if (languages.remove(language)) {
			languages.add(0, language);
		}
		for (String field : SearchFields.TEXT_FIELDS) {
			boolean reported = false;
			for (String fieldLanguage : languages) {
				Object[] values = snippets.get(SearchFields.text(field, fieldLanguage));
				if (values == null || !(values[index] instanceof Snippet snippet) || snippet.highlights().isEmpty()) {
					continue;
				}
				if (!reported) {
					why.add(new MatchReason(field, SearchFields.DESCRIPTION.equals(field) ? "" : matchedValue(snippet),
							"", "und".equals(fieldLanguage) ? LanguagePolicy.UNTAGGED : fieldLanguage, ""));
					reported = true;
				}
				if (!SearchFields.LABEL.equals(field)) {
					if (best == null && fieldLanguage.equals(language)) {
						best = snippet.in(fieldLanguage);
					}
					else if (bestElsewhere == null) {
						bestElsewhere = snippet.in(fieldLanguage);
					}
				}
			}
		}
		return (best != null) ? best : (bestElsewhere != null) ? bestElsewhere : Snippet.plain("", "");
	}

	private static String matchedValue(Snippet snippet) {
		Snippet.Highlight first = snippet.highlights().get(0);
		String text = snippet.text();
		int start = text.lastIndexOf(" … ", first.start());
		int end = text.indexOf(" … ", first.end());
		return text.substring((start < 0) ? 0 : start + 3, (end < 0) ? text.length() : end).strip();
	}

	private static void explainConcepts(FacetedSearcher searcher, Document document, Map<String, Expansion> expansions,
			String language, List<MatchReason> why) throws IOException {
		if (expansions.isEmpty()) {
			return;
		}
		String iri = document.get(SearchFields.IRI);
		Expansion self = expansions.get(iri);
		if (self != null && !"self".equals(self.relation())) {
			LocalizedText origin = labelOf(searcher, self.origin(), language);
			why.add(new MatchReason(self.relation(), origin.text(), "", origin.language(), ""));
		}
		for (String concept : document.getValues(SearchFields.CONCEPT)) {
			Expansion expansion = expansions.get(concept);
			if (expansion != null) {
				LocalizedText via = "self".equals(expansion.relation()) ? LocalizedText.none()
						: labelOf(searcher, expansion.origin(), language);
				LocalizedText measured = labelOf(searcher, concept, language);
				why.add(new MatchReason("measures", measured.text(), via.text(), measured.language(), via.language()));
			}
		}
	}

	private static LocalizedText labelOf(FacetedSearcher searcher, String iri, String language) throws IOException {
		TopDocs found = searcher.search(new TermQuery(new Term(SearchFields.IRI, iri)), 1);
		if (found.scoreDocs.length == 0) {
			return new LocalizedText(iri, LanguagePolicy.UNTAGGED, false);
		}
		return title(searcher.storedFields().document(found.scoreDocs[0].doc), language);
	}

	/** The label a reader is shown, as on the resource's own page. */
	static LocalizedText title(Document document, String language) {
		String shownTo = LanguagePolicy.supportedOrDefault(language);
		String text = document.get(SearchFields.text(SearchFields.TITLE, shownTo));
		if (text == null) {
			return localized(document, SearchFields.LABEL, language);
		}
		return LanguagePolicy.shown(text, document.get(SearchFields.text(SearchFields.TITLE_LANGUAGE, shownTo)),
				language);
	}

	static LocalizedText localized(Document document, String field, String language) {
		for (String candidate : LanguagePolicy.fallbackOrder(language)) {
			String value = document.get(SearchFields.text(field, candidate.isEmpty() ? "und" : candidate));
			if (value != null) {
				return LanguagePolicy.shown(value, candidate, language);
			}
		}
		return LocalizedText.none();
	}

	private static String stored(Document document, String field) {
		String value = document.get(field);
		return (value != null) ? value : "";
	}

	private static String period(Document document) {
		String start = document.get(SearchFields.START_YEAR);
		String end = document.get(SearchFields.END_YEAR);
		if (start == null) {
			return "";
		}
		return start.equals(end) ? start : start + "–" + end;
	}

	private static String abbreviate(String text) {
		if (text.length() <= 240) {
			return text;
		}
		int cut = text.lastIndexOf(' ', 240);
		return text.substring(0, (cut > 0) ? cut : 240).strip() + " …";
	}

	/**
	 * How a resource is reached from a concept the text matched.
	 *
	 * @param origin the matched concept
	 * @param relation self, narrower or mapped
	 */
	record Expansion(String origin, String relation) {
	}

}
