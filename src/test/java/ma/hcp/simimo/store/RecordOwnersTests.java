package ma.hcp.simimo.store;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The permission lookup reads owners from the record-owners graph only, infers none, and
 * lets an ambiguous or malformed record be owned by nobody.
 */
class RecordOwnersTests {

	private static final String EX = "https://w3id.org/simimo/test/owners/";

	private final RecordOwners owners = new RecordOwners(
			TestExecutors.overFixtures("store/record-owners.ttl", "store/owner-in-description.ttl"),
			TestExecutors.GRAPH_NAMES.forFile("fixtures/store/record-owners.ttl"));

	@Test
	void findsTheOwnerStatedInTheOwnersGraph() {
		assertThat(this.owners.ownerOf(EX + "placements")).contains(EX + "anapec");
	}

	@Test
	void ignoresAnOwnerStatedInARecordsOwnDescription() {
		assertThat(this.owners.ownerOf(EX + "pensions")).isEmpty();
	}

	@Test
	void doesNotGiveAConceptItsSchemesOwner() {
		assertThat(this.owners.ownerOf(EX + "scheme")).contains(EX + "anapec");
		assertThat(this.owners.ownerOf(EX + "concept")).isEmpty();
	}

	@Test
	void aRecordNamedWithTwoOwnersIsOwnedByNeither() {
		assertThat(this.owners.ownerOf(EX + "disputed")).isEmpty();
	}

	@Test
	void anUnknownOrMalformedIriHasNoOwner() {
		assertThat(this.owners.ownerOf(EX + "unknown")).isEmpty();
		assertThat(this.owners.ownerOf("placements")).isEmpty();
		assertThat(this.owners.ownerOf("https://w3id.org/simimo/test/owners/a b>")).isEmpty();
		assertThat(this.owners.ownerOf("")).isEmpty();
	}

	@Test
	void readsTheOwnersOfManyRecordsAtOnce() {
		assertThat(this.owners
			.ownersOf(List.of(EX + "placements", EX + "pensions", EX + "disputed", EX + "scheme", "not an iri")))
			.containsExactly(java.util.Map.entry(EX + "placements", EX + "anapec"),
					java.util.Map.entry(EX + "scheme", EX + "anapec"));
	}

}
