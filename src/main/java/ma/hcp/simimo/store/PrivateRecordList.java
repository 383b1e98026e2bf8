package ma.hcp.simimo.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import ma.hcp.simimo.kernel.LocalizedText;
import ma.hcp.simimo.store.RecordDrafts.Draft;
import ma.hcp.simimo.store.RecordHistory.Change;

import org.springframework.stereotype.Component;

/**
 * The drafts and restricted records of the private store as the editors' pages list them
 * beside the published ones (decision 0027, "Views for signed-in editors"): each with its
 * owner, its title as the private description gives it, its mark and its state. Read
 * straight from the drafts index and the restricted graphs at each request, never cached,
 * so no public cache key can ever hold one.
 */
@Component
public class PrivateRecordList {

	private final RecordDrafts drafts;

	private final RecordRestrictions restrictions;

	private final RecordOwners owners;

	private final PrivateStore privateStore;

	PrivateRecordList(RecordDrafts drafts, RecordRestrictions restrictions, RecordOwners owners,
			PrivateStore privateStore) {
		this.drafts = drafts;
		this.restrictions = restrictions;
		this.owners = owners;
		this.privateStore = privateStore;
	}

	/**
	 * One draft or restricted record.
	 *
	 * @param record the record's IRI
	 * @param owner the producer that owns it, or will (a new record's intended owner)
	 * @param mark {@value PrivateRecordViews#DRAFT} or
	 * {@value PrivateRecordViews#RESTRICTED}
	 * @param state draft, submitted, sentBack (a draft whose last move was a reviewer's
	 * send back) or restricted
	 * @param newRecord whether the record has no published description
	 * @param title its title in the reader's language or the next best, as the private
	 * description has it
	 */
	public record Listed(String record, Optional<String> owner, String mark, String state, boolean newRecord,
			LocalizedText title) {
	}

	/**
	 * The drafts (the last saved first), then the restricted records, of the records
	 * {@code records} accepts whose owner {@code readable} accepts; the titles and states
	 * are read for those only.
	 */
	public List<Listed> among(Predicate<String> records, Predicate<Optional<String>> readable, String language) {
		List<Draft> all = this.drafts.all().stream().filter((draft) -> records.test(draft.record())).toList();
		Map<String, String> owned = this.owners.ownersOf(all.stream().map(Draft::record).toList());
		List<Listed> listed = new ArrayList<>();
		for (Draft draft : all) {
			Optional<String> owner = Optional.ofNullable(owned.get(draft.record())).or(draft::owner);
			if (readable.test(owner)) {
				boolean isNew = owned.get(draft.record()) == null && !this.drafts.isPublished(draft.record());
				listed.add(new Listed(draft.record(), owner, PrivateRecordViews.DRAFT, state(draft), isNew,
						title(draft.record(), this.drafts.description(draft), language)));
			}
		}
		for (String record : RecordRestrictions.restrictedIn(this.privateStore)) {
			if (!records.test(record)) {
				continue;
			}
			Optional<String> owner = this.restrictions.owner(record);
			if (readable.test(owner)) {
				listed.add(new Listed(record, owner, PrivateRecordViews.RESTRICTED, WorkflowState.RESTRICTED.code(),
						false, title(record, this.restrictions.description(record), language)));
			}
		}
		return listed;
	}

	private String state(Draft draft) {
		if (draft.state() != WorkflowState.DRAFT) {
			return draft.state().code();
		}
		// A send back needs a comment and a take back has none: the change log does not
		// name the step, so the comment is what tells them apart. The log outlives the
		// drafts: a send back of an earlier, discarded draft is not this one's.
		Optional<Change> into = this.drafts.history().latestInto(draft.record(), WorkflowState.DRAFT);
		boolean sentBack = into.filter((change) -> !change.time().isBefore(draft.created()))
			.filter((change) -> change.from() == WorkflowState.SUBMITTED)
			.filter((change) -> change.comment().isPresent())
			.isPresent();
		return sentBack ? "sentBack" : draft.state().code();
	}

	private static LocalizedText title(String record, Model description, String language) {
		return LocalizedLiterals.best(description.createResource(record), language, DCTerms.title, SKOS.prefLabel,
				RDFS.label);
	}

}
