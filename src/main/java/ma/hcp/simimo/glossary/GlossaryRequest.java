package ma.hcp.simimo.glossary;

import ma.hcp.simimo.kernel.LanguagePolicy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

import ma.hcp.simimo.kernel.BadRequestException;

/**
 * What a trainer asks of a glossary, read from request parameters and checked: which
 * concepts, in which languages, in which order, laid out how, with which content.
 *
 * @param concepts the concept IRIs, in the order picked, without repeats
 * @param languages one to three of fr, ar and en, in the order asked
 * @param order alphabetical, family or scheme (the scheme hierarchy)
 * @param orderLanguage the language of the alphabetical order
 * @param layout side (languages side by side) or sequence (one after another)
 * @param content what each entry shows, among {@link #CONTENT}
 */
public record GlossaryRequest(List<String> concepts, List<String> languages, String order, String orderLanguage,
		String layout, Set<String> content) {

	/**
	 * At most this many concepts in one glossary: a printed glossary of more is not read.
	 */
	public static final int MAX_CONCEPTS = 1000;

	private static final Pattern HTTP_WITH_HOST = Pattern.compile("https?://[^/?#\\s]+");

	public static final List<String> LANGUAGES = LanguagePolicy.SUPPORTED;

	public static final List<String> ORDERS = List.of("alphabetical", "family", "scheme");

	public static final List<String> LAYOUTS = List.of("side", "sequence");

	public static final List<String> CONTENT = List.of("definition", "source", "counterpart", "divergences", "related",
			"datasets");

	public GlossaryRequest {
		concepts = List.copyOf(concepts);
		languages = List.copyOf(languages);
		content = Set.copyOf(content);
	}

	/**
	 * Reads and checks the parameters: concepts (comma-separated IRIs), langs, order,
	 * orderLang, layout and content (comma-separated); each missing one takes its
	 * default.
	 * @throws BadRequestException naming the parameter and the value at fault
	 */
	public static GlossaryRequest from(Map<String, String> parameters) {
		List<String> concepts = concepts(parameters.getOrDefault("concepts", ""));
		List<String> languages = choices("langs", parameters.getOrDefault("langs", "fr"), LANGUAGES);
		if (languages.isEmpty()) {
			throw new BadRequestException("glossary.error.noLanguage");
		}
		String order = choice("order", parameters.getOrDefault("order", "alphabetical"), ORDERS);
		String orderLanguage = parameters.getOrDefault("orderLang", "").isBlank() ? languages.get(0)
				: choice("orderLang", parameters.get("orderLang"), LANGUAGES);
		String layout = choice("layout", parameters.getOrDefault("layout", "side"), LAYOUTS);
		String contentParameter = parameters.getOrDefault("content", String.join(",", CONTENT));
		Set<String> content = new LinkedHashSet<>(choices("content", contentParameter, CONTENT));
		return new GlossaryRequest(concepts, languages, order, orderLanguage, layout, content);
	}

	public boolean shows(String part) {
		return this.content.contains(part);
	}

	public boolean isEmpty() {
		return this.concepts.isEmpty();
	}

	/**
	 * The parameters that ask for this glossary again, for a URL that shares the
	 * selection.
	 */
	public Map<String, String> parameters() {
		List<String> ordered = CONTENT.stream().filter(this.content::contains).toList();
		return Map.of("concepts", String.join(",", this.concepts), "langs", String.join(",", this.languages), "order",
				this.order, "orderLang", this.orderLanguage, "layout", this.layout, "content",
				String.join(",", ordered));
	}

	private static List<String> concepts(String parameter) {
		Set<String> concepts = new LinkedHashSet<>();
		for (String part : parameter.split("[,\\s]+")) {
			String iri = part.strip();
			if (iri.isEmpty()) {
				continue;
			}
			if (!isAbsoluteHttpIri(iri)) {
				throw new BadRequestException("glossary.error.iri", abbreviate(iri));
			}
			concepts.add(iri);
			if (concepts.size() > MAX_CONCEPTS) {
				throw new BadRequestException("glossary.error.tooMany", String.valueOf(MAX_CONCEPTS));
			}
		}
		return new ArrayList<>(concepts);
	}

	private static boolean isAbsoluteHttpIri(String iri) {
		try {
			// IRIx, as the linked-data pages use, checks the IRI rules (Arabic letters
			// allowed); the pattern asks for an http(s) scheme and a host.
			return IRIx.create(iri).isReference() && HTTP_WITH_HOST.matcher(iri).lookingAt();
		}
		catch (IRIException ex) {
			return false;
		}
	}

	private static List<String> choices(String parameter, String value, List<String> allowed) {
		Set<String> chosen = new LinkedHashSet<>();
		for (String part : value.split(",")) {
			String choice = part.strip().toLowerCase(Locale.ROOT);
			if (choice.isEmpty()) {
				continue;
			}
			chosen.add(check(parameter, choice, allowed));
		}
		return new ArrayList<>(chosen);
	}

	private static String choice(String parameter, String value, List<String> allowed) {
		return check(parameter, value.strip().toLowerCase(Locale.ROOT), allowed);
	}

	private static String check(String parameter, String value, List<String> allowed) {
		if (!allowed.contains(value)) {
			throw new BadRequestException("glossary.error.choice", parameter, abbreviate(value),
					String.join(", ", allowed));
		}
		return value;
	}

	private static String abbreviate(String value) {
		return (value.length() > 120) ? value.substring(0, 120) + "…" : value;
	}

}
