package ma.hcp.simimo.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessageSlotsTests {

	private final MessageSlots slots = new MessageSlots();

	@Test
	void cutsAFormattedMessageAtItsArgumentsInTheMessagesOrder() {
		String formatted = "يقيس المفهوم «" + this.slots.slot(0) + "» المرتبط بـ «" + this.slots.slot(1) + "»";
		assertThat(this.slots.split(formatted)).containsExactly(new MessageSlots.Part("يقيس المفهوم «", -1),
				new MessageSlots.Part("", 0), new MessageSlots.Part("» المرتبط بـ «", -1), new MessageSlots.Part("", 1),
				new MessageSlots.Part("»", -1));
	}

	@Test
	void keepsAMessageWithoutArgumentsWhole() {
		assertThat(this.slots.split("التعريف أو الوصف")).containsExactly(new MessageSlots.Part("التعريف أو الوصف", -1));
		assertThat(this.slots.split("")).isEqualTo(List.of());
	}

}
