package ma.hcp.simimo.search;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ma.hcp.simimo.CookieSession;
import ma.hcp.simimo.RunningApplication;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrators' search index rebuild over real HTTP: an index emptied behind the
 * application's back holds one document per resource of the store again afterwards, and
 * finds what it found before.
 */
class SearchIndexOperationIntegrationTests extends RunningApplication {

	@Autowired
	SearchIndex index;

	@Autowired
	IndexSourceRepository source;

	@Test
	void rebuildsTheSearchIndexWithOneDocumentPerResourceOfTheStore() {
		String before = this.http.search("migrants");
		this.index.replaceAll((sink) -> {
		}, this.source.contentKey(), this.source.storeVersion(), Map.of());
		assertThat(documents()).isZero();
		CookieSession admin = CookieSession.signedIn(this.http, ADMIN, ADMIN_PASSWORD);

		HttpResponse<String> ran = admin.submitForm("/admin/operations", "/admin/operations/search-index", "x=1");

		assertThat(ran.statusCode()).isEqualTo(302);
		int resources = this.source.resources().size();
		assertThat(resources).isPositive();
		assertThat(documents()).isEqualTo(resources);
		assertThat(this.http.search("migrants")).isEqualTo(before);
		assertThat(admin.get("/admin/operations?lang=en").body())
			.contains("Search index rebuilt: " + resources + " documents.");
	}

	private int documents() {
		return this.index.search((searcher) -> searcher.getIndexReader().numDocs());
	}

}
