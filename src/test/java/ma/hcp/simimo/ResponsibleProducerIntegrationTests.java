package ma.hcp.simimo;

import java.net.http.HttpResponse;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

import ma.hcp.simimo.store.Vocab;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the seed content, the dataset, scheme and concept pages name the producer
 * responsible for the record (simimo:owner, decision 0019) in the reader's language, a
 * record nobody owns shows no such line, and the linked data carries the owner.
 */
class ResponsibleProducerIntegrationTests extends RunningApplication {

	private static final String ANAPEC_LINK = "<a href=\"/producers/anapec\" title=\"https://w3id.org/simimo/producers/anapec\">";

	@Test
	void theDatasetPageNamesItsResponsibleProducer() {
		String page = html("/datasets/anapec-moroccan-workers-placed-abroad?lang=fr");

		assertThat(page).containsPattern("<dt>Producteur responsable</dt>\\s*<dd class=\"owner\">" + ANAPEC_LINK);
	}

	@Test
	void theSchemePageNamesItsResponsibleProducerInEnglish() {
		String page = html("/schemes/anapec-intermediation?lang=en");

		assertThat(page).containsPattern("<dt>Responsible producer</dt>\\s*<dd class=\"owner\">" + ANAPEC_LINK);
	}

	@Test
	void theConceptPageNamesItsResponsibleProducerInArabic() {
		String page = html("/concepts/anapec-intermediation/worker-placed-abroad?lang=ar");

		assertThat(page).containsPattern("class=\"owner\"><span>الجهة المسؤولة:</span>\\s*" + ANAPEC_LINK);
	}

	@Test
	void aConceptOfAnInternationalStandardShowsNoResponsibleProducer() {
		String page = html("/concepts/icls-2018/international-migrant-workers?lang=fr");

		assertThat(page).doesNotContain("class=\"owner\"").doesNotContain("Producteur responsable");
	}

	@Test
	void theLinkedDataOfADatasetStatesItsOwner() {
		HttpResponse<String> response = this.http.get("/datasets/anapec-moroccan-workers-placed-abroad", "text/turtle");
		Model model = RDFParser.fromString(response.body(), Lang.TURTLE).toModel();

		assertThat(model.contains(
				ResourceFactory
					.createResource("https://w3id.org/simimo/datasets/anapec-moroccan-workers-placed-abroad"),
				Vocab.OWNER, ResourceFactory.createResource("https://w3id.org/simimo/producers/anapec")))
			.isTrue();
	}

	private String html(String path) {
		HttpResponse<String> response = this.http.get(path, "text/html");
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

}
