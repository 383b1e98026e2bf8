package ma.hcp.simimo.store;

import java.util.List;
import java.util.Optional;

/**
 * An operation an administrator runs from {@code /admin/operations} on a store or an
 * index (decision 0022): the store package offers the text index check and the
 * compactions, the search feature the search index rebuild. The page runs one at a time
 * and asks the permission matrix first; an operation only does its work.
 */
public interface StoreOperation {

	/**
	 * Its name in the page's path ({@code /admin/operations/<id>}) and in the message
	 * keys {@code admin.operations.<id>…}.
	 */
	String id();

	/** Where the page lists it, lowest first. */
	int order();

	/**
	 * The message key of why it cannot run on this installation (a remote store), or
	 * empty when it can.
	 */
	Optional<String> refusal();

	/**
	 * Does the work and says what it did; an exception means it failed, having left the
	 * store as it was or in a state the next start repairs.
	 */
	Outcome run();

	/**
	 * What an operation did, for the page: a message key of {@code messages*.properties}
	 * and its arguments, already formatted.
	 *
	 * @param messageKey the message
	 * @param arguments its arguments
	 */
	record Outcome(String messageKey, List<String> arguments) {

		public Outcome {
			arguments = List.copyOf(arguments);
		}

		public static Outcome of(String messageKey, Object... arguments) {
			return new Outcome(messageKey, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
		}

	}

}
