package ma.hcp.simimo.access;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import ma.hcp.simimo.kernel.LabelledLink;
import ma.hcp.simimo.kernel.LocalizedText;
import ma.hcp.simimo.kernel.Slugs;
import ma.hcp.simimo.store.CatalogueProducers;

import org.springframework.stereotype.Component;

/**
 * The producer choice of the new-record forms (decision 0025): the producers of the
 * catalogue, and among them those a viewer may create a record for (CREATE_RECORD: a
 * contributor's own, every one for a coordinator).
 */
@Component
public class ProducerChoices {

	private final CatalogueProducers producers;

	ProducerChoices(CatalogueProducers producers) {
		this.producers = producers;
	}

	/**
	 * A producer a new record may belong to.
	 *
	 * @param id its local name ({@code anapec}), what the form sends
	 * @param iri its IRI
	 * @param label its name
	 */
	public record Choice(String id, String iri, LocalizedText label) {

		static Choice of(LabelledLink producer) {
			return new Choice(Slugs.localName(producer.iri()), producer.iri(), producer.label());
		}

	}

	/** Every producer of the catalogue, by name. */
	public List<Choice> all(Locale locale) {
		return this.producers.all(locale).stream().map(Choice::of).toList();
	}

	/** The producers {@code viewer} may create a record for, by name. */
	public List<Choice> forViewer(Viewer viewer, Locale locale) {
		return all(locale).stream()
			.filter((choice) -> Permissions.allows(viewer, Action.CREATE_RECORD,
					Target.ownedBy(Optional.of(choice.iri()))))
			.toList();
	}

	/** The producer whose local name is {@code id}, if the catalogue has it. */
	public Optional<Choice> byId(String id, Locale locale) {
		return all(locale).stream().filter((choice) -> choice.id().equals(id)).findFirst();
	}

}
