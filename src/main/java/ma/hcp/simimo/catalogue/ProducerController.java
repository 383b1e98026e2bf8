package ma.hcp.simimo.catalogue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import ma.hcp.simimo.access.Action;
import ma.hcp.simimo.access.EditorListings;
import ma.hcp.simimo.access.EditorListings.EditorListing;
import ma.hcp.simimo.access.Permissions;
import ma.hcp.simimo.access.Target;
import ma.hcp.simimo.access.Viewer;
import ma.hcp.simimo.kernel.LabelledLink;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.store.RecordOwners;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** The producer list and the producer page, for browsers and as JSON under /api. */
@Controller
class ProducerController {

	private final ProducerRepository producers;

	private final LinkedDataPaths paths;

	private final RecordOwners owners;

	private final EditorListings listings;

	ProducerController(ProducerRepository producers, LinkedDataPaths paths, RecordOwners owners,
			EditorListings listings) {
		this.producers = producers;
		this.paths = paths;
		this.owners = owners;
		this.listings = listings;
	}

	@GetMapping(path = "/producers", produces = MediaType.TEXT_HTML_VALUE)
	String producerList(Model model, Locale locale) {
		model.addAttribute("producers", this.producers.all(locale));
		return "catalogue/producerList";
	}

	@GetMapping(path = "/api/producers", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<ProducerSummary> producerListJson(Locale locale) {
		return this.producers.all(locale);
	}

	@GetMapping(path = "/producers/{id}", produces = MediaType.TEXT_HTML_VALUE)
	String producerPage(@PathVariable String id, Model model, Locale locale, HttpServletResponse response) {
		String iri = this.paths.iriForPath("/producers/" + id);
		ProducerPage producer = this.producers.page(iri, locale);
		model.addAttribute("producer", producer);
		model.addAttribute("formatHref", this.paths.hrefFor(iri));
		Viewer viewer = Viewer.current();
		Set<String> editable = new HashSet<>();
		if (Permissions.allowsSome(viewer, Action.EDIT_RECORD)) {
			response.setHeader("Cache-Control", DatasetEditController.PRIVATE);
			Map<String, String> owned = this.owners
				.ownersOf(producer.datasets().stream().map(LabelledLink::iri).toList());
			producer.datasets()
				.stream()
				.map(LabelledLink::iri)
				.filter((dataset) -> Permissions.allows(viewer, Action.EDIT_RECORD,
						Target.ownedBy(Optional.ofNullable(owned.get(dataset)))))
				.forEach(editable::add);
		}
		model.addAttribute("editable", editable);
		boolean canCreate = Permissions.allows(viewer, Action.CREATE_RECORD, Target.ownedBy(Optional.of(iri)));
		if (canCreate) {
			response.setHeader("Cache-Control", DatasetEditController.PRIVATE);
		}
		model.addAttribute("newDatasetHref", canCreate ? "/datasets/new?producer=" + DatasetIris.localName(iri) : null);
		List<EditorListing> listed = this.listings.ofProducer(iri, locale);
		if (!listed.isEmpty()) {
			response.setHeader("Cache-Control", DatasetEditController.PRIVATE);
		}
		model.addAttribute("editorListings", listed);
		return "catalogue/producerPage";
	}

	@GetMapping(path = "/api/producers/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ProducerPage producerJson(@PathVariable String id, Locale locale) {
		return this.producers.page(this.paths.iriForPath("/producers/" + id), locale);
	}

}
