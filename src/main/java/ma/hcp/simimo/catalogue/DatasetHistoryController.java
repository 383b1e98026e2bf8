package ma.hcp.simimo.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ma.hcp.simimo.access.Action;
import ma.hcp.simimo.access.Permissions;
import ma.hcp.simimo.access.RecordTargets;
import ma.hcp.simimo.access.Viewer;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.store.Labels;
import ma.hcp.simimo.store.RecordDiff;
import ma.hcp.simimo.store.RecordDrafts;
import ma.hcp.simimo.store.RecordHistory;
import ma.hcp.simimo.store.RecordHistory.Version;
import ma.hcp.simimo.store.WrongStateException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;

/**
 * A dataset's history (decision 0027, slice 2): {@code GET /datasets/{id}/history}
 * (READ_HISTORY) lists its published versions, newest first, each with who published it,
 * when, the comment and the readable diff with the version before, and the record's whole
 * change log; {@code POST /datasets/{id}/revert} (REVERT_RECORD, {@code version=n}) makes
 * version n the record's draft revision, which is then submitted and published like any
 * other: a revert is itself a change, and review still applies. A revert is refused with
 * a 409 while the record has a draft (it never overwrites one) and with a 400 for a
 * version the record does not have.
 */
@Controller
class DatasetHistoryController {

	private final DatasetDraftRepository drafts;

	private final RecordDrafts index;

	private final RecordHistory history;

	private final RecordTargets targets;

	private final RecordDiff diffs;

	private final LinkedDataPaths paths;

	private final Labels labels;

	private final MessageSource messages;

	DatasetHistoryController(DatasetDraftRepository drafts, RecordDrafts index, RecordHistory history,
			RecordTargets targets, RecordDiff diffs, LinkedDataPaths paths, Labels labels, MessageSource messages) {
		this.drafts = drafts;
		this.index = index;
		this.history = history;
		this.targets = targets;
		this.diffs = diffs;
		this.paths = paths;
		this.labels = labels;
		this.messages = messages;
	}

	/**
	 * One version as the page shows it.
	 *
	 * @param version the version
	 * @param diff what it changed in the version before (empty for the first)
	 * @param current whether readers see it now
	 * @param first whether it is the first version known (no diff)
	 */
	record VersionView(Version version, List<RecordDiff.Change> diff, boolean current, boolean first) {
	}

	@GetMapping(path = "/datasets/{id}/history", produces = MediaType.TEXT_HTML_VALUE)
	String history(@PathVariable String id, Model model, Locale locale, HttpServletResponse response) {
		String iri = published(id, Action.READ_HISTORY, response);
		return render(id, iri, model, locale);
	}

	@PostMapping(path = "/datasets/{id}/revert", produces = MediaType.TEXT_HTML_VALUE)
	String revert(@PathVariable String id, @RequestParam(name = "version", defaultValue = "") String version,
			Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		String iri = published(id, Action.REVERT_RECORD, response);
		List<Version> versions = this.history.versions(iri);
		Optional<Version> chosen = number(version)
			.flatMap((number) -> versions.stream().filter((candidate) -> candidate.number() == number).findFirst());
		if (chosen.isEmpty() || chosen.get() == versions.get(versions.size() - 1)) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("historyError",
					this.messages.getMessage("history.error.version", new Object[] { version }, locale));
			return render(id, iri, model, locale);
		}
		String comment = this.messages.getMessage("history.revert.comment",
				new Object[] { String.valueOf(chosen.get().number()) }, Locale.FRENCH);
		try {
			this.index.revert(iri, Viewer.current().account().orElseThrow(), chosen.get().description(), comment);
		}
		catch (WrongStateException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("historyError", this.messages.getMessage("history.error.draftExists", null, locale));
			return render(id, iri, model, locale);
		}
		request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER);
		return "redirect:/datasets/" + id + "/draft?reverted";
	}

	/**
	 * The IRI of published dataset {@code id} once the viewer may {@code action} on it:
	 * an unknown or unpublished dataset is a 404, a viewer who may not a 403.
	 */
	private String published(String id, Action action, HttpServletResponse response) {
		response.setHeader("Cache-Control", DatasetEditController.PRIVATE);
		String iri = this.paths.iriForPath("/datasets/" + id);
		if (!this.drafts.isPublished(iri)) {
			throw new DatasetNotFoundException(iri);
		}
		this.targets.requireOrHide(Viewer.current(), action, iri, false);
		return iri;
	}

	private String render(String id, String iri, Model model, Locale locale) {
		List<Version> versions = this.history.versions(iri);
		List<VersionView> views = new ArrayList<>();
		for (int i = versions.size() - 1; i >= 0; i--) {
			List<RecordDiff.Change> diff = (i == 0) ? List.of() : this.diffs.between(versions.get(i - 1).description(),
					versions.get(i).description(), iri, locale.getLanguage());
			views.add(new VersionView(versions.get(i), diff, i == versions.size() - 1, i == 0));
		}
		Viewer viewer = Viewer.current();
		model.addAttribute("datasetId", id);
		model.addAttribute("recordTitle", this.labels.of(iri, locale.getLanguage()));
		// The title goes into the heading as a fragment, in its own language.
		model.addAttribute("versions", views);
		model.addAttribute("changes", this.history.of(iri));
		model.addAttribute("draftInProgress", this.index.draftOf(iri).orElse(null));
		model.addAttribute("canRevert", Permissions.allows(viewer, Action.REVERT_RECORD, this.targets.of(iri)));
		return "catalogue/datasetHistory";
	}

	private static Optional<Integer> number(String text) {
		if (!text.matches("\\d{1,6}")) {
			return Optional.empty();
		}
		return Optional.of(Integer.parseInt(text));
	}

}
