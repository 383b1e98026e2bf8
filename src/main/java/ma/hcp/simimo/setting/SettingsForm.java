package ma.hcp.simimo.setting;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import ma.hcp.simimo.store.RuntimeSettings.Key;

import static ma.hcp.simimo.kernel.FormValues.clean;

/**
 * The settings form as typed: the two sign-in thresholds and the glossary cap as digits,
 * the site notice in French, English and Arabic. Null fields, as a crafted request may
 * send, are read as empty.
 *
 * @param signInFailuresPerUser failures for one user name before it is refused
 * @param signInFailuresPerAddress failures from one address before it is refused
 * @param glossaryMaxSaved how many glossaries may be saved
 * @param noticeFr the French notice
 * @param noticeEn the English notice
 * @param noticeAr the Arabic notice
 */
public record SettingsForm(String signInFailuresPerUser, String signInFailuresPerAddress, String glossaryMaxSaved,
		String noticeFr, String noticeEn, String noticeAr) {

	public SettingsForm {
		signInFailuresPerUser = clean(signInFailuresPerUser);
		signInFailuresPerAddress = clean(signInFailuresPerAddress);
		glossaryMaxSaved = clean(glossaryMaxSaved);
		noticeFr = clean(noticeFr);
		noticeEn = clean(noticeEn);
		noticeAr = clean(noticeAr);
	}

	/** The values by setting: digits for a number, texts by language for the notice. */
	Map<Key, Map<String, String>> values() {
		Map<Key, Map<String, String>> values = new EnumMap<>(Key.class);
		values.put(Key.SIGN_IN_FAILURES_PER_USER, number(this.signInFailuresPerUser));
		values.put(Key.SIGN_IN_FAILURES_PER_ADDRESS, number(this.signInFailuresPerAddress));
		values.put(Key.GLOSSARY_MAX_SAVED, number(this.glossaryMaxSaved));
		Map<String, String> notice = new LinkedHashMap<>();
		for (Map.Entry<String, String> text : Map.of("fr", this.noticeFr, "en", this.noticeEn, "ar", this.noticeAr)
			.entrySet()) {
			if (!text.getValue().isEmpty()) {
				notice.put(text.getKey(), text.getValue());
			}
		}
		values.put(Key.SITE_NOTICE, notice);
		return values;
	}

	/** A number as one value under no language; an empty field as no value at all. */
	private static Map<String, String> number(String digits) {
		return digits.isEmpty() ? Map.of() : Map.of("", digits);
	}

}
