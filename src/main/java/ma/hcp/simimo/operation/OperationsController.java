package ma.hcp.simimo.operation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import ma.hcp.simimo.access.AccountPrincipal;
import ma.hcp.simimo.access.Action;
import ma.hcp.simimo.access.Permissions;
import ma.hcp.simimo.access.Target;
import ma.hcp.simimo.access.Viewer;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.kernel.ResourceNotFoundException;
import ma.hcp.simimo.store.ContentLoader;
import ma.hcp.simimo.store.LoadedGraphRepository;
import ma.hcp.simimo.store.PrivateStore;
import ma.hcp.simimo.store.StoreInspection;
import ma.hcp.simimo.store.StoreOperation;
import ma.hcp.simimo.store.TextIndexRecovery;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The administrators' operations page, {@code /admin/operations}: the health details of
 * the store, its text index, the search index, the private store and the last content
 * load, and a form per operation ({@code POST /admin/operations/<id>}, with the CSRF
 * token). An operation runs while the request waits, one at a time (409 while another
 * runs), and the page then shows how it ended. Only counts, versions and sizes are shown:
 * nothing the private store holds. The content files as loaded, one named graph each,
 * close the page: an operator's concern, not a reader's.
 */
@Controller
class OperationsController {

	private final List<StoreOperation> operations;

	private final OperationRunner runner;

	private final Map<String, HealthIndicator> health;

	private final StoreInspection inspection;

	private final LoadedGraphRepository graphs;

	private final LinkedDataPaths paths;

	OperationsController(List<StoreOperation> operations, OperationRunner runner, Map<String, HealthIndicator> health,
			StoreInspection inspection, LoadedGraphRepository graphs, LinkedDataPaths paths) {
		this.graphs = graphs;
		this.paths = paths;
		this.operations = operations.stream().sorted(Comparator.comparingInt(StoreOperation::order)).toList();
		this.runner = runner;
		this.health = health;
		this.inspection = inspection;
	}

	@GetMapping("/admin/operations")
	String operations(Model model, CsrfToken csrf) {
		require();
		return page(model, csrf);
	}

