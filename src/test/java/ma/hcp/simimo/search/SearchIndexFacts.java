package ma.hcp.simimo.search;

import org.springframework.context.ApplicationContext;

/**
 * Whether the search index of a running application agrees with its store: one document
 * per resource the store holds, as many as its build recorded, and built from the store's
 * content version by this index layout. For the fault suite and its tests.
 *
 * @param documents the documents a reader sees
 * @param resources the resources of the store the index should hold
 * @param problem how the documents disagree with the store, or null when they do not
 * @param builtFromStoreVersion whether the index records the store's current content
 * version (since issue 21 every write, also one that changes no indexed resource such as
 * the harmonization measurements or a glossary save, brings it to the store's version)
 */
public record SearchIndexFacts(int documents, int resources, String problem, boolean builtFromStoreVersion) {

	public static SearchIndexFacts of(ApplicationContext app) {
		SearchIndex index = app.getBean(SearchIndex.class);
		IndexSourceRepository store = app.getBean(IndexSourceRepository.class);
		int documents = index.search((searcher) -> searcher.getIndexReader().numDocs());
		int resources = store.resources().size();
		String problem = null;
		if (documents != resources) {
			problem = documents + " document(s) for " + resources + " resource(s)";
		}
		else if (index.documentMismatch() != null) {
			problem = index.documentMismatch();
		}
		return new SearchIndexFacts(documents, resources, problem,
				index.builtFrom().equals(SearchIndex.buildKey(store.contentKey())));
	}

}
