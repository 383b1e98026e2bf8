package ma.hcp.simimo.web;

import java.util.Locale;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;

import ma.hcp.simimo.kernel.TestMessages;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An /api failure nobody foresaw is a 500 problem; a page's is left to the error page.
 */
class ErrorPagesTests {

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing())
		.setControllerAdvice(new ErrorPages(TestMessages.bundles()))
		.setLocaleResolver(new FixedLocaleResolver(Locale.ENGLISH))
		.build();

	@Test
	void answersAnUnforeseenApiFailureWithA500ProblemThatShowsNoInternals() throws Exception {
		this.mvc.perform(get("/api/failing").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isInternalServerError())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("about:blank"))
			.andExpect(jsonPath("$.title").isNotEmpty())
			.andExpect(jsonPath("$.status").value(500))
			.andExpect(jsonPath("$.detail").value(containsString("500")))
			.andExpect(jsonPath("$.instance").value("/api/failing"))
			.andExpect(content().string(not(containsString("store closed"))));
	}

	@Test
	void leavesAnUnforeseenPageFailureToTheErrorPage() {
		assertThatThrownBy(() -> this.mvc.perform(get("/failing").accept(MediaType.TEXT_HTML)))
			.isInstanceOf(ServletException.class)
			.hasRootCauseMessage("store closed");
	}

	@RestController
	static class Failing {

		@GetMapping({ "/api/failing", "/failing" })
		@ResponseBody
		String fail() {
			throw new IllegalStateException("store closed");
		}

	}

}
