package ma.hcp.simimo.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.apache.lucene.search.Query;
import org.springdoc.core.annotations.ParameterObject;

import ma.hcp.simimo.access.Viewer;
import ma.hcp.simimo.store.PrivateRecordViews;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The search page, its JSON form and autocomplete. The page works without JavaScript:
 * facets are links and a form, autocomplete only adds proposals under the box.
 */
@Controller
class SearchController {

	private final FacetedSearch search;

	private final Autocomplete autocomplete;

	/** The editors' hits shown with the first page of results. */
	static final int EDITOR_HITS = 20;

	/** The editors' proposals listed before the published ones. */
	static final int EDITOR_SUGGESTIONS = 4;

	private final MessageSource messages;

	/** Absent where the application has no private store (controller slice tests). */
	private final ObjectProvider<PrivateSearchIndex> privateIndex;

	SearchController(FacetedSearch search, Autocomplete autocomplete, MessageSource messages,
			ObjectProvider<PrivateSearchIndex> privateIndex) {
		this.search = search;
		this.autocomplete = autocomplete;
		this.messages = messages;
		this.privateIndex = privateIndex;
	}

	/**
	 * The drafts and restricted records the signed-in viewer may read that the search
	 * finds, from the editors' index, with the first page only; none, and no read of that
	 * index, for a viewer who may read no draft.
	 */
	private List<EditorHit> editorHits(SearchRequest request) {
		Optional<Query> visible = PrivateSearchIndex.visibleTo(Viewer.current());
		PrivateSearchIndex editors = this.privateIndex.getIfAvailable();
		if (visible.isEmpty() || request.page() != 1 || editors == null) {
			return List.of();
		}
		SearchIndex index = editors.current();
		SearchRequest first = new SearchRequest(request.text(), request.filters(), request.yearFrom(), request.yearTo(),
				request.sort(), 1, EDITOR_HITS, request.language());
		return this.search.search(index, first, visible.get())
			.hits()
			.stream()
			.map((hit) -> EditorHit.of(hit, editors.markOf(hit.iri())))
			.toList();
	}

	@GetMapping(path = "/search", produces = MediaType.TEXT_HTML_VALUE)
	String searchPage(@ParameterObject SearchParameters parameters, Model model) {
		SearchRequest asked = SearchRequests.from(parameters, LocaleContextHolder.getLocale());
		SearchRequest request = SearchRequests.datasetsWhenEmpty(asked, parameters);
		SearchResults results = this.search.search(request);
		model.addAttribute("query", QueryText.parse(request.text()).text());
		model.addAttribute("results", results);
		model.addAttribute("editorHits", editorHits(request));
		model.addAttribute("links", new SearchLinks(request));
		model.addAttribute("datasetsByDefault", request != asked);
		model.addAttribute("sorts", SearchRequest.SORTS);
		return "search/searchPage";
	}

