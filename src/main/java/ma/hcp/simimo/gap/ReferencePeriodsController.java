package ma.hcp.simimo.gap;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;

import ma.hcp.simimo.access.Action;
import ma.hcp.simimo.access.Permissions;
import ma.hcp.simimo.access.Target;
import ma.hcp.simimo.access.Viewer;
import ma.hcp.simimo.gap.ReferencePeriods.Period;
import ma.hcp.simimo.kernel.Table;
import ma.hcp.simimo.kernel.TableExports;
import ma.hcp.simimo.store.RecordOwners;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** National against recommended reference periods, as a page, JSON, CSV and XLSX. */
@Controller
class ReferencePeriodsController {

	private final ReferencePeriodsRepository periods;

	private final MessageSource messages;

	private final RecordOwners owners;

	ReferencePeriodsController(ReferencePeriodsRepository periods, MessageSource messages, RecordOwners owners) {
		this.periods = periods;
		this.messages = messages;
		this.owners = owners;
	}

	@GetMapping(path = "/gaps/periods", produces = MediaType.TEXT_HTML_VALUE, params = "!format")
	String periodsPage(Model model, Locale locale, HttpServletResponse response) {
		ReferencePeriods periods = this.periods.periods(locale);
		model.addAttribute("periods", periods);
		Set<String> editable = Set.of();
		Viewer viewer = Viewer.current();
		if (viewer.signedIn()) {
			// Which periods show an edit link depends on who asks: never cached for
			// another. A reader's page asks nothing of the owners.
			response.setHeader("Cache-Control", "private, no-store");
			List<String> national = periods.families()
				.stream()
				.flatMap((family) -> family.national().stream())
				.map(Period::subject)
				.distinct()
				.toList();
			Map<String, String> owned = this.owners.ownersOf(national);
			editable = national.stream()
				.filter((iri) -> Permissions.allows(viewer, Action.EDIT_RECORD,
						Target.ownedBy(Optional.ofNullable(owned.get(iri)))))
				.collect(Collectors.toSet());
			model.addAttribute("canCreate", Permissions.allowsSome(viewer, Action.CREATE_RECORD));
		}
		model.addAttribute("editable", editable);
		return "gap/referencePeriods";
	}

	@GetMapping(path = "/gaps/periods", params = "format")
	ResponseEntity<byte[]> periodsExport(@RequestParam(name = "format") String format, Locale locale) {
		String checked = DivergenceMatrixController.format(format);
		List<String> headers = List.of("family", "side", "subject", "kind", "value", "iri")
			.stream()
			.map((column) -> message("gap.periods.column." + column, locale))
			.toList();
		Table table = new Table(message("gap.periods.sheet", locale), locale, headers,
				ReferencePeriodsRepository.lines(this.periods.periods(locale), message("gap.periods.national", locale),
						message("gap.periods.recommended", locale)));
		return TableExports.download(table, "simimo-reference-periods", checked);
	}

	@Operation(summary = "National reference periods against the recommended ones, by concept family",
			description = "scale places each duration on a logarithmic scale from one day (0) to two years (100); "
					+ "-1 for a window of dates.")
	@GetMapping(path = "/api/gaps/periods", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ReferencePeriods periodsJson(Locale locale) {
		return this.periods.periods(locale);
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
