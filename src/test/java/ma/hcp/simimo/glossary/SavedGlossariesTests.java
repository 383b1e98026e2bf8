package ma.hcp.simimo.glossary;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;

import ma.hcp.simimo.TestStoreDirectories;
import ma.hcp.simimo.access.AccessRefusedException;
import ma.hcp.simimo.access.Role;
import ma.hcp.simimo.access.Viewer;
import ma.hcp.simimo.kernel.ResourceNotFoundException;
import ma.hcp.simimo.store.PrivateStore;
import ma.hcp.simimo.store.QueryRegistry;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

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
 * query and listed, next to the content graphs of the fixtures; a private one in a real
 * private store, seen by its author only; edited and deleted by its author only.
 */
class SavedGlossariesTests {

	private static final String T = "https://w3id.org/simimo/test/glossary/";

	private final Dataset store = TestExecutors.storeWith("glossary/census-and-un.ttl");

	private static final Viewer AUTHOR = member("urn:simimo:account:00000000-0000-4000-8000-000000000001");

	private static final Viewer STRANGER = member("urn:simimo:account:00000000-0000-4000-8000-000000000002");

	private final PrivateStore privateStore = PrivateStore.open(TestStoreDirectories.fresh("saved-glossaries"),
			new QueryRegistry());

	private final SavedGlossaries glossaries = new SavedGlossaries(
			new StaticListableBeanFactory(Map.of("writer", TestStores.writer(this.store)))
				.getBeanProvider(StoreWriter.class),
			TestExecutors.over(this.store), TestExecutors.GRAPH_NAMES, new GlossarySaveLimits(100, 100, 100),
			this.privateStore);

	@AfterEach
	void closePrivateStore() {
		this.privateStore.close();
	}

	private static Viewer member(String account) {
		return new Viewer(Optional.of(account), Set.of(Role.MEMBER), Set.of());
	}

	@Test
	void aPrivateGlossaryIsInThePrivateStoreOnlyAndOnlyItsAuthorSeesIt() {
		String id = this.glossaries.saveGlossary(new GlossaryDraft("Secret", "", ""),
				GlossaryRequest.from(Map.of("concepts", T + "legal-population", "langs", "fr")), "127.0.0.1", AUTHOR,
				false);

		assertThat(this.glossaries.savedGlossary(id, AUTHOR))
			.hasValueSatisfying((saved) -> assertThat(saved.metadata().title()).isEqualTo("Secret"));
		assertThat(this.glossaries.savedGlossary(id, STRANGER)).isEmpty();
		assertThat(this.glossaries.savedGlossary(id, Viewer.anonymous())).isEmpty();
		assertThat(this.glossaries.savedGlossaries()).isEmpty();
		assertThat(Txn.calculateRead(this.store,
				() -> this.store.containsNamedModel("https://w3id.org/simimo/graphs/glossaries/" + id)))
			.isFalse();
		assertThat(this.glossaries.mine(AUTHOR)).singleElement()
			.satisfies((summary) -> assertThat(summary.listed()).isFalse());
		assertThat(this.glossaries.mine(STRANGER)).isEmpty();
	}

	@Test
	void onlyTheAuthorEditsAndDeletesAndAStrangerIsRefusedOrNotShownIt() {
		GlossaryRequest request = GlossaryRequest.from(Map.of("concepts", T + "legal-population", "langs", "fr"));
		String id = this.glossaries.saveGlossary(new GlossaryDraft("Avant", "", ""), request, "127.0.0.1", AUTHOR,
				true);

		assertThatExceptionOfType(AccessRefusedException.class).isThrownBy(
				() -> this.glossaries.editGlossary(id, new GlossaryDraft("Piraté", "", ""), request, STRANGER, true));
		assertThatExceptionOfType(AccessRefusedException.class)
			.isThrownBy(() -> this.glossaries.deleteGlossary(id, STRANGER));
		this.glossaries.editGlossary(id, new GlossaryDraft("Après", "", ""), request, AUTHOR, false);
		assertThat(this.glossaries.savedGlossary(id, AUTHOR).orElseThrow().metadata().title()).isEqualTo("Après");
		assertThat(this.glossaries.savedGlossaries()).isEmpty();
		assertThatExceptionOfType(ResourceNotFoundException.class)
			.isThrownBy(() -> this.glossaries.deleteGlossary(id, STRANGER));

		this.glossaries.deleteGlossary(id, AUTHOR);
		assertThat(this.glossaries.savedGlossary(id, AUTHOR)).isEmpty();
		assertThat(this.glossaries.authorship(id)).isEmpty();
	}

	@Test
	void glossariesSavedWithoutAnAccountBecomeTheAdministratorsListed() {
		String id = this.glossaries.saveGlossary(new GlossaryDraft("D'avant", "", ""),
				GlossaryRequest.from(Map.of("concepts", T + "legal-population", "langs", "fr")), "127.0.0.1", AUTHOR,
				true);
		// As before accounts: a listed glossary whose authorship nobody recorded.
		org.apache.jena.query.QuerySolutionMap glossary = new org.apache.jena.query.QuerySolutionMap();
		glossary.add("glossary", org.apache.jena.rdf.model.ResourceFactory.createResource(this.glossaries.iri(id)));
		this.privateStore.write("forget", (write) -> write.update("glossary/forgetAuthor", glossary));
		String administrator = "urn:simimo:account:00000000-0000-4000-8000-0000000000ad";

		assertThat(this.glossaries.adoptUnauthored(administrator)).isEqualTo(1);
		assertThat(this.glossaries.adoptUnauthored(administrator)).isZero();
		assertThat(this.glossaries.authorship(id)).contains(new SavedGlossaries.Authorship(administrator, true));
		assertThat(this.glossaries.savedGlossaries()).extracting(SavedGlossary.Summary::id).containsExactly(id);
	}

	@Test
	void aReaderWhoIsNotSignedInCannotSave() {
		assertThatExceptionOfType(AccessRefusedException.class)
			.isThrownBy(() -> this.glossaries.saveGlossary(new GlossaryDraft("Anonyme", "", ""),
					GlossaryRequest.from(Map.of("concepts", T + "legal-population", "langs", "fr")), "127.0.0.1",
					Viewer.anonymous(), true));
	}

	@Test
	void aSavedGlossaryIsReadBackFromItsOwnGraphWithItsConceptsInTheOrderPicked() {
		String id = this.glossaries.saveGlossary(new GlossaryDraft("Recensement", "Formateurs", "HCP"),
				GlossaryRequest
					.from(Map.of("concepts", T + "long-term-migrant," + T + "legal-population", "langs", "fr,ar")),
				"127.0.0.1", AUTHOR, true);

		SavedGlossary saved = this.glossaries.savedGlossary(id, Viewer.anonymous()).orElseThrow();
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
				GlossaryRequest.from(Map.of("concepts", T + "legal-population", "langs", "fr")), "127.0.0.1", AUTHOR,
				true);

		assertThat(this.glossaries.authorship(id))
			.contains(new SavedGlossaries.Authorship(AUTHOR.account().get(), true));
		assertThat(this.glossaries.savedGlossaries()).singleElement().satisfies((summary) -> {
			assertThat(summary.id()).isEqualTo(id);
			assertThat(summary.title()).isEqualTo("Migrations");
			assertThat(summary.size()).isEqualTo(1);
		});
	}

	@Test
	void anIdNobodySavedHasNoGlossaryEvenWhenContentGraphsExist() {
		assertThat(this.glossaries.savedGlossary("abcdefghijkm", AUTHOR)).isEmpty();
	}

}
