package ma.hcp.simimo.glossary;

import org.junit.jupiter.api.Test;

import ma.hcp.simimo.RawHttp;
import ma.hcp.simimo.RunningApplication;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anonymous saving is limited: two saves an hour per client address, three glossaries in
 * all here. Past either limit the save is refused on the application's own page, which
 * names the limit; nothing is written. Two clients are two loopback addresses.
 */
@TestPropertySource(properties = { "simimo.store.content-root=.",
		"simimo.store.content-directories=ontology,src/test/resources/fixtures/linkeddata",
		"simimo.glossary.save.per-client-per-hour=2", "simimo.glossary.save.overall-per-hour=50",
		"simimo.glossary.max-saved=3" })
class GlossarySaveLimitsIntegrationTests extends RunningApplication {

	private static final String CONCEPT = "https://w3id.org/simimo/concepts/test/hostile";

	@Test
	void refusesAClientPastItsHourlyRateAndEveryonePastTheNumberOfSavedGlossaries() {
		RawHttp first = new RawHttp(this.port, "127.0.0.1");
		RawHttp second = new RawHttp(this.port, "127.0.0.2");

		assertThat(GlossaryForms.save(first, GlossaryForms.signIn(this.port), CONCEPT, "title=Un").status())
			.isEqualTo(303);
		assertThat(GlossaryForms.save(first, GlossaryForms.signIn(this.port), CONCEPT, "title=Deux").status())
			.isEqualTo(303);
		RawHttp.Response tooMany = GlossaryForms.save(first, GlossaryForms.signIn(this.port), CONCEPT, "title=Trois");
		assertThat(tooMany.status()).isEqualTo(429);
		assertThat(tooMany.header("Retry-After")).singleElement()
			.satisfies((seconds) -> assertThat(Integer.parseInt(seconds)).isBetween(1, 3600));
		assertThat(tooMany.body()).contains("<h1>Limite atteinte</h1>")
			.contains("Ce poste a enregistré 2 glossaires dans l’heure, la limite par poste")
			.contains("class=\"site\"");
		RawHttp.Response english = GlossaryForms.save(first, GlossaryForms.signIn(this.port), CONCEPT, "title=Three",
				"Cookie", "simimo-lang=en");
		assertThat(english.status()).isEqualTo(429);
		assertThat(english.body()).contains("This computer has saved 2 glossaries within the hour");

		assertThat(GlossaryForms.save(second, GlossaryForms.signIn(this.port), CONCEPT, "title=Trois").status())
			.isEqualTo(303);
		RawHttp.Response full = GlossaryForms.save(second, GlossaryForms.signIn(this.port), CONCEPT, "title=Quatre");
		assertThat(full.status()).isEqualTo(409);
		assertThat(full.body()).contains("<h1>Limite atteinte</h1>")
			.contains("La liste des glossaires enregistrés est pleine (3 glossaires");

		assertThat(first.get("/glossary", "Accept", "text/html").body()).contains(">Un<")
			.contains(">Deux<")
			.contains(">Trois<")
			.doesNotContain(">Quatre<")
			.doesNotContain(">Three<");
	}

}
