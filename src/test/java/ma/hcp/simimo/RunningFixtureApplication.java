package ma.hcp.simimo;

import org.springframework.test.context.TestPropertySource;

/**
 * Base of the HTTP tests that need the whole application but not the seed vocabularies:
 * it loads only the ontology and the linked-data fixtures, and sets the SPARQL endpoint's
 * limits low enough for a test to reach them (50 solutions, 2 seconds). The content is
 * read from the checkout, since the fixtures are not in the jar's copy. Every subclass
 * shares one application context, so keep the properties here and nowhere else.
 */
@TestPropertySource(properties = { "simimo.store.content-root=.",
		"simimo.store.content-directories=ontology,src/test/resources/fixtures/linkeddata", "simimo.sparql.timeout=2s",
		"simimo.sparql.result-limit=50" })
public abstract class RunningFixtureApplication extends RunningApplication {

}
