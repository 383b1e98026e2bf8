package ma.hcp.simimo.kernel;

import java.time.Duration;

/**
 * A request refused because a limit of this installation is reached: too many requests of
 * one kind in a while (429), or a collection that is full (409). The message names the
 * limit; {@link #retryAfter()} says when trying again can succeed, when that is known.
 */
public class LimitReachedException extends BadRequestException {

	private final int status;

	private final transient Duration retryAfter;

	public LimitReachedException(int status, Duration retryAfter, String messageKey, Object... arguments) {
		super(messageKey, arguments);
		this.status = status;
		this.retryAfter = retryAfter;
	}

	/** 429 for a rate, 409 for a full collection. */
	public int status() {
		return this.status;
	}

	/** How long until a new try can succeed, or null when nothing frees a place. */
	public Duration retryAfter() {
		return this.retryAfter;
	}

}
