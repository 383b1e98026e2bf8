package ma.hcp.simimo.store;

import java.time.Instant;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TimeZone;
import java.util.UUID;

import org.apache.jena.datatypes.xsd.XSDDateTime;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The change log of records (decision 0027): each change is a {@code simimo:Change} in
 * the private store's graph {@value #GRAPH} ({@code simimo:changeOf},
 * {@code prov:wasAttributedTo}, {@code prov:generatedAtTime}, an optional
 * {@code rdfs:comment}, {@code simimo:fromState} and {@code simimo:toState}). A workflow
 * step appends its change in the same private-store write as its state change; a
 * publication adds {@code simimo:patch}, {@code simimo:writeSequence} and
 * {@code simimo:changeState} to its own, which the listing reads too.
 */
public class RecordHistory {

	/** The private store's graph of the change log. */
	public static final String GRAPH = "urn:simimo:graph:history";

	/** The longest comment a change keeps, in characters (the private shapes agree). */
	public static final int COMMENT_LENGTH = 2000;

	/** The datatype of a change's RDF Patch text. */
	static final String PATCH_DATATYPE = Vocab.SIMIMO + "rdfPatch";

	private static final String APPLIED = Vocab.SIMIMO + "applied";

	private static final String CHANGE_PREFIX = "urn:simimo:change:";

	private final PrivateStore privateStore;

	public RecordHistory(PrivateStore privateStore) {
		this.privateStore = privateStore;
	}

	/**
	 * One change of a record, as the log has it.
	 *
	 * @param iri the change's IRI
	 * @param record the record it is about
	 * @param author the account that made it
	 * @param authorName the account's display name, or its user name; empty when the
	 * account is gone
	 * @param time when it was made
	 * @param comment what its author said, if anything
	 * @param from the state before
	 * @param to the state after
	 * @param patch the RDF Patch of a publication, if any
	 * @param writeSequence the public write of a publication, if any
	 * @param changeState a publication's simimo:pending, simimo:applied or simimo:refused
	 * (its IRI), if any
	 * @param refusal why a publication was refused, if it was
	 */
	public record Change(String iri, String record, String author, Optional<String> authorName, Instant time,
			Optional<String> comment, WorkflowState from, WorkflowState to, Optional<String> patch,
			OptionalLong writeSequence, Optional<String> changeState, Optional<String> refusal) {

		/** When it was made, to the minute, in UTC: {@code 2026-12-02 17:30 UTC}. */
		public String timeUtc() {
			return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
				.withZone(java.time.ZoneOffset.UTC)
				.format(this.time);
		}

	}

	/**
	 * Appends a change without a patch to {@code write}, the caller's private-store
	 * transaction, so that it lands with the state change it records or not at all.
	 * @param comment its author's words, trimmed; blank means none
	 * @return the change's IRI
	 */
	public String append(StoreWrite write, String record, String account, Optional<String> comment, WorkflowState from,
			WorkflowState to) {
		return append(write, record, account, comment, from, to, Optional.empty(), Optional.empty());
	}

	/**
	 * As
	 * {@link #append(StoreWrite, String, String, Optional, WorkflowState, WorkflowState)},
	 * for a publication: with its RDF Patch text and its {@code simimo:changeState} (an
	 * IRI).
	 */
	String append(StoreWrite write, String record, String account, Optional<String> comment, WorkflowState from,
			WorkflowState to, Optional<String> patch, Optional<String> changeState) {
		String iri = CHANGE_PREFIX + UUID.randomUUID();
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("change", ResourceFactory.createResource(iri));
		bindings.add("record", ResourceFactory.createResource(record));
		bindings.add("author", ResourceFactory.createResource(account));
		bindings.add("time", dateTime(Instant.now()));
		bindings.add("fromState", ResourceFactory.createResource(from.iri()));
		bindings.add("toState", ResourceFactory.createResource(to.iri()));
		comment.map(String::strip)
			.filter((text) -> !text.isEmpty())
			.ifPresent((text) -> bindings.add("comment", ResourceFactory.createPlainLiteral(text)));
		patch.ifPresent((text) -> bindings.add("patch",
				ResourceFactory.createTypedLiteral(text, new org.apache.jena.datatypes.BaseDatatype(PATCH_DATATYPE))));
		changeState.ifPresent((state) -> bindings.add("changeState", ResourceFactory.createResource(state)));
		write.update("store/appendChange", bindings);
		return iri;
	}

