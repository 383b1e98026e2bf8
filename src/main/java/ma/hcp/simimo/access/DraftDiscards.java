package ma.hcp.simimo.access;

import java.util.function.Function;

import ma.hcp.simimo.kernel.ResourceNotFoundException;
import ma.hcp.simimo.store.RecordDrafts;
import ma.hcp.simimo.store.RecordDrafts.Draft;

import org.springframework.stereotype.Component;

/**
 * The rule of every discard route (decision 0025), whatever the record's type: which
 * draft the viewer may discard, and the discarding itself, one private-store transaction
 * that removes the draft's graph and its index entry (a new record's intended owner with
 * it).
 */
@Component
public class DraftDiscards {

	private final RecordTargets targets;

	private final RecordDrafts drafts;

	DraftDiscards(RecordTargets targets, RecordDrafts drafts) {
		this.targets = targets;
		this.drafts = drafts;
	}

	/**
	 * The draft of record {@code iri} if the current viewer may discard it: 404 (from
	 * {@code notFound}) for a record that is neither {@code published} nor drafted, and
	 * for a new one to whoever may not discard it; 403 for a published one the viewer may
	 * not change, whether or not it has a draft; 404 when it has none.
	 */
	public Draft allowed(String iri, boolean published, Function<String, RuntimeException> notFound) {
		if (!published && this.drafts.draftOf(iri).isEmpty()) {
			throw notFound.apply(iri);
		}
		this.targets.requireOrHide(Viewer.current(), Action.DISCARD_DRAFT, iri, !published);
		return this.drafts.draftOf(iri).orElseThrow(() -> new ResourceNotFoundException(iri));
	}

	/** Discards the draft of record {@code iri}, checked as {@link #allowed}. */
	public void discard(String iri, boolean published, Function<String, RuntimeException> notFound) {
		this.drafts.discard(allowed(iri, published, notFound));
	}

}
