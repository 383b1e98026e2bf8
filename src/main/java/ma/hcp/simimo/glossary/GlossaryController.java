package ma.hcp.simimo.glossary;

import java.io.IOException;
import java.net.URI;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ma.hcp.simimo.access.Action;
import ma.hcp.simimo.access.Permissions;
import ma.hcp.simimo.access.Target;
import ma.hcp.simimo.access.Viewer;
import ma.hcp.simimo.kernel.LocalizedText;
import ma.hcp.simimo.kernel.RefusedForm;
import ma.hcp.simimo.kernel.ResourceNotFoundException;
import ma.hcp.simimo.kernel.BadRequestException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;

/**
 * The glossary builder ({@code GET /glossary}): pick concepts by scheme, family, search
 * or one by one, choose languages, order, layout and content, preview and export. Saves a
 * glossary ({@code POST /glossary}) and shows, lists and exports the saved ones.
 */
@Controller
class GlossaryController {

	/** How many entries the preview shows. */
	static final int PREVIEW = 10;

	private static final int SEARCH_LENGTH = 200;

	private final SelectableConcepts selectable;

	private final GlossaryRepository glossaries;

	private final SavedGlossaries saved;

	private final GlossaryExportController exports;

	private final List<GlossaryFormat> formats;

	private final GlossaryPrint print;

	GlossaryController(SelectableConcepts selectable, GlossaryRepository glossaries, SavedGlossaries saved,
			GlossaryExportController exports, List<GlossaryFormat> formats, MessageSource messages) {
		this.print = new GlossaryPrint(messages);
		this.selectable = selectable;
		this.glossaries = glossaries;
		this.saved = saved;
		this.exports = exports;
		this.formats = formats;
	}

	@GetMapping("/glossary")
	String builder(@RequestParam MultiValueMap<String, String> parameters, Model model, Locale locale,
			HttpServletResponse response, CsrfToken csrf) {
		return builderPage(parameters, model, locale, response, csrf, false);
	}

	/**
	 * The builder's own forms (add, remove, search, settings) post the selection here, so
	 * it never has to fit in a URL: a short one is redirected to its shareable address,
	 * as {@code GET /glossary} does; a long one is rendered from the POST itself.
	 */
	@PostMapping("/glossary/builder")
	String builderPosted(@RequestParam MultiValueMap<String, String> parameters, Model model, Locale locale,
			HttpServletResponse response, CsrfToken csrf) {
		return builderPage(parameters, model, locale, response, csrf, true);
	}

	/**
	 * The address of the builder's forms, reached by a language link of a page rendered
	 * from a POST: the selection was only in that POST, so this is the builder.
	 */
	@GetMapping("/glossary/builder")
	String builderAddress() {
		return "redirect:/glossary";
	}

	private String builderPage(MultiValueMap<String, String> parameters, Model model, Locale locale,
			HttpServletResponse response, CsrfToken csrf, boolean posted) {
		// The forms' token lives in a cookie. The page is long enough to be flushed
		// before the forms render, and no cookie can be set after that: load the token,
		// and so set its cookie, now.
		if (csrf != null) {
			csrf.getToken();
		}
		Map<String, String> flat = flatten(parameters);
		String search = flat.getOrDefault("q", "").strip();
		if (search.length() > SEARCH_LENGTH) {
			search = search.substring(0, SEARCH_LENGTH);
		}
		List<SelectableConcept> concepts = this.selectable.concepts(locale);
		GlossaryRequest request;
		try {
			request = GlossaryRequest.from(flat);
			List<String> additions = additions(parameters, concepts);
			List<String> removals = parameters.getOrDefault("remove", List.of());
			// Checkboxes repeat a parameter (langs=&langs=fr&langs=ar): redirect to the
			// one-value form too, so the URL to share stays short and readable.
			boolean repeated = BuilderLinks.KEYS.stream()
				.anyMatch((key) -> parameters.getOrDefault(key, List.of()).size() > 1);
			if (!additions.isEmpty() || !removals.isEmpty() || repeated) {
				Set<String> selection = new LinkedHashSet<>(request.concepts());
				selection.addAll(additions);
				removals.forEach(selection::remove);
				Map<String, String> edited = new LinkedHashMap<>(request.parameters());
				edited.put("concepts", String.join(",", selection));
				request = GlossaryRequest.from(edited);
			}
			BuilderLinks links = new BuilderLinks(request, search, null);
			// A longer Location header would pass Tomcat's 8 KB of response headers,
			// which answers an empty 500; such a selection is rendered here instead.
			boolean changed = !additions.isEmpty() || !removals.isEmpty() || repeated;
			if ((changed || posted) && links.shareable()) {
				return "redirect:" + links.current();
			}
		}
		catch (BadRequestException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("error", ex);
			request = GlossaryRequest.from(Map.of());
		}
		page(model, request, new BuilderLinks(request, search, null), search, concepts, locale, response);
		model.addAttribute("savedGlossaries", this.saved.savedGlossaries());
		return "glossary/builder";
	}

