package ma.hcp.simimo.web;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/** The choice among the resource paths' offers, by RFC 9110's rule for q-values. */
class ResourceNegotiationTests {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|',
			value = { "*/*|text/turtle", "''|text/turtle", "text/html|text/html",
					"text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8|text/html",
					"text/html;q=0, */*;q=0.8|text/turtle", "text/*;q=0.5, text/html;q=0.4|text/turtle",
					"text/*, text/turtle;q=0|text/html", "application/*;q=0.9, text/html;q=0.8|application/ld+json",
					"application/trig;q=0.95, application/n-quads|application/n-quads",
					"text/turtle;charset=UTF-8;q=0.3, text/*;q=0.2|text/turtle",
					"text/turtle;q=0.5, text/turtle;charset=UTF-8;q=0.9|text/turtle",
					"application/*+json|application/ld+json", "text/html;q=0|none", "image/png|none",
					"application/json|none", "*/*;q=0|none", "text/html;q=0, image/*|none" })
	void givesEachOfferTheQualityOfTheMostSpecificRangeThatIncludesIt(String accept, String expected) {
		Optional<MediaType> chosen = ResourceNegotiation.choose(MediaType.parseMediaTypes(accept),
				ResourceNegotiation.OFFERS);

		assertThat(chosen.map((type) -> type.getType() + "/" + type.getSubtype()).orElse("none")).isEqualTo(expected);
	}

}
