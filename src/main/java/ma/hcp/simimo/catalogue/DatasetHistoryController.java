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
import ma.hcp.simimo.store.RecordPublication;
import ma.hcp.simimo.store.RecordPublication.Outcome;
import ma.hcp.simimo.store.RecordPublication.Publication;
import ma.hcp.simimo.store.WithdrawnRecords;
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
 * version the record does not have. {@code POST /datasets/{id}/withdraw}
 * (WITHDRAW_RECORD, comment required) takes a published dataset with no draft out of
 * publication (store/RecordPublication): its IRI then answers 410, its history stays
 * here, and a revert to its last version publishes it again.
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

	private final RecordPublication publication;

	private final WithdrawnRecords withdrawn;

	DatasetHistoryController(DatasetDraftRepository drafts, RecordDrafts index, RecordHistory history,
			RecordTargets targets, RecordDiff diffs, LinkedDataPaths paths, Labels labels, MessageSource messages,
			RecordPublication publication, WithdrawnRecords withdrawn) {
		this.publication = publication;
		this.withdrawn = withdrawn;
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
		// A withdrawal's version is empty: there is nothing to take up from it.
		if (chosen.isEmpty() || chosen.get() == versions.get(versions.size() - 1) || chosen.get().withdrawal()) {
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
	 * Withdraws a published dataset (WITHDRAW_RECORD, decision 0027): readers, search,
	 * {@code /sparql} and the exports no longer have it, and its IRI answers 410 Gone.
	 * Refused, nothing written, with the history page and the reason: 409 when it has a
	 * draft or is already withdrawn, 400 when the comment is missing or too long.
	 */
	@PostMapping(path = "/datasets/{id}/withdraw", produces = MediaType.TEXT_HTML_VALUE)
	String withdraw(@PathVariable String id, @RequestParam(name = "comment", defaultValue = "") String comment,
			Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		String iri = published(id, Action.WITHDRAW_RECORD, response);
		String text = comment.strip();
		String error = null;
		int status = HttpServletResponse.SC_CONFLICT;
		if (this.withdrawn.of(iri).isPresent()) {
			error = this.messages.getMessage("withdraw.error.withdrawn", null, locale);
		}
		else if (this.index.draftOf(iri).isPresent()) {
			error = this.messages.getMessage("withdraw.error.draftExists", null, locale);
		}
		else if (text.isEmpty()) {
			status = HttpServletResponse.SC_BAD_REQUEST;
			error = this.messages.getMessage("withdraw.error.commentRequired", null, locale);
		}
		else if (text.codePointCount(0, text.length()) > RecordHistory.COMMENT_LENGTH) {
			status = HttpServletResponse.SC_BAD_REQUEST;
			error = this.messages.getMessage("workflow.error.commentTooLong",
					new Object[] { String.valueOf(text.codePointCount(0, text.length())),
							String.valueOf(RecordHistory.COMMENT_LENGTH) },
					locale);
		}
		Publication withdrawal = null;
		if (error == null) {
			try {
				withdrawal = this.publication.withdraw(iri, Viewer.current().account().orElseThrow(), text);
				if (withdrawal.outcome() != Outcome.APPLIED) {
					error = this.messages.getMessage((withdrawal.outcome() == Outcome.REFUSED_BY_SHAPES)
							? "withdraw.error.shapes" : "withdraw.error.changed", null, locale);
				}
			}
			catch (WrongStateException ex) {
				error = this.messages.getMessage("withdraw.error.draftExists", null, locale);
			}
		}
		if (error != null) {
			response.setStatus(status);
			model.addAttribute("historyError", error);
			model.addAttribute("withdrawComment", comment);
			if (withdrawal != null) {
				model.addAttribute("historyErrorDetails", withdrawal.violations());
			}
			return render(id, iri, model, locale);
		}
		request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER);
		return "redirect:/datasets/" + id + "/history?withdrawn";
	}

	/**
	 * The IRI of published (or withdrawn) dataset {@code id} once the viewer may
	 * {@code action} on it: an unknown or unpublished dataset is a 404, a viewer who may
	 * not a 403.
	 */
	private String published(String id, Action action, HttpServletResponse response) {
		response.setHeader("Cache-Control", DatasetEditController.PRIVATE);
		String iri = this.paths.iriForPath("/datasets/" + id);
		if (!this.drafts.isPublished(iri) && this.withdrawn.of(iri).isEmpty()) {
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
		Optional<WithdrawnRecords.Withdrawal> withdrawal = this.withdrawn.of(iri);
		model.addAttribute("datasetId", id);
		model.addAttribute("recordTitle", withdrawal.map((gone) -> gone.label(locale.getLanguage()))
			.orElseGet(() -> this.labels.of(iri, locale.getLanguage())));
		model.addAttribute("withdrawal", withdrawal.orElse(null));
		model.addAttribute("canWithdraw",
				withdrawal.isEmpty() && Permissions.allows(viewer, Action.WITHDRAW_RECORD, this.targets.of(iri)));
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
