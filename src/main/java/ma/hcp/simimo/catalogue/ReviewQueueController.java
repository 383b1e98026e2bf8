package ma.hcp.simimo.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import ma.hcp.simimo.access.Action;
import ma.hcp.simimo.access.Permissions;
import ma.hcp.simimo.access.Target;
import ma.hcp.simimo.access.Viewer;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.kernel.LocalizedText;
import ma.hcp.simimo.store.Labels;
import ma.hcp.simimo.store.RecordDiff;
import ma.hcp.simimo.store.RecordDrafts;
import ma.hcp.simimo.store.RecordDrafts.Draft;
import ma.hcp.simimo.store.RecordHistory;
import ma.hcp.simimo.store.RecordHistory.Change;
import ma.hcp.simimo.store.RecordOwners;
import ma.hcp.simimo.store.WorkflowState;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The coordinators' review queue at {@code GET /review} (REVIEW_RECORD, decision 0027):
 * the submitted drafts grouped by producer (the record's owner, or a new record's
 * intended owner), the oldest submission first, each with its title, who submitted it and
 * when, the submit comment, the diff against the published version (store/RecordDiff; for
 * a new record everything is added), and the links to its draft page and its publish
 * form.
 */
@Controller
class ReviewQueueController {

	private final RecordDrafts index;

	private final RecordHistory history;

	private final RecordOwners owners;

	private final DatasetDraftRepository drafts;

	private final LinkedDataPaths paths;

	private final Labels labels;

	private final RecordDiff diffs;

	ReviewQueueController(RecordDrafts index, RecordHistory history, RecordOwners owners, DatasetDraftRepository drafts,
			LinkedDataPaths paths, Labels labels, RecordDiff diffs) {
		this.diffs = diffs;
		this.index = index;
		this.history = history;
		this.owners = owners;
		this.drafts = drafts;
		this.paths = paths;
		this.labels = labels;
	}

	/**
	 * One submitted draft in the queue.
	 *
	 * @param draft the draft
	 * @param title the draft's own title, in the reader's language or the next best
	 * @param submission the change that submitted it, if the log has it
	 * @param draftHref its draft page
	 * @param path the record's path, the workflow routes' base
	 * @param newRecord whether it was never published
	 * @param diff what the draft changes in the published description (for a new record,
	 * everything added)
	 */
	record QueueEntry(Draft draft, LocalizedText title, Optional<Change> submission, String draftHref, String path,
			boolean newRecord, List<RecordDiff.Change> diff) {
	}

	/**
	 * The submitted drafts of one producer.
	 *
	 * @param producer the producer's name, or none for records nobody owns
	 * @param entries its drafts, the oldest submission first
	 */
	record ProducerQueue(LocalizedText producer, List<QueueEntry> entries) {
	}

	@GetMapping(path = "/review", produces = MediaType.TEXT_HTML_VALUE)
	String queue(Model model, Locale locale, HttpServletResponse response) {
		response.setHeader("Cache-Control", DatasetEditController.PRIVATE);
		Viewer viewer = Viewer.current();
		if (!Permissions.allowsSome(viewer, Action.REVIEW_RECORD)) {
			Permissions.require(viewer, Action.REVIEW_RECORD, Target.none());
		}
		List<Draft> submitted = this.index.all().stream().filter(Draft::submitted).toList();
		Map<String, String> owned = this.owners.ownersOf(submitted.stream().map(Draft::record).toList());
		Map<String, List<QueueEntry>> byProducer = new LinkedHashMap<>();
		for (Draft draft : submitted) {
			Optional<String> owner = Optional.ofNullable(owned.get(draft.record()))
				.or(() -> this.index.intendedOwner(draft.record()));
			if (!Permissions.allows(viewer, Action.REVIEW_RECORD, Target.ownedBy(owner))) {
				continue;
			}
			boolean isNew = owned.get(draft.record()) == null && !this.index.isPublished(draft.record());
			String path = this.paths.hrefFor(draft.record());
			byProducer.computeIfAbsent(owner.orElse(""), (key) -> new ArrayList<>())
				.add(new QueueEntry(draft, this.drafts.draftTitle(draft, locale),
						this.history.latestInto(draft.record(), WorkflowState.SUBMITTED), path + "/draft", path, isNew,
						this.diffs.between(this.index.published(draft.record()), this.index.description(draft),
								draft.record(), locale.getLanguage())));
		}
		List<ProducerQueue> queues = new ArrayList<>();
		byProducer.forEach((producer, entries) -> {
			entries.sort(Comparator.comparing(
					(QueueEntry entry) -> entry.submission().map(Change::time).orElse(entry.draft().modified())));
			queues.add(new ProducerQueue(
					producer.isEmpty() ? LocalizedText.none() : this.labels.of(producer, locale.getLanguage()),
					entries));
		});
		queues.sort(Comparator.comparing((ProducerQueue queue) -> queue.producer().text(),
				java.text.Collator.getInstance(locale)));
		model.addAttribute("queues", queues);
		model.addAttribute("commentLength", RecordHistory.COMMENT_LENGTH);
		model.addAttribute("count", queues.stream().mapToInt((queue) -> queue.entries().size()).sum());
		return "catalogue/reviewQueue";
	}

}
