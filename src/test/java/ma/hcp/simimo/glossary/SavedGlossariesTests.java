package ma.hcp.simimo.glossary;

import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

import ma.hcp.simimo.store.StoreWriter;
import ma.hcp.simimo.store.TestExecutors;
import ma.hcp.simimo.store.TestStores;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A glossary saved into its own graph of an in-memory store, read back with the graph
 * query and listed, next to the content graphs of the fixtures.
 */
class SavedGlossariesTests {

	private static final String T = "https://w3id.org/simimo/test/glossary/";

	private final Dataset store = TestExecutors.storeWith("glossary/census-and-un.ttl");

	private final SavedGlossaries glossaries = new SavedGlossaries(
			new StaticListableBeanFactory(Map.of("writer", TestStores.writer(this.store)))
				.getBeanProvider(StoreWriter.class),
			TestExecutors.over(this.store), TestExecutors.GRAPH_NAMES, new GlossarySaveLimits(100, 100, 100));

	@Test
	void aSavedGlossaryIsReadBackFromItsOwnGraphWithItsConceptsInTheOrderPicked() {
		String id = this.glossaries.saveGlossary(new GlossaryDraft("Recensement", "Formateurs", "HCP"),
				GlossaryRequest
					.from(Map.of("concepts", T + "long-term-migrant," + T + "legal-population", "langs", "fr,ar")),
				"127.0.0.1");

		SavedGlossary saved = this.glossaries.savedGlossary(id).orElseThrow();
		assertThat(saved.metadata().title()).isEqualTo("Recensement");
		assertThat(saved.metadata().audience()).isEqualTo("Formateurs");
		assertThat(saved.metadata().author()).isEqualTo("HCP");
		assertThat(saved.request().concepts()).containsExactly(T + "long-term-migrant", T + "legal-population");
		assertThat(saved.request().languages()).containsExactly("fr", "ar");
		assertThat(Txn.calculateRead(this.store,
				() -> this.store.containsNamedModel("https://w3id.org/simimo/graphs/glossaries/" + id)))
			.isTrue();
	}

	@Test
	void theListShowsEachSavedGlossaryWithItsSize() {
		String id = this.glossaries.saveGlossary(new GlossaryDraft("Migrations", "", ""),
				GlossaryRequest.from(Map.of("concepts", T + "legal-population", "langs", "fr")), "127.0.0.1");

		assertThat(this.glossaries.savedGlossaries()).singleElement().satisfies((summary) -> {
			assertThat(summary.id()).isEqualTo(id);
			assertThat(summary.title()).isEqualTo("Migrations");
			assertThat(summary.size()).isEqualTo(1);
		});
	}

	@Test
	void anIdNobodySavedHasNoGlossaryEvenWhenContentGraphsExist() {
		assertThat(this.glossaries.savedGlossary("abcdefghijkm")).isEmpty();
	}

}
