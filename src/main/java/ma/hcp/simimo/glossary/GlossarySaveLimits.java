package ma.hcp.simimo.glossary;

import java.time.Clock;
import java.util.Optional;

import ma.hcp.simimo.store.RuntimeSettings;

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

	private final Optional<RuntimeSettings> settings;

	@Autowired
	GlossarySaveLimits(@Value("${simimo.glossary.save.per-client-per-hour:10}") int perClient,
			@Value("${simimo.glossary.save.overall-per-hour:60}") int overall,
			@Value("${simimo.glossary.max-saved:1000}") int maxSaved, RuntimeSettings settings) {
		this(perClient, overall, maxSaved, Clock.systemUTC(), Optional.of(settings));
	}

	GlossarySaveLimits(int perClient, int overall, int maxSaved) {
		this(perClient, overall, maxSaved, Clock.systemUTC(), Optional.empty());
	}

	GlossarySaveLimits(int perClient, int overall, int maxSaved, Clock clock) {
		this(perClient, overall, maxSaved, clock, Optional.empty());
	}

	private GlossarySaveLimits(int perClient, int overall, int maxSaved, Clock clock,
			Optional<RuntimeSettings> settings) {
		if (maxSaved < 1) {
			throw new IllegalArgumentException("simimo.glossary.max-saved must be at least 1, not " + maxSaved);
		}
		this.maxSaved = maxSaved;
		this.settings = settings;
		this.rate = new SaveRateLimiter(perClient, overall, CLIENTS_KEPT, clock);
	}

	/**
	 * How many glossaries may be saved: the administrator's setting (decision 0025), else
	 * {@code simimo.glossary.max-saved}.
	 */
	int maxSaved() {
		return this.settings.flatMap((values) -> {
			java.util.OptionalInt saved = values.integer(RuntimeSettings.Key.GLOSSARY_MAX_SAVED);
			return saved.isPresent() ? Optional.of(saved.getAsInt()) : Optional.<Integer>empty();
		}).orElse(this.maxSaved);
	}

	/** The value of {@code simimo.glossary.max-saved}, the default. */
	int configuredMaxSaved() {
		return this.maxSaved;
	}

	/** Counts one save by {@code client}, or says which rate refuses it. */
	Optional<SaveRateLimiter.Refusal> tryAcquire(String client) {
		return this.rate.tryAcquire(client);
	}

}
