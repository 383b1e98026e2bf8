package ma.hcp.simimo.search;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

import ma.hcp.simimo.kernel.LocalizedText;

/** Turns what was read of a resource into its one Lucene document. */
final class SearchDocuments {

	static final String ALIGNED = "https://w3id.org/simimo/concepts/severities/aligned";

	/** Stored, analysed, with offsets in the postings so snippets need no re-analysis. */
	private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

	static {
		TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		TEXT_WITH_OFFSETS.freeze();
	}

	private SearchDocuments() {
	}

	static Document toDocument(IndexedResource resource) {
		Document document = new Document();
		document.add(new StringField(SearchFields.IRI, resource.iri(), Field.Store.YES));
		document.add(new StringField(SearchFields.KIND, resource.kind(), Field.Store.YES));
		document.add(new SortedSetDocValuesFacetField("type", resource.kind()));
		addTexts(document, SearchFields.LABEL, resource.labels());
		addTexts(document, SearchFields.ALT, resource.altLabels());
		addTexts(document, SearchFields.KEYWORD, resource.keywords());
		addTexts(document, SearchFields.DESCRIPTION, resource.descriptions());
		for (String code : resource.codes()) {
			document.add(new StringField(SearchFields.CODE, fold(code), Field.Store.NO));
			document.add(new StoredField(SearchFields.CODE, code));
			document.add(new TextField(SearchFields.suggest("und"), code, Field.Store.NO));
		}
		addSuggestions(document, resource);
		addTitles(document, resource.titles());
		for (String concept : resource.concepts()) {
			document.add(new StringField(SearchFields.CONCEPT, concept, Field.Store.YES));
		}
		resource.narrower().forEach((iri) -> document.add(new StoredField(SearchFields.NARROWER, iri)));
		resource.mapped().forEach((iri) -> document.add(new StoredField(SearchFields.MAPPED, iri)));
		for (String producer : resource.producers()) {
			document.add(new StoredField(SearchFields.PRODUCER, producer));
			document.add(new SortedSetDocValuesFacetField("producer", producer));
		}
		resource.sourceTypes().forEach((value) -> document.add(new SortedSetDocValuesFacetField("sourceType", value)));
		resource.families().forEach((value) -> document.add(new SortedSetDocValuesFacetField("family", value)));
		resource.schemes().forEach((value) -> document.add(new SortedSetDocValuesFacetField("scheme", value)));
		if ("dataset".equals(resource.kind())) {
			Set<String> rights = resource.accessRights().isEmpty() ? Set.of(SearchFacets.NOT_STATED)
					: resource.accessRights();
			rights.forEach((value) -> document.add(new SortedSetDocValuesFacetField("accessRights", value)));
		}
		String divergence = divergenceStatus(resource);
		if (divergence != null) {
			document.add(new SortedSetDocValuesFacetField("divergence", divergence));
		}
		addPeriod(document, resource.startYear(), resource.endYear());
		if (!resource.coverageStart().isEmpty()) {
			document.add(new StoredField(SearchFields.COVERAGE_START, resource.coverageStart()));
			document.add(new StoredField(SearchFields.COVERAGE_END, resource.coverageEnd()));
		}
		return document;
	}

	/** aligned, diverges or notAssessed; null where divergence does not apply. */
	static String divergenceStatus(IndexedResource resource) {
		if (!resource.severities().isEmpty()) {
			return resource.severities().stream().allMatch(ALIGNED::equals) ? "aligned" : "diverges";
		}
		boolean applies = "dataset".equals(resource.kind()) && !resource.concepts().isEmpty()
				|| "concept".equals(resource.kind()) && resource.national();
		return applies ? "notAssessed" : null;
	}

	/** Lower case, accents removed: how codes and sort keys are compared. */
	static String fold(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return decomposed.toLowerCase(Locale.ROOT).strip();
	}

	private static void addTexts(Document document, String field, Map<String, List<String>> texts) {
		texts.forEach((language, values) -> values
			.forEach((value) -> document.add(new Field(SearchFields.text(field, language), value, TEXT_WITH_OFFSETS))));
	}

	private static void addSuggestions(Document document, IndexedResource resource) {
		for (Map<String, List<String>> texts : List.of(resource.labels(), resource.altLabels())) {
			texts.forEach((language, values) -> values.forEach(
					(value) -> document.add(new TextField(SearchFields.suggest(language), value, Field.Store.NO))));
		}
		for (Map<String, List<String>> texts : List.of(resource.labels(), resource.altLabels(), resource.keywords())) {
			texts.forEach((language, values) -> values
				.forEach((value) -> document.add(new TextField(SearchFields.words(language), value, Field.Store.NO))));
		}
	}

	/**
	 * The label each reader is shown, stored as is, and its sort key, so results sorted
	 * by title follow the title shown.
	 */
	private static void addTitles(Document document, Map<String, LocalizedText> titles) {
		titles.forEach((language, title) -> {
			document.add(new StoredField(SearchFields.text(SearchFields.TITLE, language), title.text()));
			document.add(new StoredField(SearchFields.text(SearchFields.TITLE_LANGUAGE, language), title.language()));
			document.add(new SortedDocValuesField(SearchFields.sortTitle(language), new BytesRef(fold(title.text()))));
		});
	}

	private static void addPeriod(Document document, Integer start, Integer end) {
		if (start == null) {
			return;
		}
		document.add(new IntPoint(SearchFields.START_YEAR, start));
		document.add(new IntPoint(SearchFields.END_YEAR, end));
		document.add(new StoredField(SearchFields.START_YEAR, start));
		document.add(new StoredField(SearchFields.END_YEAR, end));
		document.add(new NumericDocValuesField(SearchFields.SORT_DATE, end));
		for (int decade = start / 10 * 10; decade <= end; decade += 10) {
			document.add(new SortedSetDocValuesFacetField("period", Integer.toString(decade)));
		}
	}

}
