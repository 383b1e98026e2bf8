package ma.hcp.simimo.glossary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The links and hidden form fields of the builder page. Each one carries the current
 * selection and settings: in the URL while it is short enough to share
 * ({@link #LINK_LIMIT}), else only in the page's POST forms.
 */
public final class BuilderLinks {

	/** The selection parameters, in the order they appear in a URL. */
	static final List<String> KEYS = List.of("concepts", "langs", "order", "orderLang", "layout", "content");

	/**
	 * The longest address the builder redirects to or links to: well within the 8 KB
	 * Tomcat allows for all of a response's headers, and the 32 KB of request headers the
	 * application accepts. A longer selection travels in POST forms only.
	 */
	static final int LINK_LIMIT = 4000;

	private final Map<String, String> parameters;

	private final String search;

	private final String savedId;

	BuilderLinks(GlossaryRequest request, String search, String savedId) {
		Map<String, String> unordered = request.parameters();
		this.parameters = new LinkedHashMap<>();
		KEYS.forEach((key) -> this.parameters.put(key, unordered.get(key)));
		this.search = search;
		this.savedId = savedId;
	}

	/** The selection parameters, for hidden inputs. */
	public Map<String, String> hidden() {
		return this.parameters;
	}

	/**
	 * The builder with this selection: the URL to share, or to edit a saved glossary as
	 * new.
	 */
	public String builder() {
		return "/glossary?" + query(this.parameters);
	}

	/**
	 * Whether the selection fits in a link: else it is shared by saving or posting it.
	 */
	public boolean shareable() {
		return current().length() <= LINK_LIMIT;
	}

	/** The builder with this selection and the search kept. */
	public String current() {
		return this.search.isEmpty() ? builder() : builder() + "&q=" + encode(this.search);
	}

	/**
	 * The glossary in {@code format}: a saved glossary exports with its saved settings, a
	 * selection with the settings in the URL.
	 */
	public String export(String format) {
		if (this.savedId != null) {
			return "/glossary/" + this.savedId + "/export?format=" + encode(format);
		}
		return "/glossary/export?" + query(this.parameters) + "&format=" + encode(format);
	}

	private static String query(Map<String, String> parameters) {
		StringJoiner query = new StringJoiner("&");
		parameters.forEach((key, value) -> query.add(key + "=" + encode(value)));
		return query.toString();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
