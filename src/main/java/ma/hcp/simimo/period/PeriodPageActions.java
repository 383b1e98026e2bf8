package ma.hcp.simimo.period;

import java.util.Optional;

import ma.hcp.simimo.access.Action;
import ma.hcp.simimo.access.Permissions;
import ma.hcp.simimo.access.Target;
import ma.hcp.simimo.access.Viewer;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.kernel.RecordActions;
import ma.hcp.simimo.store.RecordDrafts;
import ma.hcp.simimo.store.RecordDrafts.Draft;
import ma.hcp.simimo.store.RecordOwners;

import org.springframework.stereotype.Component;

/**
 * The edit button, the history link and the "draft in progress" notice on a published
 * reference period's page, {@code /periods/{id}} (the generic resource page), for those
 * who may edit it or read its drafts. Asked for signed-in viewers only; a published
 * period's owner is the record-owners graph's, and the drafts are read only for who may
 * read them.
 */
@Component
class PeriodPageActions implements RecordActions {

	private final RecordOwners owners;

	private final RecordDrafts drafts;

	private final LinkedDataPaths paths;

	PeriodPageActions(RecordOwners owners, RecordDrafts drafts, LinkedDataPaths paths) {
		this.owners = owners;
		this.drafts = drafts;
		this.paths = paths;
	}

	@Override
	public Optional<Actions> forCurrentViewer(String iri) {
		if (!iri.startsWith(this.paths.iriForPath("/periods/"))) {
			return Optional.empty();
		}
		Viewer viewer = Viewer.current();
		Target target = Target.ownedBy(this.owners.ownerOf(iri));
		boolean canEdit = Permissions.allows(viewer, Action.EDIT_RECORD, target);
		boolean canReadHistory = Permissions.allows(viewer, Action.READ_HISTORY, target);
		Optional<Draft> draft = Permissions.allows(viewer, Action.READ_DRAFTS, target) ? this.drafts.draftOf(iri)
				: Optional.empty();
		if (!canEdit && !canReadHistory && draft.isEmpty()) {
			return Optional.empty();
		}
		String href = this.paths.hrefFor(iri);
		return Optional.of(new Actions(canEdit ? href + "/edit" : null, draft.map((it) -> href + "/draft").orElse(null),
				draft.map(Draft::modifiedUtc).orElse(null), "draft.period.inProgress",
				canReadHistory ? href + "/history" : null));
	}

}
