package ma.hcp.simimo.store;

/**
 * Published after a content load committed a change to the store, so that what is derived
 * from the store (the search index) can follow.
 *
 * @param report what the load wrote and dropped
 */
public record StoreContentChanged(LoadReport report) {
}
