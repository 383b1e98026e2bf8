package ma.hcp.simimo.access;

/**
 * What a viewer may be allowed to do. Only actions that have an endpoint are here, so
 * that every cell of the matrix is tested over HTTP (decision 0019).
 */
public enum Action {

	/** Save a new glossary. */
	SAVE_GLOSSARY,

	/**
	 * Rename a saved glossary, change its concepts, list it publicly or keep it private.
	 */
	EDIT_GLOSSARY,

	/** Delete a saved glossary. */
	DELETE_GLOSSARY,

	/**
	 * Edit a record (dataset, concept, reference period, classification): saves a draft.
	 */
	EDIT_RECORD,

	/** See the drafts of a record. */
	READ_DRAFTS,

	/**
	 * Create a record that has no published description yet, as a draft owned by a
	 * producer (decision 0025): the target is that producer's.
	 */
	CREATE_RECORD,

	/** Discard a record's draft; a new record's draft is all there is of it. */
	DISCARD_DRAFT,

	/**
	 * Submit a record's draft for review, or take a submitted one back to draft (decision
	 * 0027).
	 */
	SUBMIT_RECORD,

	/**
	 * Review submitted drafts (decision 0027): the coordinators' queue, and sending a
	 * draft back to its contributors with a comment.
	 */
	REVIEW_RECORD,

	/**
	 * Publish a submitted draft (decision 0027): its description replaces the published
	 * one, which readers, search and {@code /sparql} see at once.
	 */
	PUBLISH_RECORD,

	/**
	 * Read a record's history (decision 0027): its published versions, the diff of each,
	 * and its change log.
	 */
	READ_HISTORY,

	/**
	 * Revert a record to one of its published versions (decision 0027): the version
	 * becomes the record's draft revision, published through review.
	 */
	REVERT_RECORD,

	/**
	 * Query {@code /sparql/all} (decision 0027): the published content with every draft
	 * and restricted record, read only.
	 */
	QUERY_ALL,

	/**
	 * Restrict a published record, or publish a restricted one again (decision 0027): its
	 * description leaves the public store for the private store, where only its
	 * producer's contributors and coordinators see it.
	 */
	RESTRICT_RECORD,

	/**
	 * Withdraw a published record (decision 0027): its description leaves the public
	 * store and its IRI answers 410 Gone; a revert to its last version publishes it
	 * again.
	 */
	WITHDRAW_RECORD,

	/**
	 * Export a content file with the records edited in the application that came from it
	 * put back (decision 0027), for a curator to commit to {@code vocabularies/}.
	 */
	EXPORT_CONTENT,

	/** Create accounts, change their roles and producers, disable them. */
	MANAGE_ACCOUNTS,

	/** Operations on the store: compaction, index rebuilds, health details. */
	OPERATE,

	/**
	 * Change the settings an administrator changes at run time (decision 0025): sign-in
	 * throttling, glossary save limits, the site notice.
	 */
	CHANGE_SETTINGS

}
