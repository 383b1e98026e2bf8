package ma.hcp.simimo.kernel;

import java.util.Optional;

/**
 * What the viewer of the current request may do with a record shown on the generic
 * resource page (a reference period's {@code /periods/{id}}): the edit button, the
 * history link and the "draft in progress" notice that a feature's own page shows for its
 * records. The linked-data controller asks every implementation, for signed-in viewers
 * only, so it needs no feature and a reader's page asks the private store nothing.
 */
public interface RecordActions {

	/**
	 * The actions on {@code iri} for the current viewer; empty when it is not one of this
	 * feature's records or the viewer may do nothing with it.
	 */
	Optional<Actions> forCurrentViewer(String iri);

	/**
	 * What the resource page shows.
	 *
	 * @param editHref the edit form, or null when the viewer may not edit
	 * @param draftHref the draft's page when a draft is in progress and the viewer may
	 * read it, or null
	 * @param draftModified when that draft was saved last ({@code 2026-12-02 17:30 UTC}),
	 * or null
	 * @param inProgressKey the message of the "draft in progress" notice, taking the time
	 * @param historyHref the record's history page when the viewer may read it, or null
	 */
	record Actions(String editHref, String draftHref, String draftModified, String inProgressKey, String historyHref) {
	}

}
