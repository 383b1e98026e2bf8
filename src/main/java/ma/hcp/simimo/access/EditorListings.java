package ma.hcp.simimo.access;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.kernel.LocalizedText;
import ma.hcp.simimo.store.PrivateRecordList;
import ma.hcp.simimo.store.PrivateRecordViews;

import org.springframework.stereotype.Component;

/**
 * The drafts and restricted records the current viewer may read (READ_DRAFTS), for the
 * pages that list them, marked, beside the published records: the producer page and the
 * dataset list (decision 0027). A viewer who may read no draft gets none, and the private
 * store is not read for them.
 */
@Component
public class EditorListings {

	private final PrivateRecordList list;

	private final LinkedDataPaths paths;

	EditorListings(PrivateRecordList list, LinkedDataPaths paths) {
		this.list = list;
		this.paths = paths;
	}

	/**
	 * One line of such a list.
	 *
	 * @param iri the record
	 * @param family its IRI family (datasets, concepts…), which names its type
	 * @param title its title as the draft or the restricted description gives it
	 * @param mark draft or restricted
	 * @param state draft, submitted, sentBack or restricted
	 * @param newRecord whether it has no published description
	 * @param href the draft's page, or a restricted record's own page
	 */
	public record EditorListing(String iri, String family, LocalizedText title, String mark, String state,
			boolean newRecord, String href) {
	}

	/**
	 * Every draft and restricted record of producer {@code producer} the viewer may read.
	 */
	public List<EditorListing> ofProducer(String producer, Locale locale) {
		Viewer viewer = Viewer.current();
		if (!Permissions.allows(viewer, Action.READ_DRAFTS, Target.ownedBy(Optional.of(producer)))) {
			return List.of();
		}
		return listed(viewer, (record) -> true, Optional.of(producer)::equals, locale);
	}

	/**
	 * Every draft and restricted record of IRI family {@code family} the viewer may read.
	 */
	public List<EditorListing> ofFamily(String family, Locale locale) {
		Viewer viewer = Viewer.current();
		if (!Permissions.allowsSome(viewer, Action.READ_DRAFTS)) {
			return List.of();
		}
		return listed(viewer, (record) -> family.equals(this.paths.familyOf(record)), (owner) -> true, locale);
	}

	/**
	 * Every draft and restricted record the viewer may read whose IRI starts with
	 * {@code namespace}: a scheme's concepts, minted as {@code …/concepts/<scheme>/<id>}.
	 */
	public List<EditorListing> under(String namespace, Locale locale) {
		Viewer viewer = Viewer.current();
		if (!Permissions.allowsSome(viewer, Action.READ_DRAFTS)) {
			return List.of();
		}
		return listed(viewer, (record) -> record.startsWith(namespace) && !record.equals(namespace), (owner) -> true,
				locale);
	}

	private List<EditorListing> listed(Viewer viewer, Predicate<String> records, Predicate<Optional<String>> owners,
			Locale locale) {
		return this.list
			.among(records,
					owners.and((owner) -> Permissions.allows(viewer, Action.READ_DRAFTS, Target.ownedBy(owner))),
					locale.getLanguage())
			.stream()
			.map((listed) -> {
				String href = this.paths.hrefFor(listed.record());
				return new EditorListing(listed.record(), this.paths.familyOf(listed.record()), listed.title(),
						listed.mark(), listed.state(), listed.newRecord(),
						PrivateRecordViews.DRAFT.equals(listed.mark()) ? href + "/draft" : href);
			})
			.toList();
	}

}
