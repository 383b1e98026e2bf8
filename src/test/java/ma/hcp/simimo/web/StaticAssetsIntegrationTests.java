package ma.hcp.simimo.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import ma.hcp.simimo.HttpTestClient;
import ma.hcp.simimo.RunningApplication;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The icon, the versioned and long-cached stylesheet and scripts, compressed answers, and
 * pages that are never cached (decision 0026).
 */
class StaticAssetsIntegrationTests extends RunningApplication {

	private static final Pattern STYLESHEET = Pattern.compile("href=\"(/css/simimo-[0-9a-f]{32}\\.css)\"");

	@Test
	void servesARealIconAtFaviconIco() {
		HttpResponse<byte[]> icon = this.http.sendForBytes(this.http.request("/favicon.ico"));
		assertThat(icon.statusCode()).isEqualTo(200);
		// An ICO file starts with reserved 0, type 1 (icon) and its image count.
		assertThat(icon.body()).startsWith(0, 0, 1, 0);
		assertThat(icon.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).isIn("image/x-icon", "image/vnd.microsoft.icon"));
		assertThat(this.http.get("/", "text/html").body()).contains("<link rel=\"icon\" href=\"/favicon.ico\"");
	}

	@Test
	void linksTheStylesheetUnderItsContentHashAndCachesItForAYear() {
		String page = this.http.get("/", "text/html").body();
		Matcher link = STYLESHEET.matcher(page);
		assertThat(link.find()).as("the page links a versioned stylesheet").isTrue();
		HttpResponse<String> stylesheet = this.http.get(link.group(1), "text/css");
		assertThat(stylesheet.statusCode()).isEqualTo(200);
		assertThat(stylesheet.body()).contains("--accent");
		assertThat(stylesheet.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
		assertThat(this.http.get("/css/simimo-00000000000000000000000000000000.css", "text/css").statusCode())
			.as("a hash that is not the file's")
			.isEqualTo(404);
	}

	@Test
	void versionsTheScriptsOfTheSearchAndQueryPages() {
		assertThat(this.http.get("/search?q=migration", "text/html").body())
			.containsPattern("src=\"/js/search-suggest-[0-9a-f]{32}\\.js\"");
		String sparql = this.http.get("/sparql", "text/html").body();
		assertThat(sparql).containsPattern("src=\"/js/sparql-page-[0-9a-f]{32}\\.js\"");
		Matcher yasgui = Pattern.compile("src=\"(/webjars/[^\"]+yasgui\\.min\\.js)\"").matcher(sparql);
		assertThat(yasgui.find()).isTrue();
		assertThat(this.http.get(yasgui.group(1), "*/*").headers().firstValue("Cache-Control"))
			.hasValue("max-age=31536000, public, immutable");
	}

	@Test
	void compressesScriptsAndPagesForAClientThatAcceptsGzip() throws IOException {
		String sparql = this.http.get("/sparql", "text/html").body();
		Matcher yasgui = Pattern.compile("src=\"(/webjars/[^\"]+yasgui\\.min\\.js)\"").matcher(sparql);
		assertThat(yasgui.find()).isTrue();
		HttpResponse<byte[]> plain = this.http.sendForBytes(this.http.request(yasgui.group(1)));
		HttpResponse<byte[]> gzipped = this.http
			.sendForBytes(this.http.request(yasgui.group(1)).header("Accept-Encoding", "gzip"));
		assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gzipped.body().length).isLessThan(plain.body().length / 2);
		try (GZIPInputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
			assertThat(unzipped.readAllBytes()).isEqualTo(plain.body());
		}
		HttpResponse<byte[]> home = this.http
			.sendForBytes(this.http.request("/").header("Accept", "text/html").header("Accept-Encoding", "gzip"));
		assertThat(home.headers().firstValue("Content-Encoding")).hasValue("gzip");
	}

	@Test
	void keepsPagesOutOfCachesAndASignedInViewersPagePrivate() {
		assertThat(this.http.get("/", "text/html").headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("no-store"));
		HttpTestClient signedIn = new HttpTestClient(this.port).signIn(ADMIN, ADMIN_PASSWORD);
		assertThat(signedIn.get("/datasets/enmi-2018-2019", "text/html").headers().firstValue("Cache-Control"))
			.hasValue("private, no-store");
	}

}
