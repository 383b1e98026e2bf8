package ma.hcp.simimo.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import ma.hcp.simimo.access.AccountPrincipal;
import ma.hcp.simimo.access.Action;
import ma.hcp.simimo.access.Permissions;
import ma.hcp.simimo.access.Viewer;
import ma.hcp.simimo.kernel.LanguagePolicy;
import ma.hcp.simimo.kernel.LocalizedText;
import ma.hcp.simimo.store.RecordDrafts;
import ma.hcp.simimo.store.RuntimeSettings;

import org.springframework.beans.factory.ObjectProvider;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Gives the layout what every page needs, error pages included: the current page's
 * address in each language. Called from the layout as {@code @layoutModel}, since model
 * attributes are not added to the views of exception handlers.
 */
@Component("layoutModel")
public class LayoutModel {

	private final RuntimeSettings settings;

	private final ObjectProvider<RecordDrafts> drafts;

	LayoutModel(RuntimeSettings settings, ObjectProvider<RecordDrafts> drafts) {
		this.settings = settings;
		this.drafts = drafts;
	}

	/**
	 * The site-wide notice an administrator set (decision 0025), in the reader's language
	 * or else in the first of French, English and Arabic it has, marked as a fallback;
	 * null when there is none. The layout writes it as text, so markup in it is shown,
	 * not run.
	 */
	public LocalizedText siteNotice(Locale locale) {
		Map<String, String> texts = this.settings.texts(RuntimeSettings.Key.SITE_NOTICE);
		String language = locale.getLanguage();
		if (texts.containsKey(language)) {
			return new LocalizedText(texts.get(language), language, false);
		}
		for (String other : List.of("fr", "en", "ar")) {
			if (texts.containsKey(other)) {
				return new LocalizedText(texts.get(other), other, true);
			}
		}
		return null;
	}

	/** Whether the header links to the settings page. */
	public boolean settingsPage() {
		return Permissions.allowsSome(Viewer.current(), Action.CHANGE_SETTINGS);
	}

	/**
	 * Links relative to the host, from the path and query alone: the request's
	 * {@code Host} header is the client's to write, and a link built from it would send
	 * the next reader wherever the previous client said.
	 */
	public Map<String, String> languageLinks() {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		String query = request.getQueryString();
		String current = (query == null) ? request.getRequestURI() : request.getRequestURI() + "?" + query;
		Map<String, String> links = new LinkedHashMap<>();
		for (Locale language : LanguageConfiguration.SUPPORTED) {
			links.put(language.getLanguage(),
					UriComponentsBuilder.fromUriString(current)
						.replaceQueryParam("lang", language.getLanguage())
						.build()
						.toUriString());
		}
		return links;
	}

	/** The signed-in account, for the header; null for a reader who is not signed in. */
	public AccountPrincipal account() {
		return Viewer.principal(SecurityContextHolder.getContext().getAuthentication()).orElse(null);
	}

	/** Whether the header links to the accounts page. */
	public boolean administrator() {
		return Permissions.allowsSome(Viewer.current(), Action.MANAGE_ACCOUNTS);
	}

	/** Whether the header links to the drafts the viewer may read. */
	public boolean drafts() {
		return Permissions.allowsSome(Viewer.current(), Action.READ_DRAFTS);
	}

	/**
	 * How many drafts wait for review, for the header's "Review (n)" link (decision
	 * 0027); -1 for a viewer who reviews nothing, who has no such link.
	 */
	public long reviewCount() {
		RecordDrafts index = this.drafts.getIfAvailable();
		if (index == null || !Permissions.allowsSome(Viewer.current(), Action.REVIEW_RECORD)) {
			return -1;
		}
		return index.all().stream().filter(RecordDrafts.Draft::submitted).count();
	}

	public String textDirection(Locale locale) {
		return LanguagePolicy.direction(locale.getLanguage());
	}

}
