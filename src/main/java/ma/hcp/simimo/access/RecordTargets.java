package ma.hcp.simimo.access;

import java.util.Optional;

import ma.hcp.simimo.kernel.ResourceNotFoundException;
import ma.hcp.simimo.store.RecordDrafts;
import ma.hcp.simimo.store.RecordOwners;
import ma.hcp.simimo.store.RecordRestrictions;

import org.springframework.stereotype.Component;

/**
 * What a record is for the permission checks, whether it is published or new (decision
 * 0025): owned by the producer the record-owners graph names, or, for a record that has
 * no published description yet, by its draft's intended owner. And the rule that hides a
 * new record from whoever may not act on it: a 404, as if its IRI were unused.
 */
@Component
public class RecordTargets {

	private final RecordOwners owners;

	private final RecordDrafts drafts;

	private final RecordRestrictions restrictions;

	RecordTargets(RecordOwners owners, RecordDrafts drafts, RecordRestrictions restrictions) {
		this.owners = owners;
		this.drafts = drafts;
		this.restrictions = restrictions;
	}

	/** The record {@code iri} as a target. */
	public Target of(String iri) {
		return Target.ownedBy(owner(iri));
	}

	/**
	 * The producer that owns record {@code iri}, published, new or restricted (whose
	 * owner statement is in its private graph, decision 0027).
	 */
	public Optional<String> owner(String iri) {
		return this.owners.ownerOf(iri).or(() -> this.drafts.intendedOwner(iri)).or(() -> this.restrictions.owner(iri));
	}

	/**
	 * Refuses unless {@code viewer} may do {@code action} on record {@code iri}: a 404
	 * when the record is {@code unpublished} (it is then known by its draft alone), a 403
	 * otherwise.
	 */
	public void requireOrHide(Viewer viewer, Action action, String iri, boolean unpublished) {
		Target target = of(iri);
		if (unpublished && !Permissions.allows(viewer, action, target)) {
			throw new ResourceNotFoundException(iri);
		}
		Permissions.require(viewer, action, target);
	}

}
