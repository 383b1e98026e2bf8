package ma.hcp.simimo.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What an attacker puts in a parameter or a path segment, each already in the form it
 * takes in a URL: SPARQL and Lucene injection, markup and template expressions, control
 * characters, invalid UTF-8, header injection, path traversal, huge and negative numbers,
 * and bombs.
 */
public final class HostilePayloads {

	/** A header name no response may carry: it would come from a payload. */
	public static final String INJECTED_HEADER = "X-Hostile-Injected";

	/** Each payload as sent (percent-encoded), with a name to report it by. */
	public record Payload(String name, String encoded, String plain) {

		/** Whether an HTML page that shows this value unescaped would run markup. */
		public boolean isMarkup() {
			return this.plain != null && this.plain.contains("<") && this.plain.matches("(?s).*<[a-zA-Z/!].*");
		}

	}

	public static final List<Payload> ALL = all();

	private HostilePayloads() {
	}

	private static List<Payload> all() {
		List<Payload> payloads = new ArrayList<>();
		plain(payloads, "sparql string breakout", "\"> } ; DROP ALL #");
		plain(payloads, "sparql iri breakout", "<x> ?p ?o } INSERT DATA { <urn:hostile:s> <urn:hostile:p> 1 } #");
		plain(payloads, "sparql triple", "<x> ?p ?o");
		plain(payloads, "sparql single quote", "' . } DELETE WHERE { ?s ?p ?o } #");
		plain(payloads, "sparql update", "DROP ALL");
		plain(payloads, "lucene all", "*:*");
		plain(payloads, "lucene range", "field:[* TO *]");
		plain(payloads, "lucene syntax", "title:(+a -b) AND \"x\"~10 OR /.*/ ^3 {a TO b}");
		plain(payloads, "lucene wildcard", "*a*b*c*d*e*f*g*h*i*j*k*l*m*n*o*p*");
		plain(payloads, "regex bomb", "(a+)+$" + "a".repeat(40) + "!");
		plain(payloads, "regex class bomb", "/(.*a){20}/");
		plain(payloads, "very long", "x".repeat(10_000));
		plain(payloads, "long iri", "https://w3id.org/simimo/concepts/" + "a/".repeat(3000));
		raw(payloads, "nul", "a%00b");
		raw(payloads, "control characters", "%01%02%07%08%0B%0C%1B%7F");
		raw(payloads, "invalid utf-8", "%C3%28%FF%FE%C0%AF");
		raw(payloads, "overlong utf-8 slash", "%C0%AF..%C0%AFetc");
		raw(payloads, "lone surrogate", "%ED%A0%80");
		raw(payloads, "crlf header injection", "x%0D%0A" + INJECTED_HEADER + ":%20yes%0D%0ASet-Cookie:%20hostile=1");
		raw(payloads, "lf header injection", "x%0A" + INJECTED_HEADER + ":%20yes");
		plain(payloads, "path traversal", "../../etc/passwd");
		raw(payloads, "encoded traversal", "..%2F..%2F..%2Fetc%2Fpasswd");
		plain(payloads, "windows traversal", "..\\..\\windows\\win.ini");
		plain(payloads, "file iri", "file:///etc/passwd");
		plain(payloads, "iri with space and bracket", "https://w3id.org/simimo/a b> <c");
		plain(payloads, "iri with quote", "https://w3id.org/simimo/concepts/x\"> ; <urn:p> \"y");
		plain(payloads, "template expression", "${7*7}");
		plain(payloads, "thymeleaf inline", "[[${7*7}]]");
		plain(payloads, "thymeleaf preprocessing", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x");
		plain(payloads, "spel", "#{T(java.lang.System).exit(1)}");
		plain(payloads, "script tag", "<script>window.__hostile=1</script>");
		plain(payloads, "attribute breakout", "\"><img src=x onerror=window.__hostile=1>");
		plain(payloads, "svg", "<svg/onload=window.__hostile=1>");
		plain(payloads, "javascript url", "javascript:window.__hostile=1");
		plain(payloads, "rtl override", "\u202Egnp.exe\u202C");
		plain(payloads, "huge number", "99999999999999999999999999999999");
		plain(payloads, "negative", "-1");
		plain(payloads, "min int", "-2147483648");
		plain(payloads, "exponent", "1e309");
		plain(payloads, "json bomb", "[".repeat(2000) + "]".repeat(2000));
		plain(payloads, "xml bomb",
				"<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><l>&c;</l>");
		plain(payloads, "xxe", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>");
		plain(payloads, "empty", "");
		plain(payloads, "comma list", ",,,,,,,,,,,,,,,,,,,,");
		return List.copyOf(payloads);
	}

	private static void plain(List<Payload> payloads, String name, String value) {
		payloads.add(new Payload(name, URLEncoder.encode(value, StandardCharsets.UTF_8), value));
	}

	private static void raw(List<Payload> payloads, String name, String encoded) {
		payloads.add(new Payload(name, encoded, null));
	}

}
