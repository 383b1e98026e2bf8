package ma.hcp.simimo.concept;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.store.ContentVersion;
import ma.hcp.simimo.store.Labels;
import ma.hcp.simimo.store.ResourceLinks;
import ma.hcp.simimo.store.SparqlExecutor;
import ma.hcp.simimo.store.TestExecutors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The concept page's query on an in-memory store with one named graph per fixture file,
 * as the loader fills the real store.
 */
class ConceptRepositoryTests {

	private final LinkedDataPaths paths = new LinkedDataPaths("https://w3id.org/simimo/");

	private final SparqlExecutor executor = TestExecutors.overFixtures("concept/census-resident-vs-un-1998.ttl",
			"concept/two-level-classification.ttl");

	private final Labels labels = new Labels(this.executor,
			new ContentVersion(this.executor, TestExecutors.GRAPH_NAMES), this.paths);

	private final ConceptRepository concepts = new ConceptRepository(this.executor, this.paths,
			new ResourceLinks(this.paths, this.labels), TestExecutors.GRAPH_NAMES, this.labels);

	@Test
	void namesTheFileTheConceptWasLoadedFromAndWhen() {
		ConceptPage page = this.concepts.page("https://w3id.org/simimo/concepts/test/resident", Locale.FRENCH);

		assertThat(page.sourceFile()).isEqualTo("fixtures/concept/census-resident-vs-un-1998.ttl");
		assertThat(page.loadedOn()).matches("\\d{4}-\\d{2}-\\d{2}T.*");
	}

	@Test
	void namesTheFileOfEachConceptWhenSeveralFilesAreLoaded() {
		ConceptPage page = this.concepts.page("https://w3id.org/simimo/classifications/test/10", Locale.FRENCH);

		assertThat(page.sourceFile()).isEqualTo("fixtures/concept/two-level-classification.ttl");
	}

}
