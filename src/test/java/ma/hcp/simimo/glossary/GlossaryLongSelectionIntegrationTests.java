package ma.hcp.simimo.glossary;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.RunningApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A selection of every concept on the seed content, built as a trainer does with one "add
 * all" per scheme. The selection once travelled in each redirect's Location header, and
 * past 8 KB the builder answered an empty 500; now the forms post it.
 */
class GlossaryLongSelectionIntegrationTests extends RunningApplication {

	private static final Pattern HIDDEN = Pattern
		.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

	private static final Pattern ADD_SCHEME = Pattern.compile("name=\"addScheme\" value=\"([^\"]+)\"");

	private static final Pattern SCHEME = Pattern.compile("<li data-scheme=\"([^\"]+)\"");

	private static final Pattern OFFERED = Pattern.compile("name=\"add\" value=\"([^\"]+)\"");

	@Test
	void addsEverySchemeOneAfterTheOtherThroughTheFormsWithoutA500() {
		HttpResponse<String> page = this.http.get("/glossary", "text/html");
		List<String> schemes = all(ADD_SCHEME, page.body());
		Set<String> everything = new LinkedHashSet<>(all(OFFERED, page.body()));
		assertThat(schemes).hasSizeGreaterThan(20);

		for (String scheme : schemes) {
			Map<String, String> form = hiddenFields(page.body(), "glossary-add-scheme");
			form.put("addScheme", scheme);
			HttpResponse<String> answer = this.http.post("/glossary/builder", "application/x-www-form-urlencoded",
					encode(form), "text/html");
			assertThat(answer.statusCode()).as(scheme).isIn(200, 302, 303);
			if (answer.statusCode() != 200) {
				String location = answer.headers().firstValue("Location").orElseThrow();
				assertThat(location.length()).isLessThanOrEqualTo(BuilderLinks.LINK_LIMIT);
				answer = this.http.get(location, "text/html");
				assertThat(answer.statusCode()).as(scheme).isEqualTo(200);
			}
			page = answer;
		}

		String selection = hiddenFields(page.body(), "glossary-add-scheme").get("concepts");
		assertThat(HttpTestClient.encode(selection).length()).as("the selection, longer than a link may be")
			.isGreaterThan(BuilderLinks.LINK_LIMIT);
		assertThat(Set.of(selection.split(","))).containsExactlyInAnyOrderElementsOf(everything);
		assertThat(page.body()).contains(everything.size() + " concepts sélectionnés")
			.contains("Cette sélection est trop longue pour tenir dans un lien")
			.doesNotContain("class=\"share\"");

		// Removing one and downloading the rest go through the page's forms too.
		Map<String, String> remove = hiddenFields(page.body(), "glossary-remove");
		String first = everything.iterator().next();
		remove.put("remove", first);
		HttpResponse<String> removed = this.http.post("/glossary/builder", "application/x-www-form-urlencoded",
				encode(remove), "text/html");
		assertThat(removed.statusCode()).isEqualTo(200);
		assertThat(removed.body()).contains((everything.size() - 1) + " concepts sélectionnés");
		assertThat(removed.body()).contains("<form class=\"exports\"").contains("name=\"format\" value=\"csv\"");
	}

	@Test
	void aLongSelectionSentTheOldWayIsRenderedInsteadOfRedirected() {
		HttpResponse<String> page = this.http.get("/glossary", "text/html");
		List<String> schemes = all(SCHEME, page.body());
		StringJoiner concepts = new StringJoiner(",");
		for (String concept : all(OFFERED, page.body())) {
			if (concepts.length() > 9000) {
				break;
			}
			concepts.add(concept);
		}

		HttpResponse<String> answer = this.http.get("/glossary?concepts=" + HttpTestClient.encode(concepts.toString())
				+ "&addScheme=" + HttpTestClient.encode(schemes.get(schemes.size() - 1)), "text/html");

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("concepts sélectionnés").contains("glossary-add-scheme");
	}

	@Test
	void anAddressTooLongForTheServerGetsAnAnswerWithABody() {
		String concepts = "https://w3id.org/simimo/concepts/un-1998/long-term-migrant,".repeat(700);
		HttpResponse<String> answer = this.http.get("/glossary?concepts=" + HttpTestClient.encode(concepts),
				"text/html");
		assertThat(answer.statusCode()).isNotEqualTo(500).isBetween(400, 499);
		assertThat(answer.body()).isNotBlank();
	}

	private static Map<String, String> hiddenFields(String page, String formClass) {
		int start = page.indexOf("<form class=\"" + formClass + "\"");
		assertThat(start).as(formClass).isNotNegative();
		String form = page.substring(start, page.indexOf("</form>", start));
		Map<String, String> fields = new LinkedHashMap<>();
		Matcher hidden = HIDDEN.matcher(form);
		while (hidden.find()) {
			fields.put(hidden.group(1), unescape(hidden.group(2)));
		}
		return fields;
	}

	private static List<String> all(Pattern pattern, String page) {
		List<String> values = new ArrayList<>();
		Matcher matcher = pattern.matcher(page);
		while (matcher.find()) {
			values.add(unescape(matcher.group(1)));
		}
		return values;
	}

	private static String unescape(String html) {
		return html.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&amp;", "&");
	}

	private static String encode(Map<String, String> form) {
		StringJoiner body = new StringJoiner("&");
		form.forEach((name, value) -> body.add(name + "=" + HttpTestClient.encode(value)));
		return body.toString();
	}

}