	@Operation(summary = "Search datasets, concepts, classification items, indicators, schemes and organisations",
			description = "Full-text search in French, English and Arabic (stemming, accent folding, Arabic normalisation, "
					+ "one typo tolerated from 5 letters), with quoted phrases; typed Lucene syntax is read as text. "
					+ "A query that matches a concept also finds the datasets measuring it, its narrower concepts and "
					+ "the concepts mapped to it. Facet parameters (type, producer, sourceType, family, period, "
					+ "accessRights, scheme, divergence) may repeat: values of one facet combine with OR, facets with "
					+ "AND, and each facet's counts apply the other facets' selections. A snippet is plain text; "
					+ "highlights give the [start, end) character offsets of the matching spans in it.")
	@GetMapping(path = "/api/search", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	SearchApiResponse searchJson(@ParameterObject SearchParameters parameters) {
		Locale locale = LocaleContextHolder.getLocale();
		SearchRequest request = SearchRequests.from(parameters, locale);
		SearchResults results = this.search.search(request);
		return SearchApiResponse.of(results, this.messages, locale).with(editorHits(request), this.messages, locale);
	}

	@Operation(summary = "Autocomplete: labels, acronyms and codes starting with the typed words",
			description = "Every typed word must start a word of a label, alternative label, acronym or code, "
					+ "in the current language (lang parameter or cookie).")
	@GetMapping(path = "/api/suggest", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<ApiSuggestion> suggest(@RequestParam(name = "q", defaultValue = "") String text,
			@Parameter(description = "fr, en or ar") @RequestParam(name = "lang", required = false) String lang) {
		Locale locale = LocaleContextHolder.getLocale();
		String language = SearchRequests.language(locale);
		List<ApiSuggestion> published = this.autocomplete.suggest(text, language, Autocomplete.DEFAULT_LIMIT)
			.stream()
			.map((suggestion) -> ApiSuggestion.of(suggestion, this.messages, locale))
			.toList();
		List<ApiSuggestion> editors = editorSuggestions(text, language, locale);
		if (editors.isEmpty()) {
			return published;
		}
		List<ApiSuggestion> all = new java.util.ArrayList<>(editors);
		all.addAll(published);
		return all;
	}

	/**
	 * The drafts and restricted records the signed-in viewer may read whose labels start
	 * with the typed words, marked, from the editors' index; none, and no read of that
	 * index, for a viewer who may read no draft.
	 */
	private List<ApiSuggestion> editorSuggestions(String text, String language, Locale locale) {
		Optional<Query> visible = PrivateSearchIndex.visibleTo(Viewer.current());
		PrivateSearchIndex editors = this.privateIndex.getIfAvailable();
		if (visible.isEmpty() || editors == null) {
			return List.of();
		}
		return this.autocomplete.suggest(editors.current(), visible, text, language, EDITOR_SUGGESTIONS)
			.stream()
			.map((suggestion) -> {
				String mark = editors.markOf(suggestion.iri());
				return ApiSuggestion.of(suggestion, this.messages, locale)
					.marked(mark, this.messages.getMessage("search.mark." + mark, null, mark, locale));
			})
			.toList();
	}

	/**
	 * One autocomplete proposal.
	 *
	 * @param iri the resource
	 * @param href its page
	 * @param type its kind
	 * @param typeLabel its kind, in the reader's language
	 * @param label its label in the reader's language, or a fallback
	 * @param matched the acronym, code or other label typed, when it is not the label
	 * @param mark of a signed-in editor's proposal from the editors' index: draft or
	 * restricted; absent from the published ones
	 * @param markLabel the mark, in the reader's language
	 */
	record ApiSuggestion(String iri, String href, String type, String typeLabel, String label, String matched,
			@JsonInclude(JsonInclude.Include.NON_NULL) String mark,
			@JsonInclude(JsonInclude.Include.NON_NULL) String markLabel) {

		static ApiSuggestion of(Suggestion suggestion, MessageSource messages, Locale locale) {
			return new ApiSuggestion(suggestion.iri(), suggestion.href(), suggestion.type(),
					messages.getMessage("search.type." + suggestion.type(), null, suggestion.type(), locale),
					suggestion.label(), suggestion.matched(), null, null);
		}

		/** A draft's proposal opens its draft page, as the editors' search hits do. */
		ApiSuggestion marked(String mark, String markLabel) {
			return new ApiSuggestion(this.iri, PrivateRecordViews.DRAFT.equals(mark) ? this.href + "/draft" : this.href,
					this.type, this.typeLabel, this.label, this.matched, mark, markLabel);
		}

	}

	/**
	 * The JSON form of a results page.
	 *
	 * @param query the text as understood
	 * @param total how many resources match
	 * @param page the page, from 1
	 * @param size hits per page
	 * @param sort the order
	 * @param hits the hits of this page
	 * @param facets the values of each facet, with their counts
	 * @param notices what could not be used in the request
	 * @param editorHits for a signed-in viewer who may read drafts, on the first page:
	 * the drafts and restricted records found that it may read, each marked; absent
	 * otherwise. Not counted in {@code total} nor in the facets, which count published
	 * records only
	 */
	record SearchApiResponse(String query, long total, int page, int size, String sort, List<ApiHit> hits,
			Map<String, List<SearchResults.FacetValue>> facets, List<ApiNotice> notices,
			@JsonInclude(JsonInclude.Include.NON_EMPTY) List<ApiHit> editorHits) {

		SearchApiResponse with(List<EditorHit> found, MessageSource messages, Locale locale) {
			return new SearchApiResponse(this.query, this.total, this.page, this.size, this.sort, this.hits,
					this.facets, this.notices,
					found.stream().map((hit) -> ApiHit.of(hit.hit(), messages, locale).marked(hit)).toList());
		}

		static SearchApiResponse of(SearchResults results, MessageSource messages, Locale locale) {
			Map<String, List<SearchResults.FacetValue>> facets = new LinkedHashMap<>();
			results.facets().forEach((facet) -> facets.put(facet.name(), facet.values()));
			SearchRequest request = results.request();
			return new SearchApiResponse(QueryText.parse(request.text()).text(), results.total(), request.page(),
					request.size(), request.sort(),
					results.hits().stream().map((hit) -> ApiHit.of(hit, messages, locale)).toList(), facets,
					results.notices()
						.stream()
						.map((notice) -> new ApiNotice(notice.code(), notice.value(),
								messages.getMessage("search.notice." + notice.code(), new Object[] { notice.value() },
										locale)))
						.toList(),
					List.of());
		}

	}

	/**
	 * One hit in the JSON form.
	 *
	 * @param iri the resource
	 * @param href its page
	 * @param type its kind
	 * @param label its label
	 * @param language the language of the label
	 * @param snippet the best matching passage, as plain text
	 * @param snippetLanguage the language of the snippet, or ""
	 * @param highlights the [start, end) offsets of the matches in the snippet
	 * @param score the relevance score
	 * @param why why it matched, each with a sentence in the reader's language
	 * @param producers its producers
	 * @param period its temporal coverage, or ""
	 * @param mark of an editor's hit: draft or restricted; absent from the public hits
	 */
	record ApiHit(String iri, String href, String type, String label, String language, String snippet,
			String snippetLanguage, List<int[]> highlights, float score, List<ApiReason> why, List<ApiLink> producers,
			String period, @JsonInclude(JsonInclude.Include.NON_NULL) String mark) {

		ApiHit marked(EditorHit hit) {
			return new ApiHit(this.iri, hit.href(), this.type, this.label, this.language, this.snippet,
					this.snippetLanguage, this.highlights, this.score, this.why, this.producers, this.period,
					hit.mark());
		}

		static ApiHit of(SearchHit hit, MessageSource messages, Locale locale) {
			return new ApiHit(hit.iri(), hit.href(), hit.type(), hit.label().text(), hit.label().language(),
					hit.snippet().text(), hit.snippet().language(),
					hit.snippet().highlights().stream().map((span) -> new int[] { span.start(), span.end() }).toList(),
					hit.score(),
					hit.why()
						.stream()
						.map((reason) -> new ApiReason(reason.reason(), reason.value(), reason.via(),
								messages.getMessage(reason.messageKey(), new Object[] { reason.value(), reason.via() },
										locale)))
						.toList(),
					hit.producers()
						.stream()
						.map((producer) -> new ApiLink(producer.iri(), producer.label().text()))
						.toList(),
					hit.period(), null);
		}

	}

	/**
	 * Why a hit matched.
	 *
	 * @param reason label, alt, code, keyword, description, measures, narrower or mapped
	 * @param value the matching text or the concept concerned
	 * @param via the concept the text matched, when the hit was reached through it
	 * @param text the reason as a sentence
	 */
	record ApiReason(String reason, String value, String via, String text) {
	}

	/**
	 * A linked resource.
	 *
	 * @param iri the resource
	 * @param label its label
	 */
	record ApiLink(String iri, String label) {
	}

	/**
	 * A notice about the request.
	 *
	 * @param code its kind
	 * @param value the value concerned
	 * @param text the notice as a sentence
	 */
	record ApiNotice(String code, String value, String text) {
	}

}