	/** The changes of {@code record}, the newest first. */
	public List<Change> of(String record) {
		QuerySolutionMap bindings = new QuerySolutionMap();
		bindings.add("record", ResourceFactory.createResource(record));
		return this.privateStore.reader().select("store/recordChanges", bindings, (row) -> change(record, row));
	}

	/**
	 * The latest change that moved {@code record} into {@code state} from another state
	 * (a reviewer's save of a submitted draft does not submit it again), if there is one.
	 */
	public Optional<Change> latestInto(String record, WorkflowState state) {
		return of(record).stream().filter((change) -> change.to() == state && change.from() != state).findFirst();
	}

	/**
	 * One published version of a record (decision 0027, slice 2).
	 *
	 * @param number 0 for the description loaded from the content files, then 1, 2, … for
	 * each applied publication, oldest first
	 * @param change the publication that made it; empty for version 0
	 * @param description the record's whole published description in that version (empty
	 * for a withdrawal)
	 */
	public record Version(int number, Optional<Change> change, Model description) {

		/**
		 * Whether this version is the record's withdrawal: readers have nothing of it.
		 */
		public boolean withdrawal() {
			return this.change.filter((made) -> made.to() == WorkflowState.WITHDRAWN).isPresent();
		}

	}

	/**
	 * The published versions of {@code record}, oldest first, rebuilt from the patches of
	 * its applied publications: a publication replaces the record's whole description, so
	 * the version it made is what its patch adds, and version 0 (the content files' one)
	 * is what the first patch deletes. Empty for a record never published in the
	 * application; a new record has no version 0. A withdrawal is a version with an empty
	 * description.
	 */
	public List<Version> versions(String record) {
		List<Change> applied = new java.util.ArrayList<>(of(record).stream()
			.filter((change) -> change.changeState().filter(APPLIED::equals).isPresent())
			.filter((change) -> change.patch().isPresent())
			// A restriction's patches move the description, they make no version; a
			// withdrawal's is one, empty.
			.filter((change) -> change.to() != WorkflowState.RESTRICTED && change.from() != WorkflowState.RESTRICTED)
			.toList());
		java.util.Collections.reverse(applied);
		List<Version> versions = new java.util.ArrayList<>();
		for (Change change : applied) {
			Model[] sides = sides(change.patch().get());
			if (versions.isEmpty() && !sides[0].isEmpty()) {
				versions.add(new Version(0, Optional.empty(), sides[0]));
			}
			versions.add(new Version(versions.isEmpty() ? 1 : versions.get(versions.size() - 1).number() + 1,
					Optional.of(change), sides[1]));
		}
		return versions;
	}

	/** The triples an RDF Patch deletes and those it adds, graphs left out. */
	private static Model[] sides(String patch) {
		Model deleted = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
		Model added = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
		org.apache.jena.rdfpatch.RDFPatchOps
			.read(new java.io.ByteArrayInputStream(patch.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.apply(new org.apache.jena.rdfpatch.changes.RDFChangesBase() {

				@Override
				public void add(Node graph, Node subject, Node predicate, Node object) {
					added.getGraph().add(subject, predicate, object);
				}

				@Override
				public void delete(Node graph, Node subject, Node predicate, Node object) {
					deleted.getGraph().add(subject, predicate, object);
				}

			});
		return new Model[] { deleted, added };
	}

	private static Change change(String record, QuerySolution row) {
		Optional<String> name = text(row, "name").or(() -> text(row, "userName"));
		Literal sequence = row.getLiteral("writeSequence");
		Resource changeState = row.getResource("changeState");
		return new Change(row.getResource("change").getURI(), record, row.getResource("author").getURI(), name,
				Instant.parse(row.getLiteral("time").getLexicalForm()), text(row, "comment"),
				WorkflowState.of(row.getResource("fromState").getURI()),
				WorkflowState.of(row.getResource("toState").getURI()), text(row, "patch"),
				(sequence == null) ? OptionalLong.empty() : OptionalLong.of(sequence.getLong()),
				Optional.ofNullable(changeState).map(Resource::getURI), text(row, "refusal"));
	}

	private static Optional<String> text(QuerySolution row, String variable) {
		RDFNode node = row.get(variable);
		return (node != null && node.isLiteral()) ? Optional.of(node.asLiteral().getLexicalForm()) : Optional.empty();
	}

	static RDFNode dateTime(Instant instant) {
		Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
		calendar.setTimeInMillis(instant.toEpochMilli());
		return ResourceFactory.createTypedLiteral(new XSDDateTime(calendar));
	}

}
