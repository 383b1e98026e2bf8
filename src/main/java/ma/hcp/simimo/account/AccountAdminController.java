package ma.hcp.simimo.account;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ma.hcp.simimo.store.CatalogueProducers;
import ma.hcp.simimo.access.Action;
import ma.hcp.simimo.access.Permissions;
import ma.hcp.simimo.access.Role;
import ma.hcp.simimo.access.Target;
import ma.hcp.simimo.access.Viewer;
import ma.hcp.simimo.kernel.BadRequestException;
import ma.hcp.simimo.kernel.LabelledLink;
import ma.hcp.simimo.kernel.RefusedForm;
import ma.hcp.simimo.kernel.ResourceNotFoundException;
import ma.hcp.simimo.store.Labels;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The administrators' page, {@code /admin/accounts}: lists the accounts, creates one,
 * enables or disables it, sets its roles and producers (the catalogue's), resets its
 * password. Each change is one transaction of the private store; a refused one shows the
 * page again with the problem named and the input kept. The last enabled administrator
 * cannot lose that role or be disabled. The roles of an account that signs in through
 * OpenID Connect are its identity provider's: shown, never changed here, and it has no
 * password to reset; it can still be disabled.
 */
@Controller
class AccountAdminController {

	private static final Pattern ID = Pattern.compile("[0-9a-f-]{36}");

	private final AccountRepository accounts;

	private final CatalogueProducers catalogue;

	private final Labels labels;

	AccountAdminController(AccountRepository accounts, CatalogueProducers catalogue, Labels labels) {
		this.accounts = accounts;
		this.catalogue = catalogue;
		this.labels = labels;
	}

	@GetMapping("/admin/accounts")
	String accounts(@RequestParam(required = false) String done, @RequestParam(required = false) String account,
			Model model, Locale locale, CsrfToken csrf) {
		require();
		if (done != null && done.matches("[a-z]{1,20}") && account != null) {
			model.addAttribute("done", "admin.accounts.done." + done);
			model.addAttribute("doneAccount", account);
		}
		return page(model, locale, csrf, Map.of());
	}

	@PostMapping("/admin/accounts")
	String create(@RequestParam(defaultValue = "") String userName, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String password, @RequestParam(required = false) List<String> roles,
			@RequestParam(required = false) List<String> producers, Model model, Locale locale, CsrfToken csrf,
			HttpServletRequest request, HttpServletResponse response) {
		Object refusedForm = request.getAttribute(RefusedForm.ATTRIBUTE);
		if (refusedForm != null) {
			// Spring Security refused the POST (no valid token, or the session is gone):
			// the form comes back with what was typed but the password, nothing is
			// written, and the accounts are listed only to who may still see them.
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			String view = page(model, locale, csrf, Map.of("userName", userName, "name", name, "roles",
					(roles == null) ? List.of() : roles, "producers", (producers == null) ? List.of() : producers));
			if (!Permissions.allows(Viewer.current(), Action.MANAGE_ACCOUNTS, Target.none())) {
				model.addAttribute("accounts", List.of());
			}
			model.addAttribute("refusedKey", "draft.refused." + refusedForm);
			return view;
		}
		require();
		try {
			Set<Role> chosen = roles(roles);
			Set<String> producerIris = producers(chosen, producers);
			AccountRepository.checkUserName(userName.strip());
			AccountRepository.checkPassword(password);
			Account created = this.accounts.create(userName.strip(), name, password, chosen, producerIris);
			return done("created", created);
		}
		catch (BadRequestException ex) {
			return refused(ex, model, locale, csrf, response, Map.of("userName", userName, "name", name, "roles",
					(roles == null) ? List.of() : roles, "producers", (producers == null) ? List.of() : producers));
		}
	}

	@PostMapping("/admin/accounts/{id}/roles")
	String setRoles(@PathVariable String id, @RequestParam(required = false) List<String> roles,
			@RequestParam(required = false) List<String> producers, Model model, Locale locale, CsrfToken csrf,
			HttpServletRequest request, HttpServletResponse response) {
		Object refusedForm = request.getAttribute(RefusedForm.ATTRIBUTE);
		if (refusedForm != null) {
			return refusedAccountForm(
					new KeptAccountForm("roles", id, "", (roles == null) ? List.of() : roles,
							(producers == null) ? List.of() : producers, false),
					refusedForm, model, locale, csrf, response);
		}
		require();
		Account account = find(id);
		try {
			if (account.rolesFromIdentityProvider()) {
				throw new BadRequestException("account.error.rolesFromIdentityProvider", account.userName());
			}
			Set<Role> chosen = roles(roles);
			Set<String> producerIris = producers(chosen, producers);
			if (account.has(Role.ADMINISTRATOR) && !chosen.contains(Role.ADMINISTRATOR)) {
				refuseLastAdministrator(account);
			}
			this.accounts.setRoles(account.iri(), chosen, producerIris);
			return done("roles", account);
		}
		catch (BadRequestException ex) {
			return refused(ex, model, locale, csrf, response, Map.of());
		}
	}

	@PostMapping("/admin/accounts/{id}/enabled")
	String setEnabled(@PathVariable String id, @RequestParam boolean enabled, Model model, Locale locale,
			CsrfToken csrf, HttpServletRequest request, HttpServletResponse response) {
		Object refusedForm = request.getAttribute(RefusedForm.ATTRIBUTE);
		if (refusedForm != null) {
			return refusedAccountForm(new KeptAccountForm("enabled", id, "", List.of(), List.of(), enabled),
					refusedForm, model, locale, csrf, response);
		}
		require();
		Account account = find(id);
		try {
			if (!enabled && account.has(Role.ADMINISTRATOR)) {
				refuseLastAdministrator(account);
			}
			this.accounts.setEnabled(account.iri(), enabled);
			return done(enabled ? "enabled" : "disabled", account);
		}
		catch (BadRequestException ex) {
			return refused(ex, model, locale, csrf, response, Map.of());
		}
	}

	@PostMapping("/admin/accounts/{id}/password")
	String resetPassword(@PathVariable String id, @RequestParam(defaultValue = "") String password, Model model,
			Locale locale, CsrfToken csrf, HttpServletRequest request, HttpServletResponse response) {
		Object refusedForm = request.getAttribute(RefusedForm.ATTRIBUTE);
		if (refusedForm != null) {
			// The form comes back empty: a password is never written into a page.
			return refusedAccountForm(new KeptAccountForm("password", id, "", List.of(), List.of(), false), refusedForm,
					model, locale, csrf, response);
		}
		require();
		Account account = find(id);
		try {
			if (account.rolesFromIdentityProvider()) {
				throw new BadRequestException("account.error.noPasswordFromIdentityProvider", account.userName());
			}
			AccountRepository.checkPassword(password);
			this.accounts.setPassword(account.iri(), password);
			return done("password", account);
		}
		catch (BadRequestException ex) {
			return refused(ex, model, locale, csrf, response, Map.of());
		}
	}

	/**
	 * An account's form that Spring Security refused (no valid token, or a session that
	 * has expired): the page again (403) with that form as it was sent, above the list,
	 * and nothing written. The accounts, and the user name of the one the form was about,
	 * are shown only to a viewer still allowed to manage accounts: an expired session is
	 * a reader's, who learns nothing from an account id.
	 */
	private String refusedAccountForm(KeptAccountForm form, Object refusedForm, Model model, Locale locale,
			CsrfToken csrf, HttpServletResponse response) {
		if (!ID.matcher(form.id()).matches()) {
			throw new ResourceNotFoundException(AccountIris.PREFIX + form.id());
		}
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		String view = page(model, locale, csrf, Map.of());
		KeptAccountForm kept = form;
		if (Permissions.allows(Viewer.current(), Action.MANAGE_ACCOUNTS, Target.none())) {
			kept = form.about(this.accounts.byIri(AccountIris.PREFIX + form.id()).map(Account::userName).orElse(""));
		}
		else {
			model.addAttribute("accounts", List.of());
		}
		model.addAttribute("refusedKey", "draft.refused." + refusedForm);
		model.addAttribute("keptAccount", kept);
		return view;
	}

	/**
	 * One account's form as it was sent, for the page to show again.
	 *
	 * @param form which form: {@code roles}, {@code enabled} or {@code password}
	 * @param id the account's id, from the form's path
	 * @param userName the account's user name, or empty when it may not be shown
	 * @param roles the names of the roles ticked (the roles form)
	 * @param producers the producer IRIs ticked (the roles form)
	 * @param enabled what the enabled form asked for
	 */
	record KeptAccountForm(String form, String id, String userName, List<String> roles, List<String> producers,
			boolean enabled) {

		KeptAccountForm about(String name) {
			return new KeptAccountForm(this.form, this.id, name, this.roles, this.producers, this.enabled);
		}

	}

	/** Besides the URL rule of the security configuration: the matrix decides. */
	private static void require() {
		Permissions.require(Viewer.current(), Action.MANAGE_ACCOUNTS, Target.none());
	}

	private Account find(String id) {
		String iri = AccountIris.PREFIX + id;
		if (!ID.matcher(id).matches()) {
			throw new ResourceNotFoundException(iri);
		}
		return this.accounts.byIri(iri).orElseThrow(() -> new ResourceNotFoundException(iri));
	}

	private void refuseLastAdministrator(Account account) {
		List<String> administrators = this.accounts.administrators();
		if (administrators.size() <= 1 && administrators.contains(account.iri())) {
			throw new BadRequestException("account.error.lastAdministrator");
		}
	}

	private static Set<Role> roles(List<String> names) {
		Set<Role> roles = EnumSet.of(Role.MEMBER);
		for (String name : (names == null) ? List.<String>of() : names) {
			roles.add(Role.ofAuthority("ROLE_" + name)
				.orElseThrow(() -> new BadRequestException("account.error.role",
						name.substring(0, Math.min(40, name.length())))));
		}
		return roles;
	}

	private Set<String> producers(Set<Role> roles, List<String> chosen) {
		Set<String> producers = new LinkedHashSet<>((chosen == null) ? List.of() : chosen);
		producers.removeIf(String::isBlank);
		if (!roles.contains(Role.CONTRIBUTOR)) {
			return Set.of();
		}
		List<String> known = producerIris();
		for (String producer : producers) {
			if (!known.contains(producer)) {
				throw new BadRequestException("account.error.producer",
						producer.substring(0, Math.min(200, producer.length())));
			}
		}
		if (producers.isEmpty()) {
			throw new BadRequestException("account.error.contributorWithoutProducer");
		}
		return producers;
	}

	private List<String> producerIris() {
		return this.catalogue.iris();
	}

	private static String done(String what, Account account) {
		return "redirect:" + UriComponentsBuilder.fromPath("/admin/accounts")
			.queryParam("done", what)
			.queryParam("account", account.userName())
			.encode()
			.build()
			.toUriString();
	}

	private String refused(BadRequestException ex, Model model, Locale locale, CsrfToken csrf,
			HttpServletResponse response, Map<String, Object> input) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("error", ex);
		return page(model, locale, csrf, input);
	}

	private String page(Model model, Locale locale, CsrfToken csrf, Map<String, Object> input) {
		if (csrf != null) {
			csrf.getToken();
		}
		String language = locale.getLanguage();
		List<LabelledLink> producers = new ArrayList<>(
				Labels.sorted(this.labels.links(producerIris(), language), LabelledLink::label, language));
		model.addAttribute("accounts", this.accounts.accounts());
		model.addAttribute("producers", producers);
		model.addAttribute("roles", List.of(Role.CONTRIBUTOR, Role.COORDINATOR, Role.ADMINISTRATOR));
		model.addAttribute("input", input);
		return "account/adminAccounts";
	}

}
