package ma.hcp.simimo.account;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ma.hcp.simimo.CookieSession;
import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.RunningApplication;
import ma.hcp.simimo.TestStoreDirectories;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing of the private store reaches a public path (decision 0019): an account's
 * password hash, its IRI and user name, and the title of its private glossary are looked
 * for in /sparql (every graph, and the text index), the linked data, search, facets and
 * autocomplete, every export (the catalogue, the gap tables as CSV and XLSX, the glossary
 * exports) and the service description, and never found; nor does the public glossary the
 * same account saved carry any trace of it.
 */
class PrivateDataLeakIntegrationTests extends RunningApplication {

	private static final String USER = "zqleakprobe";

	private static final String PASSWORD = "the leak probe's password";

	private static final String PRIVATE_TITLE = "Zqprivatetitle glossaire";

	private static final String CONCEPT = "https://w3id.org/simimo/concepts/un-1998/long-term-migrant";

	@Autowired
	AccountRepository accounts;

	// Saved once for the class, as ContentNegotiationIntegrationTests does.
	private static Account account;

	private static List<String> needles;

	private static String privateId;

	private static String publicId;

	@BeforeEach
	void anAccountWithAPrivateAndAPublicGlossary() {
		if (account != null) {
			return;
		}
		account = this.accounts.byUserName(USER)
			.orElseGet(() -> this.accounts.create(USER, "Zq Leak Probe", PASSWORD, Set.of(), Set.of()));
		HttpTestClient author = new HttpTestClient(this.port).signIn(USER, PASSWORD);
		String selection = "concepts=" + HttpTestClient.encode(CONCEPT) + "&langs=fr";
		privateId = id(author.submitForm("/glossary?" + selection, "/glossary",
				"title=" + HttpTestClient.encode(PRIVATE_TITLE) + "&visibility=private&" + selection));
		publicId = id(author.submitForm("/glossary?" + selection, "/glossary",
				"title=Listed&visibility=public&" + selection));
		needles = List.of(account.passwordHash().orElseThrow(), account.iri(), USER, "Zq Leak Probe", PRIVATE_TITLE,
				"Zqprivatetitle", privateId, account.passwordHash().orElseThrow().substring("{bcrypt}".length()));
	}

	@Test
	void theSparqlEndpointFindsNothingInAnyGraphNorInTheTextIndex() {
		PrivateDataProbe.assertNotInSparql(this.http, needles, List.of(USER, "Zqprivatetitle"));
	}

	@Test
	void theLinkedDataSearchAndAutocompleteShowNothingOfIt() {
		assertThat(this.http.get("/resource?uri=" + HttpTestClient.encode(account.iri()), "text/turtle").statusCode())
			.isEqualTo(404);
		assertThat(this.http.get("/glossaries/" + privateId, "text/turtle").statusCode()).isEqualTo(404);
		assertThat(this.http.get("/glossary/" + privateId, "text/html").statusCode()).isEqualTo(404);
		assertThat(this.http.get("/glossary/" + privateId + "/export?format=ttl", null).statusCode()).isEqualTo(404);
		for (String path : List.of("/glossaries/" + publicId, "/glossary/" + publicId)) {
			assertAbsent(path, this.http.get(path, "text/turtle"));
			assertAbsent(path, this.http.get(path, "text/html"));
		}
		// The search page repeats what was searched for: each search is checked for the
		// other needles, and for no hit at all.
		for (String query : List.of(USER, "Zqprivatetitle")) {
			HttpResponse<String> page = this.http.get("/search?q=" + HttpTestClient.encode(query), "text/html");
			assertAbsent("search " + query, page, query);
			assertThat(page.body()).as("search " + query).doesNotContain("class=\"hit\" data-type");
			assertAbsent("api search " + query,
					this.http.get("/api/search?q=" + HttpTestClient.encode(query), "application/json"), query);
			assertAbsent("suggest " + query, this.http
				.get("/api/suggest?q=" + HttpTestClient.encode(query.substring(0, 5)), "application/json"));
		}
		assertAbsent("facets", this.http.get("/search?q=migrant", "text/html"));
		assertAbsent("glossary list", this.http.get("/glossary", "text/html"));
	}

	@Test
	void noExportCarriesIt() {
		assertAbsent("catalogue", this.http.get("/catalogue", "text/turtle"));
		for (String table : List.of("divergences", "consistency", "periods", "classifications", "scores", "indicators",
				"actions")) {
			assertAbsent(table + " csv", this.http.get("/gaps/" + table + "?format=csv", null));
			assertAbsentInXlsx(table, "/gaps/" + table + "?format=xlsx");
		}
		for (String format : List.of("csv", "ttl", "html", "docx", "xlsx")) {
			String path = "/glossary/" + publicId + "/export?format=" + format;
			if (format.equals("docx") || format.equals("xlsx")) {
				assertAbsentInXlsx(format, path);
			}
			else {
				assertAbsent(path, this.http.get(path, null));
			}
		}
		assertAbsent("glossary export of a selection",
				this.http.get("/glossary/export?format=ttl&concepts=" + HttpTestClient.encode(CONCEPT), null));
	}

	@Test
	void theAuthorStillSeesTheirPrivateGlossary() {
		CookieSession author = CookieSession.signedIn(this.http, USER, PASSWORD);
		assertThat(author.get("/glossary/" + privateId).body()).contains(PRIVATE_TITLE);
		assertThat(author.get("/glossary/mine").body()).contains(PRIVATE_TITLE).contains("/glossary/" + publicId);
	}

	private void assertAbsent(String what, HttpResponse<String> response) {
		assertAbsent(what, response, null);
	}

	/** As above, except for {@code echoed}, which the page repeats from the request. */
	private void assertAbsent(String what, HttpResponse<String> response, String echoed) {
		assertThat(response.statusCode()).as(what).isLessThan(500);
		for (String needle : needles) {
			if (echoed == null || !echoed.contains(needle) && !needle.contains(echoed)) {
				assertThat(response.body()).as(what + " holds " + needle).doesNotContain(needle);
			}
		}
	}

	/** An Office file is a zip: every entry's text is searched. */
	private void assertAbsentInXlsx(String what, String path) {
		HttpResponse<byte[]> response = this.http.sendForBytes(this.http.request(path).GET());
		assertThat(response.statusCode()).as(what).isEqualTo(200);
		StringBuilder text = new StringBuilder();
		try {
			Path file = Files.createTempFile(TestStoreDirectories.fresh("leak"), "export", ".zip");
			Files.write(file, response.body());
			try (ZipFile zip = new ZipFile(file.toFile())) {
				List<String> names = new ArrayList<>();
				for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
					names.add(entry.getName());
					try (InputStream in = zip.getInputStream(entry)) {
						text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
					}
				}
				assertThat(names).as(what).isNotEmpty();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		for (String needle : needles) {
			assertThat(text.toString()).as(what + " holds " + needle).doesNotContain(needle);
		}
	}

	private static String id(HttpResponse<String> saved) {
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
		String location = saved.headers().firstValue("Location").orElseThrow();
		return location.substring(location.lastIndexOf('/') + 1);
	}

}
