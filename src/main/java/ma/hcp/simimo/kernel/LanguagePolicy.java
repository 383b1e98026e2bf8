package ma.hcp.simimo.kernel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one language policy: the languages SIMIMO speaks (French first, then English and
 * Arabic), the direction each is written in, and the order in which a text is looked for
 * when it is missing in the reader's language: that language, then French, English,
 * Arabic, an untagged literal, any other tag, and last the IRI's local name. A text not
 * in the reader's language is a fallback: it keeps its own language tag and direction,
 * and pages mark it (the {@code fragments/text :: localized} fragment).
 */
public final class LanguagePolicy {

	public static final String FRENCH = "fr";

	public static final String ENGLISH = "en";

	public static final String ARABIC = "ar";

	/**
	 * The languages of the interface and of the content, in the order they are offered.
	 */
	public static final List<String> SUPPORTED = List.of(FRENCH, ENGLISH, ARABIC);

	/** The language of a reader who asked for none, or for one SIMIMO does not speak. */
	public static final String DEFAULT = FRENCH;

	/** The tag of a literal that has none. */
	public static final String UNTAGGED = "";

	private static final List<String> RIGHT_TO_LEFT = List.of(ARABIC);

	private LanguagePolicy() {
	}

	/** The supported languages as locales, French first. */
	public static List<Locale> locales() {
		return SUPPORTED.stream().map(Locale::forLanguageTag).toList();
	}

	/**
	 * The primary subtag of a language tag, in lower case ("fr-MA" is "fr"); "" for none.
	 */
	public static String primary(String tag) {
		if (tag == null || tag.isEmpty()) {
			return UNTAGGED;
		}
		int dash = tag.indexOf('-');
		return ((dash < 0) ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
	}

	public static boolean isSupported(String tag) {
		return SUPPORTED.contains(primary(tag));
	}

	/** The supported language the tag names, else the default language. */
	public static String supportedOrDefault(String tag) {
		String primary = primary(tag);
		return SUPPORTED.contains(primary) ? primary : DEFAULT;
	}

	/** The supported locale of the same language, else the default one. */
	public static Locale supportedOrDefault(Locale locale) {
		return Locale.forLanguageTag(supportedOrDefault((locale == null) ? null : locale.getLanguage()));
	}

	/** "rtl" for a language written right to left (Arabic), else "ltr". */
	public static String direction(String tag) {
		return isRightToLeft(tag) ? "rtl" : "ltr";
	}

	public static boolean isRightToLeft(String tag) {
		return RIGHT_TO_LEFT.contains(primary(tag));
	}

	/**
	 * The tags to look for, in order, for a reader of {@code language}: that language,
	 * then French, English and Arabic, then untagged ("").
	 */
	public static List<String> fallbackOrder(String language) {
		List<String> order = new ArrayList<>();
		order.add(primary(language));
		for (String tag : SUPPORTED) {
			if (!order.contains(tag)) {
				order.add(tag);
			}
		}
		if (!order.contains(UNTAGGED)) {
			order.add(UNTAGGED);
		}
		return order;
	}

	/**
	 * The candidate to show a reader of {@code language}: the first in
	 * {@link #fallbackOrder(String)} order, then the first with any other tag. Among
	 * candidates of one language the first given wins, so callers pass them in their
	 * preferred order (label properties first to last).
	 */
	public static <T> Optional<T> pick(Collection<T> candidates, Function<T, String> languageOf, String language) {
		for (String tag : fallbackOrder(language)) {
			for (T candidate : candidates) {
				if (primary(languageOf.apply(candidate)).equals(tag)) {
					return Optional.of(candidate);
				}
			}
		}
		return candidates.stream().findFirst();
	}

	/**
	 * The text to show a reader of {@code language} among texts in several languages:
	 * chosen by {@link #pick}, marked as a fallback when not in the reader's language.
	 */
	public static LocalizedText choose(Collection<LocalizedText> texts, String language) {
		return pick(texts.stream().filter(LocalizedText::isPresent).toList(), LocalizedText::language, language)
			.map((text) -> shown(text.text(), text.language(), language))
			.orElse(LocalizedText.none());
	}

	/**
	 * The label of a resource: as {@link #choose}, and when there is none the local name
	 * of its IRI, marked as a fallback.
	 */
	public static LocalizedText label(Collection<LocalizedText> labels, String language, String iri) {
		LocalizedText chosen = choose(labels, language);
		return chosen.isPresent() ? chosen : new LocalizedText(localName(iri), UNTAGGED, true);
	}

	/** A text in {@code tag} as shown to a reader of {@code language}. */
	public static LocalizedText shown(String text, String tag, String language) {
		return new LocalizedText(text, (tag == null) ? UNTAGGED : tag, !primary(tag).equals(primary(language)));
	}

	/**
	 * What follows the last '#' or '/' of an IRI (the IRI itself when nothing does), the
	 * name of last resort.
	 */
	public static String localName(String iri) {
		if (iri == null) {
			return "";
		}
		String trimmed = iri.endsWith("/") || iri.endsWith("#") ? iri.substring(0, iri.length() - 1) : iri;
		int cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('#'));
		String name = (cut < 0) ? trimmed : trimmed.substring(cut + 1);
		return name.isEmpty() ? iri : name;
	}

}