	/**
	 * Saves a glossary for the signed-in viewer ({@link Action#SAVE_GLOSSARY}): listed
	 * publicly unless {@code visibility=private}. A reader who is not signed in is sent
	 * to sign in.
	 */
	@PostMapping("/glossary")
	String save(@RequestParam MultiValueMap<String, String> parameters, HttpServletRequest client, Model model,
			Locale locale, HttpServletResponse response, CsrfToken csrf) {
		Map<String, String> flat = flatten(parameters);
		Viewer viewer = Viewer.current();
		Object refused = client.getAttribute(RefusedForm.ATTRIBUTE);
		// The CSRF token lives in a cookie, so a form from a session the server has
		// forgotten passes the check and arrives here from a reader (decision 0025).
		if (refused == null && viewer.account().isEmpty() && client.getRequestedSessionId() != null
				&& !client.isRequestedSessionIdValid()) {
			refused = RefusedForm.EXPIRED;
		}
		if (refused != null) {
			// The builder comes back with the selection, what was typed in the save form
			// and why nothing was saved.
			String view = builderPage(parameters, model, locale, response, csrf, false);
			if (view.startsWith("redirect:")) {
				return view;
			}
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			model.addAttribute("refusedKey", "draft.refused." + refused);
			model.addAttribute("kept", new GlossaryDraft(flat.getOrDefault("title", ""),
					flat.getOrDefault("audience", ""), flat.getOrDefault("author", "")));
			model.addAttribute("keptListed", listed(flat));
			return view;
		}
		Permissions.require(viewer, Action.SAVE_GLOSSARY, Target.none());
		GlossaryDraft draft = GlossaryDraft.from(flat);
		GlossaryRequest request = GlossaryRequest.from(flat);
		String id = this.saved.saveGlossary(draft, request, client.getRemoteAddr(), viewer, listed(flat));
		client.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER);
		return "redirect:/glossary/" + id;
	}

	/**
	 * Its author replaces a saved glossary's title, selection, settings and listing. A
	 * form Spring Security refused (no valid token, or a session that has expired) comes
	 * back with what was typed, writing nothing.
	 */
	@PostMapping("/glossary/{id}/edit")
	String edit(@PathVariable String id, @RequestParam MultiValueMap<String, String> parameters,
			HttpServletRequest client, Model model, HttpServletResponse response, CsrfToken csrf) {
		checkId(id);
		Map<String, String> flat = flatten(parameters);
		Object refused = client.getAttribute(RefusedForm.ATTRIBUTE);
		if (refused != null) {
			return editRefused(id, flat, refused, model, response, csrf);
		}
		this.saved.editGlossary(id, GlossaryDraft.from(flat), GlossaryRequest.from(flat), Viewer.current(),
				listed(flat));
		client.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER);
		return "redirect:/glossary/" + id;
	}

	/**
	 * The edit form alone, as it was sent: nothing is read from the store, since the
	 * viewer may no longer be signed in and the glossary may be private; only the id from
	 * the path and the request's own fields are shown (decision 0025).
	 */
	private String editRefused(String id, Map<String, String> flat, Object refused, Model model,
			HttpServletResponse response, CsrfToken csrf) {
		if (csrf != null) {
			csrf.getToken();
		}
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		Map<String, String> selection = new LinkedHashMap<>();
		// The selection and settings go back as they came, in the hidden fields the
		// saved page's form carries (BuilderLinks.hidden), so that sending the form
		// again changes what the author meant to change.
		BuilderLinks.KEYS.stream().filter(flat::containsKey).forEach((key) -> selection.put(key, flat.get(key)));
		model.addAttribute("glossaryId", id);
		model.addAttribute("refusedKey", "draft.refused." + refused);
		model.addAttribute("kept", new GlossaryDraft(flat.getOrDefault("title", ""), flat.getOrDefault("audience", ""),
				flat.getOrDefault("author", "")));
		model.addAttribute("keptListed", listed(flat));
		model.addAttribute("keptSelection", selection);
		model.addAttribute("titleLength", GlossaryDraft.MAX_LENGTH);
		return "glossary/editRefused";
	}

	/** Its author, or an administrator for a listed one, deletes a saved glossary. */
	@PostMapping("/glossary/{id}/delete")
	ResponseEntity<Void> delete(@PathVariable String id) {
		checkId(id);
		this.saved.deleteGlossary(id, Viewer.current());
		return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/glossary/mine?deleted")).build();
	}

	/** The viewer's own glossaries, listed and private. */
	@GetMapping("/glossary/mine")
	String mine(@RequestParam(required = false) String deleted, Model model) {
		model.addAttribute("mine", this.saved.mine(Viewer.current()));
		model.addAttribute("deleted", deleted != null);
		return "glossary/mine";
	}

	private static boolean listed(Map<String, String> parameters) {
		return !"private".equals(parameters.get("visibility"));
	}

	@GetMapping("/glossary/{id}")
	String savedGlossary(@PathVariable String id, Model model, Locale locale, HttpServletResponse response,
			CsrfToken csrf) {
		if (csrf != null) {
			csrf.getToken();
		}
		SavedGlossary glossary = find(id);
		Viewer viewer = Viewer.current();
		Optional<SavedGlossaries.Authorship> authorship = this.saved.authorship(id);
		Target target = authorship.map((author) -> Target.authoredBy(author.account())).orElse(Target.none());
		model.addAttribute("saved", glossary);
		model.addAttribute("listed", authorship.map(SavedGlossaries.Authorship::listed).orElse(true));
		model.addAttribute("mayEdit", Permissions.allows(viewer, Action.EDIT_GLOSSARY, target));
		model.addAttribute("mayDelete", Permissions.allows(viewer, Action.DELETE_GLOSSARY, target));
		page(model, glossary.request(), new BuilderLinks(glossary.request(), "", id), "",
				this.selectable.concepts(locale), locale, response);
		return "glossary/builder";
	}

	@GetMapping("/glossary/{id}/export")
	ResponseEntity<byte[]> exportSaved(@PathVariable String id, @RequestParam(required = false) String format,
			Locale locale) throws IOException {
		GlossaryFormat chosen = this.exports.format(format);
		SavedGlossary glossary = find(id);
		return GlossaryExportController.download(this.glossaries.glossary(glossary.metadata(), glossary.request()),
				chosen, "simimo-glossary-" + id, locale);
	}

	private SavedGlossary find(String id) {
		checkId(id);
		return this.saved.savedGlossary(id, Viewer.current())
			.orElseThrow(() -> new ResourceNotFoundException(this.saved.iri(id)));
	}

	private static void checkId(String id) {
		if (!SavedGlossaries.ID.matcher(id).matches()) {
			throw new BadRequestException("glossary.error.id", id.substring(0, Math.min(id.length(), 40)));
		}
	}

	private void page(Model model, GlossaryRequest request, BuilderLinks links, String search,
			List<SelectableConcept> concepts, Locale locale, HttpServletResponse response) {
		Map<String, SelectableConcept> byIri = new LinkedHashMap<>();
		concepts.forEach((concept) -> byIri.putIfAbsent(concept.iri(), concept));
		List<SelectableConcept> selection = request.concepts()
			.stream()
			.map((iri) -> byIri.getOrDefault(iri,
					new SelectableConcept(iri, LocalizedText.of(iri), "", "", "", "", false)))
			.toList();
		Collator collator = Collator.getInstance(locale);
		collator.setStrength(Collator.SECONDARY);
		model.addAttribute("request", request);
		model.addAttribute("links", links);
		model.addAttribute("search", search);
		model.addAttribute("selection", selection);
		model.addAttribute("selected", Set.copyOf(request.concepts()));
		model.addAttribute("schemes", groups(concepts, SelectableConcept::scheme, SelectableConcept::schemeLabel,
				SelectableConcept::national, null));
		model.addAttribute("families", groups(concepts, SelectableConcept::family, SelectableConcept::familyLabel,
				(concept) -> false, collator));
		model.addAttribute("offered",
				groups(concepts.stream().filter((concept) -> search.isEmpty() || concept.matches(search)).toList(),
						SelectableConcept::scheme, SelectableConcept::schemeLabel, SelectableConcept::national, null));
		model.addAttribute("formats", this.formats.stream().map(GlossaryFormat::name).sorted().toList());
		model.addAttribute("canSave", this.saved.canSave());
		model.addAttribute("maySave", Permissions.allowsSome(Viewer.current(), Action.SAVE_GLOSSARY));
		model.addAttribute("languageChoices", GlossaryRequest.LANGUAGES);
		model.addAttribute("orderChoices", GlossaryRequest.ORDERS);
		model.addAttribute("layoutChoices", GlossaryRequest.LAYOUTS);
		model.addAttribute("contentChoices", GlossaryRequest.CONTENT);
		model.addAttribute("titleLength", GlossaryDraft.MAX_LENGTH);
		if (!request.isEmpty()) {
			try {
				Glossary glossary = this.glossaries.glossary(Glossary.Metadata.unsaved(), request);
				List<Glossary.Entry> preview = glossary.entries()
					.subList(0, Math.min(PREVIEW, glossary.entries().size()));
				model.addAttribute("preview", preview);
				// Laid out as the exports are, so the preview falls back and marks the
				// same way they do.
				model.addAttribute("previewPrint",
						this.print.layout(new Glossary(glossary.metadata(), glossary.request(), preview), locale));
			}
			catch (BadRequestException ex) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
				model.addAttribute("error", ex);
			}
		}
	}

	/**
	 * Schemes or families in first-seen order (the query sorts by scheme label), or by
	 * label with a collator; concepts without one are left out.
	 */
	private static List<ConceptGroup> groups(List<SelectableConcept> concepts, Function<SelectableConcept, String> key,
			Function<SelectableConcept, String> label, Function<SelectableConcept, Boolean> national,
			Collator collator) {
		Map<String, List<SelectableConcept>> members = new LinkedHashMap<>();
		Map<String, SelectableConcept> first = new LinkedHashMap<>();
		for (SelectableConcept concept : concepts) {
			String group = key.apply(concept);
			if (!group.isEmpty()) {
				members.computeIfAbsent(group, (k) -> new ArrayList<>()).add(concept);
				first.putIfAbsent(group, concept);
			}
		}
		List<ConceptGroup> groups = new ArrayList<>();
		members.forEach((group, list) -> groups
			.add(new ConceptGroup(group, label.apply(first.get(group)), national.apply(first.get(group)), list)));
		if (collator != null) {
			groups.sort(Comparator.comparing(ConceptGroup::label, collator));
		}
		return groups;
	}

	/** The concepts asked to be added: one by one (add), by scheme or by family. */
	private static List<String> additions(MultiValueMap<String, String> parameters, List<SelectableConcept> concepts) {
		List<String> additions = new ArrayList<>();
		for (String value : parameters.getOrDefault("add", List.of())) {
			for (String iri : value.split(",")) {
				if (!iri.isBlank()) {
					additions.add(iri.strip());
				}
			}
		}
		List<String> schemes = parameters.getOrDefault("addScheme", List.of())
			.stream()
			.filter((iri) -> !iri.isBlank())
			.toList();
		List<String> families = parameters.getOrDefault("addFamily", List.of())
			.stream()
			.filter((iri) -> !iri.isBlank())
			.toList();
		for (SelectableConcept concept : concepts) {
			if (schemes.contains(concept.scheme()) || families.contains(concept.family())) {
				additions.add(concept.iri());
			}
		}
		return additions;
	}

	/**
	 * One value per parameter: repeated ones (checkboxes) are joined with commas, as the
	 * comma-separated form of the same parameter.
	 */
	private static Map<String, String> flatten(MultiValueMap<String, String> parameters) {
		Map<String, String> flat = new LinkedHashMap<>();
		parameters.forEach((key, values) -> flat.put(key, String.join(",", values)));
		return flat;
	}

}