	@PostMapping("/admin/operations/{id}")
	String run(@PathVariable String id, Model model, CsrfToken csrf, HttpServletResponse response) {
		Viewer viewer = require();
		StoreOperation operation = this.operations.stream()
			.filter((candidate) -> candidate.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new ResourceNotFoundException("/admin/operations/" + id));
		Optional<String> refusal = operation.refusal();
		if (refusal.isPresent()) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("refusal", refusal.get());
			model.addAttribute("refused", operation.id());
			return page(model, csrf);
		}
		try {
			this.runner.run(operation, userName(viewer));
		}
		catch (OperationRunner.BusyException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("busy", ex.running().orElse(null));
			model.addAttribute("refused", operation.id());
			return page(model, csrf);
		}
		return "redirect:/admin/operations#" + operation.id();
	}

	/** Besides the URL rule of the security configuration: the matrix decides. */
	private static Viewer require() {
		Viewer viewer = Viewer.current();
		Permissions.require(viewer, Action.OPERATE, Target.none());
		return viewer;
	}

	private static String userName(Viewer viewer) {
		return Viewer.principal(SecurityContextHolder.getContext().getAuthentication())
			.map(AccountPrincipal::userName)
			.orElse(viewer.account().orElse("?"));
	}

	private String page(Model model, CsrfToken csrf) {
		if (csrf != null) {
			// Rendered now, so the forms' token cookie is set before the body is written.
			csrf.getToken();
		}
		List<Section> sections = new ArrayList<>();
		healthSection("store", "store").ifPresent(sections::add);
		this.inspection.textIndex().map(OperationsController::textIndex).ifPresent(sections::add);
		healthSection("search", "search").ifPresent(sections::add);
		sections.add(privateStore(this.inspection.privateStore()));
		this.inspection.lastLoad().map(OperationsController::contentLoad).ifPresent(sections::add);
		model.addAttribute("sections", sections);
		model.addAttribute("operations",
				this.operations.stream()
					.map((operation) -> new Offered(operation.id(), operation.refusal().orElse(null),
							this.runner.last(operation.id()).orElse(null)))
					.toList());
		model.addAttribute("running", this.runner.running().orElse(null));
		model.addAttribute("graphs", this.graphs.loadedGraphs());
		model.addAttribute("paths", this.paths);
		return "operation/adminOperations";
	}

	private Optional<Section> healthSection(String bean, String title) {
		HealthIndicator indicator = this.health.get(bean);
		if (indicator == null) {
			return Optional.empty();
		}
		Health health = indicator.health();
		List<Row> rows = new ArrayList<>();
		rows.add(Row.of("status", health.getStatus().getCode()));
		flatten("", health.getDetails(), rows);
		return Optional.of(new Section(title, rows));
	}

	private static void flatten(String prefix, Map<String, Object> details, List<Row> rows) {
		details.forEach((key, value) -> {
			if (value instanceof Map<?, ?> nested) {
				Map<String, Object> named = new java.util.LinkedHashMap<>();
				nested.forEach((nestedKey, nestedValue) -> named.put(String.valueOf(nestedKey), nestedValue));
				flatten(prefix + key + ".", named, rows);
			}
			else {
				rows.add(Row.of(prefix + key, value));
			}
		});
	}

	private static Section textIndex(TextIndexRecovery.Status status) {
		return new Section("textIndex", List.of(Row.of("documents", status.documents()),
				Row.of("indexedValues", status.indexedValues()), Row.of("recordedVersion", status.recordedVersion()),
				Row.of("contentVersion", status.storeVersion()), Row.of("agreesWithStore", status.agreesWithStore())));
	}

	private static Section privateStore(PrivateStore.Status status) {
		return new Section("privateStore", List.of(Row.of("quads", status.quads()), Row.of("graphs", status.graphs()),
				Row.of("generation", status.generation()), Row.of("sizeOnDisk", status.bytesOnDisk())));
	}

	private static Section contentLoad(ContentLoader.LastLoad last) {
		List<Row> rows = new ArrayList<>();
		rows.add(Row.of("finished", last.finished().toString()));
		rows.add(Row.of("loaded", last.report().loaded().size()));
		if (!last.report().loaded().isEmpty()) {
			rows.add(Row.of("loadedFiles", String.join(", ", last.report().loaded())));
		}
		rows.add(Row.of("unchanged", last.report().unchanged().size()));
		rows.add(Row.of("dropped", last.report().dropped().size()));
		if (!last.report().dropped().isEmpty()) {
			rows.add(Row.of("droppedGraphs", String.join(", ", last.report().dropped())));
		}
		rows.add(Row.of("shapesRun", last.report().shapes().performed()));
		if (last.report().shapes().performed()) {
			rows.add(Row.of("shapesTriples", last.report().shapes().triples()));
			rows.add(Row.of("shapesMillis", last.report().shapes().time().toMillis()));
		}
		return new Section("contentLoad", rows);
	}

	/**
	 * A part of the page's health details.
	 *
	 * @param title the part of its message key, {@code admin.operations.section.<title>}
	 * @param rows its figures
	 */
	record Section(String title, List<Row> rows) {
	}

	/**
	 * One figure: its label's key {@code admin.operations.detail.<key>}, and its value as
	 * text, or the key of a yes or no.
	 *
	 * @param key the label
	 * @param value the value as text, or null
	 * @param valueKey the message key of the value, or null
	 */
	record Row(String key, String value, String valueKey) {

		static Row of(String key, Object value) {
			if (value instanceof Boolean bool) {
				return new Row(key, null, bool ? "admin.operations.yes" : "admin.operations.no");
			}
			return new Row(key, String.valueOf(value), null);
		}

	}

	/**
	 * An operation the page offers.
	 *
	 * @param id its id
	 * @param refusal why it cannot run here, or null
	 * @param last its last run, or null
	 */
	record Offered(String id, String refusal, OperationRunner.LastRun last) {
	}

}
