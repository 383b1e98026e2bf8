package ma.hcp.simimo.setting;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.ResourceFactory;

import ma.hcp.simimo.access.Action;
import ma.hcp.simimo.access.Permissions;
import ma.hcp.simimo.access.Target;
import ma.hcp.simimo.access.Viewer;
import ma.hcp.simimo.kernel.RefusedForm;
import ma.hcp.simimo.store.PrivateStore;
import ma.hcp.simimo.store.RuntimeSettings;
import ma.hcp.simimo.store.RuntimeSettings.Key;
import ma.hcp.simimo.store.RuntimeSettings.Saved;
import ma.hcp.simimo.store.RuntimeSettings.Violation;
import ma.hcp.simimo.store.StoreProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootVersion;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.View;

/**
 * The administrators' settings page, {@code /admin/settings} (CHANGE_SETTINGS, decision
 * 0025): the run-time settings with who saved each last and when, a form that saves the
 * changed ones in one private-store transaction after the private shapes accept them, and
 * the read-only configuration of this installation (store location, endpoint mode, OpenID
 * Connect on or off, versions), without a secret.
 */
@Controller
class SettingsController {

	static final String PATH = "/admin/settings";

	private final RuntimeSettings settings;

	private final PrivateStore privateStore;

	private final StoreProperties store;

	private final ObjectProvider<ClientRegistrationRepository> oidc;

	private final MessageSource messages;

	private final int glossaryMaxSaved;

	SettingsController(RuntimeSettings settings, PrivateStore privateStore, StoreProperties store,
			ObjectProvider<ClientRegistrationRepository> oidc, MessageSource messages,
			@Value("${simimo.glossary.max-saved:1000}") int glossaryMaxSaved) {
		this.settings = settings;
		this.privateStore = privateStore;
		this.store = store;
		this.oidc = oidc;
		this.messages = messages;
		this.glossaryMaxSaved = glossaryMaxSaved;
	}

	/**
	 * One setting as the page shows it.
	 *
	 * @param id the setting's id, {@code sign-in-failures-per-user}
	 * @param defaultValue its value until it is saved, as shown
	 * @param changedBy the user name of who saved it last, or null when never saved
	 * @param modified when, to the minute in UTC, or null
	 */
	record Shown(String id, String defaultValue, String changedBy, String modified) {
	}

	/**
	 * A form error: the setting, the value refused and why, in the reader's language.
	 *
	 * @param field the setting's id
	 * @param value the refused value
	 * @param message why
	 */
	record FieldError(String field, String value, String message) {
	}

	@GetMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
	String page(Model model, Locale locale, HttpServletResponse response) {
		response.setHeader("Cache-Control", "private, no-store");
		Permissions.require(Viewer.current(), Action.CHANGE_SETTINGS, Target.none());
		return page(current(), List.of(), null, model);
	}

