package ma.hcp.simimo.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ma.hcp.simimo.access.Action;
import ma.hcp.simimo.access.Permissions;
import ma.hcp.simimo.access.RecordTargets;
import ma.hcp.simimo.access.RecordWorkflow;
import ma.hcp.simimo.access.Target;
import ma.hcp.simimo.access.Viewer;
import ma.hcp.simimo.kernel.FormValues;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.kernel.LocalizedText;
import ma.hcp.simimo.kernel.RefusedForm;
import ma.hcp.simimo.kernel.ResourceNotFoundException;
import ma.hcp.simimo.store.DraftConflicts;
import ma.hcp.simimo.store.Labels;
import ma.hcp.simimo.store.RecordDrafts;
import ma.hcp.simimo.store.RecordDrafts.Draft;
import ma.hcp.simimo.store.RecordOwners;
import ma.hcp.simimo.store.StaleRevisionException;
import ma.hcp.simimo.store.WrongStateException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.View;

/**
 * Editing datasets as drafts (decision 0021): the edit form at
 * {@code /datasets/{id}/edit}, which saves the dataset's draft in the private store
 * (EDIT_RECORD: a contributor of the owning producer, or a coordinator); the draft's page
 * at {@code /datasets/{id}/draft} and the list of drafts at {@code /drafts}
 * (READ_DRAFTS), which lists the drafts of every record type (datasets, concepts, …) from
 * the type-agnostic index of store/RecordDrafts. Every page here is the viewer's own:
 * {@code Cache-Control: private, no-store}.
 */
@Controller
class DatasetEditController {

	static final String PRIVATE = "private, no-store";

	/**
	 * The IRI families whose drafts have a discard route ({@code /<family>/…/discard}):
	 * datasets, concepts, reference periods and classifications.
	 */
	private static final Set<String> DISCARDABLE = Set.of("datasets", "concepts", "periods", "classifications");

	private final DatasetDraftRepository drafts;

	private final RecordDrafts index;

	private final RecordOwners owners;

	private final LinkedDataPaths paths;

	private final Labels labels;

	private final RecordTargets targets;

	private final DatasetDraftView draftView;

	private final DraftConflicts conflicts;

	private final RecordWorkflow workflow;

	DatasetEditController(DatasetDraftRepository drafts, RecordDrafts index, RecordOwners owners, LinkedDataPaths paths,
			Labels labels, RecordTargets targets, DatasetDraftView draftView, DraftConflicts conflicts,
			RecordWorkflow workflow) {
		this.targets = targets;
		this.workflow = workflow;
		this.conflicts = conflicts;
		this.drafts = drafts;
		this.draftView = draftView;
		this.index = index;
		this.owners = owners;
		this.paths = paths;
		this.labels = labels;
	}

	@GetMapping(path = "/datasets/{id}/edit", produces = MediaType.TEXT_HTML_VALUE)
	String editForm(@PathVariable String id, Model model, Locale locale, HttpServletResponse response) {
		response.setHeader("Cache-Control", PRIVATE);
		String iri = iri(id);
		DatasetEdit form = this.drafts.form(iri);
		requireOrHide(Viewer.current(), Action.EDIT_RECORD, iri);
		// The revision the form starts from (decision 0027, concurrent edits).
		int revision = this.conflicts.revisionOf(iri);
		response.setHeader(HttpHeaders.ETAG, DraftConflicts.etag(revision));
		model.addAttribute("revision", revision);
		return form(id, iri, form, List.of(), null, model, locale);
	}

