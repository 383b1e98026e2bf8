package ma.hcp.simimo.glossary;

import java.time.Clock;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The limits on anonymous saving, until saving needs an account: how many glossaries one
 * client address and everyone together may save in any hour, and how many may be saved in
 * all. The defaults and their reasons are in README.md and docs/deployment.md.
 */
@Component
class GlossarySaveLimits {

	/** Client addresses the rate limiter keeps at most (a few hundred kilobytes). */
	static final int CLIENTS_KEPT = 10_000;

	private final int maxSaved;

	private final SaveRateLimiter rate;

	@Autowired
	GlossarySaveLimits(@Value("${simimo.glossary.save.per-client-per-hour:10}") int perClient,
			@Value("${simimo.glossary.save.overall-per-hour:60}") int overall,
			@Value("${simimo.glossary.max-saved:1000}") int maxSaved) {
		this(perClient, overall, maxSaved, Clock.systemUTC());
	}

	GlossarySaveLimits(int perClient, int overall, int maxSaved, Clock clock) {
		if (maxSaved < 1) {
			throw new IllegalArgumentException("simimo.glossary.max-saved must be at least 1, not " + maxSaved);
		}
		this.maxSaved = maxSaved;
		this.rate = new SaveRateLimiter(perClient, overall, CLIENTS_KEPT, clock);
	}

	int maxSaved() {
		return this.maxSaved;
	}

	/** Counts one save by {@code client}, or says which rate refuses it. */
	Optional<SaveRateLimiter.Refusal> tryAcquire(String client) {
		return this.rate.tryAcquire(client);
	}

}
