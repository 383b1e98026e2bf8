package ma.hcp.simimo.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Cuts a formatted message at its arguments, so that a template can give each argument an
 * element of its own (a {@code bdi} with the argument's lang and dir) and still take the
 * sentence's words and their order from the message: a French label quoted in an Arabic
 * sentence is tagged as French and isolated, without {@code th:utext}. The template
 * formats the message with {@code @slots.slot(0)}, {@code @slots.slot(1)}… as arguments,
 * then walks {@code @slots.split(text)}.
 */
@Component("slots")
public class MessageSlots {

	// Private-use characters: no message and no argument of ours contains them.
	private static final char OPEN = '\uE000';

	private static final char CLOSE = '\uE001';

	/** The placeholder of argument {@code index}, to format a message with. */
	public String slot(int index) {
		return OPEN + Integer.toString(index) + CLOSE;
	}

	/** The message's text runs and argument slots, in order. */
	public List<Part> split(String formatted) {
		List<Part> parts = new ArrayList<>();
		int from = 0;
		while (from < formatted.length()) {
			int open = formatted.indexOf(OPEN, from);
			int close = (open < 0) ? -1 : formatted.indexOf(CLOSE, open);
			if (open < 0 || close < 0) {
				parts.add(new Part(formatted.substring(from), -1));
				break;
			}
			if (open > from) {
				parts.add(new Part(formatted.substring(from, open), -1));
			}
			parts.add(new Part("", Integer.parseInt(formatted.substring(open + 1, close))));
			from = close + 1;
		}
		return parts;
	}

	/**
	 * A run of the message's own text ({@code slot} -1), or the place of argument
	 * {@code slot}.
	 */
	public record Part(String text, int slot) {

		public boolean isText() {
			return this.slot < 0;
		}

	}

}
