package ma.hcp.simimo.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;

import ma.hcp.simimo.store.RecordDrafts.Draft;

import org.springframework.stereotype.Component;

/**
 * The concurrent-edit check of the edit forms (decision 0027): the revision a form is
 * loaded from, as its hidden field and its ETag, and, when a save from a revision that is
 * no longer current was refused ({@link StaleRevisionException}), who saved the draft
 * meanwhile, when, and the readable diff between the current draft and what the editor
 * typed. Reads the drafts index and the accounts graph of the private store.
 */
@Component
public class DraftConflicts {

	private final RecordDrafts drafts;

	private final RecordDiff diffs;

	private final PrivateStore privateStore;

	public DraftConflicts(RecordDrafts drafts, RecordDiff diffs, PrivateStore privateStore) {
		this.drafts = drafts;
		this.diffs = diffs;
		this.privateStore = privateStore;
	}

	/**
	 * A refused save.
	 *
	 * @param loaded the revision the editor loaded (0: the published version)
	 * @param current the draft's revision now (0: it was discarded meanwhile)
	 * @param author the display name (or user name) of who saved it last, empty when the
	 * account is gone or the draft was discarded
	 * @param savedUtc when it was saved last, {@code 2026-12-03 12:30 UTC}; empty when it
	 * was discarded
	 * @param diff what saving the typed form would change in the current draft (removed:
	 * the current draft's values; added: the editor's)
	 */
	public record Conflict(int loaded, int current, Optional<String> author, Optional<String> savedUtc,
			List<RecordDiff.Change> diff) {

		/** Whether the draft the editor loaded was discarded meanwhile. */
		public boolean discarded() {
			return this.current == 0;
		}

		/** Whether the account that saved it meanwhile still has a name to show. */
		public boolean named() {
			return this.author.isPresent();
		}

		/**
		 * What the edit form shows again: this conflict, and the current revision as the
		 * form's own, so that sending it again, once the diff is read, replaces the
		 * version saved meanwhile on purpose.
		 */
		public Map<String, Object> attributes() {
			return Map.of("conflict", this, "revision", this.current);
		}

	}

	/**
	 * The ETag of an edit form loaded from {@code revision}: weak, as the page also holds
	 * the viewer's CSRF token; {@code W/"draft-0"} when the record has no draft.
	 */
	public static String etag(int revision) {
		return "W/\"draft-" + revision + "\"";
	}

	/** The revision an edit form of {@code record} is loaded from now (0: no draft). */
	public int revisionOf(String record) {
		return this.drafts.revisionOf(record);
	}

	/**
	 * The conflict of a save of {@code record} from revision {@code loaded}, whose form
	 * gave {@code typed}, for a reader of {@code language}.
	 */
	public Conflict of(String record, int loaded, Model typed, String language) {
		return of(record, List.of(), loaded, typed, language);
	}

	/**
	 * As {@link #of(String, int, Model, String)}, for a record made of {@code parts} (a
	 * classification), whose published description, when its draft was discarded,
	 * includes them.
	 */
	public Conflict of(String record, Collection<String> parts, int loaded, Model typed, String language) {
		Optional<Draft> current = this.drafts.draftOf(record);
		Model before = current.map(this.drafts::description).orElseGet(() -> this.drafts.published(record, parts));
		return new Conflict(loaded, current.map(Draft::revision).orElse(0), current.flatMap(this::authorName),
				current.map(Draft::modifiedUtc), this.diffs.between(before, typed, record, language));
	}

	private Optional<String> authorName(Draft draft) {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("account", ResourceFactory.createResource(draft.author()));
		return this.privateStore.reader().select("store/accountName", bindings, 1, (row) -> {
			RDFNode name = row.get("name");
			return (name != null && name.isLiteral()) ? name.asLiteral().getLexicalForm()
					: row.getLiteral("userName").getLexicalForm();
		}).stream().findFirst();
	}

}