	@PostMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
	String save(@ModelAttribute SettingsForm form, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		response.setHeader("Cache-Control", "private, no-store");
		Object refused = request.getAttribute(RefusedForm.ATTRIBUTE);
		if (refused != null) {
			// Spring Security refused the POST (no valid token, or the session is gone):
			// the input comes back, nothing is written, and nothing else of the page is
			// shown to a viewer who may no longer be signed in.
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			model.addAttribute("form", form);
			model.addAttribute("errors", List.of());
			model.addAttribute("refusedKey", "settings.refused." + refused);
			return "setting/adminSettings";
		}
		Viewer viewer = Viewer.current();
		Permissions.require(viewer, Action.CHANGE_SETTINGS, Target.none());
		Map<Key, Map<String, String>> changed = changed(form.values());
		List<FieldError> errors = new ArrayList<>();
		// A number setting has a value: the shapes cannot say so of a node they target
		// whether or not it is in the data.
		changed.forEach((key, values) -> {
			if (key != Key.SITE_NOTICE && values.isEmpty()) {
				errors.add(new FieldError(key.id(), "",
						this.messages.getMessage("settings.error." + key.id(), new Object[] { "" }, locale)));
			}
		});
		for (Violation violation : this.settings.check(changed)) {
			errors.add(new FieldError(violation.key().id(), violation.value(), message(violation, locale)));
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(form, errors, null, model);
		}
		if (!changed.isEmpty()) {
			this.settings.save(changed, viewer.account().orElseThrow());
		}
		request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER);
		return "redirect:" + PATH + "?saved=" + changed.size();
	}

	/** The settings whose typed value differs from the one in effect. */
	private Map<Key, Map<String, String>> changed(Map<Key, Map<String, String>> typed) {
		Map<Key, Map<String, String>> changed = new EnumMap<>(Key.class);
		Map<Key, Map<String, String>> effective = effective();
		typed.forEach((key, values) -> {
			if (!values.equals(effective.get(key))) {
				changed.put(key, values);
			}
		});
		return changed;
	}

	private Map<Key, Map<String, String>> effective() {
		Map<Key, Map<String, String>> effective = new EnumMap<>(Key.class);
		for (Key key : Key.values()) {
			Saved saved = this.settings.saved().get(key);
			effective.put(key, (saved != null) ? saved.values()
					: (key == Key.SITE_NOTICE) ? Map.of() : Map.of("", defaultOf(key)));
		}
		return effective;
	}

	private SettingsForm current() {
		Map<Key, Map<String, String>> effective = effective();
		Map<String, String> notice = effective.get(Key.SITE_NOTICE);
		return new SettingsForm(number(effective, Key.SIGN_IN_FAILURES_PER_USER),
				number(effective, Key.SIGN_IN_FAILURES_PER_ADDRESS), number(effective, Key.GLOSSARY_MAX_SAVED),
				notice.get("fr"), notice.get("en"), notice.get("ar"));
	}

	private static String number(Map<Key, Map<String, String>> effective, Key key) {
		return effective.get(key).getOrDefault("", "");
	}

	private String defaultOf(Key key) {
		return String.valueOf((key == Key.GLOSSARY_MAX_SAVED) ? this.glossaryMaxSaved : key.defaultValue());
	}

	/**
	 * The message of a violation: messages*.properties' {@code settings.error.<id>} in
	 * the reader's language, which names the value, else the shape's own.
	 */
	private String message(Violation violation, Locale locale) {
		String own = this.messages.getMessage("settings.error." + violation.key().id(),
				new Object[] { violation.value() }, null, locale);
		return (own != null) ? own : violation.message(locale.getLanguage());
	}

	private String page(SettingsForm form, List<FieldError> errors, String refusedKey, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("refusedKey", refusedKey);
		Map<String, Shown> shown = new LinkedHashMap<>();
		for (Key key : Key.values()) {
			Saved saved = this.settings.saved().get(key);
			shown.put(key.id(),
					new Shown(key.id(), (key == Key.SITE_NOTICE) ? "" : defaultOf(key),
							(saved == null) ? null : userName(saved.changedBy()),
							(saved == null) ? null
									: java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
										.withZone(java.time.ZoneOffset.UTC)
										.format(saved.modified())));
		}
		model.addAttribute("settings", shown);
		model.addAttribute("configuration", configuration());
		return "setting/adminSettings";
	}

	/** The user name of an account, or its IRI's last part if it is gone. */
	private String userName(String account) {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("account", ResourceFactory.createResource(account));
		return this.privateStore.reader()
			.select("setting/accountName", bindings, (row) -> row.getLiteral("userName").getLexicalForm())
			.stream()
			.findFirst()
			.orElse(account.substring(account.lastIndexOf(':') + 1));
	}

	/**
	 * The read-only configuration, by message key: where the stores are, which public
	 * store is queried (a remote endpoint's address without any user information or
	 * query, which may hold credentials), whether OpenID Connect sign-in is on, and the
	 * versions.
	 */
	private Map<String, String> configuration() {
		Map<String, String> configuration = new LinkedHashMap<>();
		configuration.put("settings.config.storeDirectory", this.store.directoryPath().toAbsolutePath().toString());
		configuration.put("settings.config.privateStore", this.privateStore.directory().toAbsolutePath().toString());
		configuration.put("settings.config.endpoint",
				this.store.isRemote() ? withoutSecrets(this.store.endpoint()) : "settings.config.value.embedded");
		configuration.put("settings.config.oidc",
				(this.oidc.getIfAvailable() != null) ? "settings.config.value.on" : "settings.config.value.off");
		configuration.put("settings.config.java", Runtime.version().toString());
		configuration.put("settings.config.springBoot",
				Optional.ofNullable(SpringBootVersion.getVersion()).orElse("?"));
		configuration.put("settings.config.jena", org.apache.jena.Jena.VERSION);
		configuration.put("settings.config.lucene", org.apache.lucene.util.Version.LATEST.toString());
		return configuration;
	}

	private static String withoutSecrets(String endpoint) {
		try {
			URI uri = URI.create(endpoint);
			return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null).toString();
		}
		catch (IllegalArgumentException | java.net.URISyntaxException ex) {
			return "remote";
		}
	}

}
