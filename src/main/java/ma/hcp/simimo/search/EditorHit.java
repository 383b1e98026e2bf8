package ma.hcp.simimo.search;

/**
 * A hit of the editors' search index (decision 0027): a draft or a restricted record the
 * signed-in viewer may read, with the page it opens.
 *
 * @param hit the hit, as the public index would give it
 * @param mark draft or restricted
 * @param href the draft's page for a draft, the record's page for a restricted record
 */
public record EditorHit(SearchHit hit, String mark, String href) {

	static EditorHit of(SearchHit hit, String mark) {
		return new EditorHit(hit, mark, "draft".equals(mark) ? hit.href() + "/draft" : hit.href());
	}

}
