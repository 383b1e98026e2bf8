package ma.hcp.simimo.catalogue;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ma.hcp.simimo.access.Action;
import ma.hcp.simimo.access.Permissions;
import ma.hcp.simimo.access.RecordTargets;
import ma.hcp.simimo.access.Target;
import ma.hcp.simimo.access.Viewer;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.store.RecordDrafts;
import ma.hcp.simimo.store.RecordHistory;
import ma.hcp.simimo.store.RecordRestrictions;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;

/**
 * Restricting a published dataset and publishing a restricted one again (decision 0027):
 * {@code POST /datasets/{id}/restrict} and {@code /unrestrict}, RESTRICT_RECORD, a
 * comment optional. A restricted dataset is a 404 to whoever may not act on it, as an
 * unused IRI; a published one a 403. A dataset with a draft, or not in the state the step
 * starts from, is a 409 naming why, and nothing is written.
 */
@Controller
class DatasetRestrictionController {

	private final LinkedDataPaths paths;

	private final RecordTargets targets;

	private final RecordRestrictions restrictions;

	private final RecordDrafts drafts;

	DatasetRestrictionController(LinkedDataPaths paths, RecordTargets targets, RecordRestrictions restrictions,
			RecordDrafts drafts) {
		this.paths = paths;
		this.targets = targets;
		this.restrictions = restrictions;
		this.drafts = drafts;
	}

	@PostMapping("/datasets/{id}/restrict")
	String restrict(@PathVariable String id, @RequestParam(name = "comment", defaultValue = "") String comment,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		return step(id, comment, true, model, request, response);
	}

	@PostMapping("/datasets/{id}/unrestrict")
	String unrestrict(@PathVariable String id, @RequestParam(name = "comment", defaultValue = "") String comment,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		return step(id, comment, false, model, request, response);
	}

	private String step(String id, String comment, boolean restrict, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		String iri = this.paths.iriForPath("/datasets/" + id);
		boolean restricted = this.restrictions.isRestricted(iri);
		Viewer viewer = Viewer.current();
		Target target = this.targets.of(iri);
		if (!restricted && this.drafts.published(iri).isEmpty()) {
			throw new DatasetNotFoundException(iri);
		}
		if (restricted && !Permissions.allows(viewer, Action.RESTRICT_RECORD, target)) {
			throw new DatasetNotFoundException(iri);
		}
		Permissions.require(viewer, Action.RESTRICT_RECORD, target);
		String account = viewer.account().orElseThrow();
		String trimmed = comment.strip();
		response.setHeader("Cache-Control", DatasetEditController.PRIVATE);
		if (trimmed.codePointCount(0, trimmed.length()) > RecordHistory.COMMENT_LENGTH) {
			return refused(model, response, HttpServletResponse.SC_BAD_REQUEST, "restriction.error.commentTooLong", id);
		}
		Optional<String> said = trimmed.isEmpty() ? Optional.empty() : Optional.of(trimmed);
		RecordRestrictions.Outcome outcome = restrict ? this.restrictions.restrict(iri, account, said)
				: this.restrictions.unrestrict(iri, account, said);
		if (outcome == RecordRestrictions.Outcome.APPLIED) {
			request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER);
		}
		return switch (outcome) {
			case APPLIED -> "redirect:/datasets/" + id + (restrict ? "?restricted" : "?unrestricted");
			case HAS_DRAFT ->
				refused(model, response, HttpServletResponse.SC_CONFLICT, "restriction.error.hasDraft", id);
			case WRONG_STATE -> refused(model, response, HttpServletResponse.SC_CONFLICT,
					restrict ? "restriction.error.alreadyRestricted" : "restriction.error.notRestricted", id);
			case REFUSED -> refused(model, response, HttpServletResponse.SC_CONFLICT, "restriction.error.refused", id);
		};
	}

	private static String refused(Model model, HttpServletResponse response, int status, String reason, String id) {
		response.setStatus(status);
		model.addAttribute("reason", reason);
		model.addAttribute("datasetHref", "/datasets/" + id);
		return "catalogue/restrictionRefused";
	}

}