	@PostMapping(path = "/datasets/{id}/edit", produces = MediaType.TEXT_HTML_VALUE)
	String save(@PathVariable String id, @ModelAttribute DatasetEdit form, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		response.setHeader("Cache-Control", PRIVATE);
		String iri = iri(id);
		// Shown again as sent, whatever the answer, so that the form still says where
		// it started from.
		model.addAttribute("revision", request.getParameter("revision"));
		Object refused = request.getAttribute(RefusedForm.ATTRIBUTE);
		if (refused != null) {
			// Spring Security refused the POST (no valid token, or the session is gone):
			// the input comes back so that nothing typed is lost, and nothing is written.
			this.drafts.form(iri);
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			return form(id, iri, form, List.of(), "draft.refused." + refused, model, locale);
		}
		this.drafts.form(iri);
		Viewer viewer = Viewer.current();
		requireOrHide(viewer, Action.EDIT_RECORD, iri);
		// A submitted draft is read only to its contributors until it is sent or taken
		// back; a coordinator's own save of it is allowed, and recorded (decision 0027).
		boolean reviewer = this.workflow.reviewer(iri);
		if (this.workflow.refusesSave(iri)) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("saveRefused", true);
			return form(id, iri, form, List.of(), null, model, locale);
		}
		int revision = FormValues.revision(request.getParameter("revision"));
		List<DraftFieldError> errors;
		try {
			errors = this.drafts.save(iri, viewer.account().orElseThrow(), form, locale, reviewer, revision);
		}
		catch (WrongStateException ex) {
			// Submitted between the check above and the save's own, under its lock.
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("saveRefused", true);
			return form(id, iri, form, List.of(), null, model, locale);
		}
		catch (StaleRevisionException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAllAttributes(
					this.conflicts.of(iri, revision, this.drafts.typed(iri, form), locale.getLanguage()).attributes());
			return form(id, iri, form, List.of(), null, model, locale);
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(id, iri, form, errors, null, model, locale);
		}
		// Post/redirect/get, with 303 so that the browser GETs the draft.
		request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER);
		return "redirect:/datasets/" + id + "/draft?saved";
	}

	@GetMapping(path = "/datasets/{id}/draft", produces = MediaType.TEXT_HTML_VALUE)
	String draftPage(@PathVariable String id, Model model, Locale locale, HttpServletResponse response) {
		response.setHeader("Cache-Control", PRIVATE);
		String iri = iri(id);
		Viewer viewer = Viewer.current();
		requireOrHide(viewer, Action.READ_DRAFTS, iri);
		Draft draft = this.index.draftOf(iri).orElseThrow(() -> new ResourceNotFoundException(iri));
		return this.draftView.draftPage(iri, draft, model, locale);
	}

	@GetMapping(path = "/drafts", produces = MediaType.TEXT_HTML_VALUE)
	String draftList(Model model, Locale locale, HttpServletResponse response) {
		response.setHeader("Cache-Control", PRIVATE);
		Viewer viewer = Viewer.current();
		if (!Permissions.allowsSome(viewer, Action.READ_DRAFTS)) {
			Permissions.require(viewer, Action.READ_DRAFTS, Target.none());
		}
		List<Draft> all = this.index.all();
		Map<String, String> owned = this.owners.ownersOf(all.stream().map(Draft::record).toList());
		List<DraftEntry> entries = new ArrayList<>();
		for (Draft draft : all) {
			// A new record (decision 0025) has no owner in the record-owners graph yet.
			Optional<String> owner = Optional.ofNullable(owned.get(draft.record()))
				.or(() -> this.index.intendedOwner(draft.record()));
			if (Permissions.allows(viewer, Action.READ_DRAFTS, Target.ownedBy(owner))) {
				String href = this.paths.hrefFor(draft.record());
				// A new record's draft is all there is of it: no published description,
				// whatever its owner (a new concept of a standard's scheme has none).
				boolean isNew = owned.get(draft.record()) == null && !this.index.isPublished(draft.record());
				String family = this.paths.familyOf(draft.record());
				entries.add(new DraftEntry(draft, family,
						isNew ? this.drafts.draftTitle(draft, locale)
								: this.labels.of(draft.record(), locale.getLanguage()),
						owner.map((producer) -> this.labels.of(producer, locale.getLanguage()))
							.orElse(LocalizedText.none()),
						href + "/draft", href + "/edit",
						// The record types with a discard route (decision 0025).
						(DISCARDABLE.contains(family)
								&& Permissions.allows(viewer, Action.DISCARD_DRAFT, Target.ownedBy(owner)))
										? href + "/discard" : null,
						isNew));
			}
		}
		model.addAttribute("canCreate", Permissions.allowsSome(viewer, Action.CREATE_RECORD));
		entries.sort(Comparator.comparing((DraftEntry entry) -> entry.draft().modified()).reversed());
		model.addAttribute("drafts", entries);
		return "catalogue/draftList";
	}

	/**
	 * One line of the drafts list.
	 *
	 * @param draft the draft
	 * @param family the record's IRI family (datasets, concepts…), which names its type
	 * @param record the record's published name (the draft's own title stays on its page)
	 * @param owner the producer that owns the record
	 * @param draftHref the draft's page
	 * @param editHref the record's edit form
	 * @param discardHref the page that discards the draft, or null when the viewer may
	 * not
	 * @param newRecord whether the record has no published description (its name is then
	 * the draft's title)
	 */
	record DraftEntry(Draft draft, String family, LocalizedText record, LocalizedText owner, String draftHref,
			String editHref, String discardHref, boolean newRecord) {
	}

	private String form(String id, String iri, DatasetEdit form, List<DraftFieldError> errors, String refusedKey,
			Model model, Locale locale) {
		model.addAttribute("id", id);
		model.addAttribute("iri", iri);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("refusedKey", refusedKey);
		model.addAttribute("recordTitle",
				this.drafts.isPublished(iri) ? this.labels.of(iri, locale.getLanguage())
						: this.drafts.draftOf(iri)
							.filter((draft) -> Permissions.allows(Viewer.current(), Action.READ_DRAFTS, target(iri)))
							.map((draft) -> this.drafts.draftTitle(draft, locale))
							.orElse(LocalizedText.none()));
		model.addAttribute("action", "/datasets/" + id + "/edit");
		model.addAttribute("cancelHref",
				this.drafts.isPublished(iri) ? "/datasets/" + id : "/datasets/" + id + "/draft");
		// Whether a draft exists is itself private: shown only to who may read it.
		Draft draft = Permissions.allows(Viewer.current(), Action.READ_DRAFTS, target(iri))
				? this.index.draftOf(iri).orElse(null) : null;
		model.addAttribute("draft", draft);
		// A submitted draft is read only to whoever may not review it (decision 0027):
		// the form says why and offers to take it back to draft.
		this.workflow.editForm(iri, draft, model);
		model.addAttribute("accessRightsOptions", this.drafts.accessRights(locale));
		model.addAttribute("stockOrFlowOptions", this.drafts.stockOrFlow(locale));
		model.addAttribute("titleLength", DatasetDraftRepository.TITLE_LENGTH);
		model.addAttribute("descriptionLength", DatasetDraftRepository.DESCRIPTION_LENGTH);
		return "catalogue/datasetEdit";
	}

	/**
	 * What a dataset is, for the permission checks: owned by the producer the
	 * record-owners graph names, or, for a new dataset not yet published, by its draft's
	 * intended owner (decision 0025).
	 */
	private Target target(String iri) {
		return this.targets.of(iri);
	}

	/**
	 * Refuses unless {@code viewer} may do {@code action} on dataset {@code iri}; a new
	 * dataset not yet published is a 404 to whoever may not, as if its IRI were unused.
	 */
	private void requireOrHide(Viewer viewer, Action action, String iri) {
		this.targets.requireOrHide(viewer, action, iri, !this.drafts.isPublished(iri));
	}

	private String iri(String id) {
		return this.paths.iriForPath("/datasets/" + id);
	}

}
