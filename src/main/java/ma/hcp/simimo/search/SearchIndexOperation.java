package ma.hcp.simimo.search;

import java.util.Optional;

import ma.hcp.simimo.store.StoreOperation;

import org.springframework.stereotype.Component;

/**
 * The administrators' rebuild of the search index from the store (decision 0022): the
 * same build as after a content load, which readers never see half done (the previous
 * commit serves until the new one is visible).
 */
@Component
class SearchIndexOperation implements StoreOperation {

	private final SearchIndexer indexer;

	SearchIndexOperation(SearchIndexer indexer) {
		this.indexer = indexer;
	}

	@Override
	public String id() {
		return "search-index";
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Optional<String> refusal() {
		return Optional.empty();
	}

	@Override
	public Outcome run() {
		return Outcome.of("admin.operations.search-index.done", this.indexer.rebuild());
	}

}
