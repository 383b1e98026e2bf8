package ma.hcp.simimo.gap;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The coordinators' view of the producers' inventory: completeness of the methodology and
 * quality reports by producer and by topic, as a page and JSON.
 */
@Controller
class InventoryCompletenessController {

	private final InventoryCompletenessRepository inventory;

	InventoryCompletenessController(InventoryCompletenessRepository inventory) {
		this.inventory = inventory;
	}

	@GetMapping(path = "/gaps/inventory", produces = MediaType.TEXT_HTML_VALUE)
	String inventoryPage(Model model, Locale locale) {
		model.addAttribute("inventory", this.inventory.completeness(locale));
		return "gap/inventoryCompleteness";
	}

	@Operation(summary = "Completeness of the producers' methodology and quality reports, by producer and topic",
			description = "For each producer, how many of its datasets record each topic of the HCP 2022 meeting "
					+ "(recorded under ESS SIMS v2.0 concepts, decision 0020); percent is the share of topics "
					+ "recorded over all its datasets.")
	@GetMapping(path = "/api/gaps/inventory", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	InventoryCompleteness inventoryJson(Locale locale) {
		return this.inventory.completeness(locale);
	}

}
