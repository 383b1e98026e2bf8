package ma.hcp.simimo.store;

import org.junit.jupiter.api.Test;

import ma.hcp.simimo.RunningApplication;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over the seed content, the permission lookup gives each producer its records and the
 * coordinators' records to nobody.
 */
class RecordOwnersIntegrationTests extends RunningApplication {

	private static final String BASE = "https://w3id.org/simimo/";

	private static final String ANAPEC = BASE + "producers/anapec";

	@Autowired
	private RecordOwners owners;

	@Test
	void anAnapecDatasetConceptAndOperationAreAnapecs() {
		assertThat(this.owners.ownerOf(BASE + "datasets/anapec-moroccan-workers-placed-abroad")).contains(ANAPEC);
		assertThat(this.owners.ownerOf(BASE + "concepts/anapec-intermediation/worker-placed-abroad")).contains(ANAPEC);
		assertThat(this.owners.ownerOf(BASE + "schemes/anapec-intermediation")).contains(ANAPEC);
		assertThat(this.owners.ownerOf(BASE + "operations/anapec-registration")).contains(ANAPEC);
	}

	@Test
	void aHcpClassificationItemAndReferencePeriodAreTheHcps() {
		assertThat(this.owners.ownerOf(BASE + "classifications/nma-2010/49")).contains(BASE + "producers/hcp");
		assertThat(this.owners.ownerOf(BASE + "periods/rgph-residence-threshold")).contains(BASE + "producers/hcp");
	}

	@Test
	void internationalStandardsDivergencesAndUnknownIrisHaveNoOwner() {
		assertThat(this.owners.ownerOf(BASE + "concepts/icls-2018/international-migrant-workers")).isEmpty();
		assertThat(this.owners.ownerOf(BASE + "schemes/icls-2018")).isEmpty();
		assertThat(this.owners.ownerOf(BASE + "concepts/breakdowns/sex")).isEmpty();
		// A divergence of an ANAPEC concept and an action on the Office des Changes are
		// the coordinators'.
		assertThat(this.owners.ownerOf(BASE + "divergences/anapec-seasonal-worker-purpose-icls-2018")).isEmpty();
		assertThat(this.owners.ownerOf(BASE + "actions/office-des-changes-bpm6-bridge")).isEmpty();
		assertThat(this.owners.ownerOf(BASE + "datasets/no-such-dataset")).isEmpty();
	}

	@Test
	void aRecordWhoseProducerIsNotCertainHasNoOwner() {
		assertThat(this.owners.ownerOf(BASE + "schemes/regularisation-campaigns")).isEmpty();
		assertThat(this.owners.ownerOf(BASE + "operations/covid-refugees-surveys")).isEmpty();
	}

}
