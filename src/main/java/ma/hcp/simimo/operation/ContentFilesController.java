package ma.hcp.simimo.operation;

import java.nio.charset.StandardCharsets;

import ma.hcp.simimo.access.Action;
import ma.hcp.simimo.access.Permissions;
import ma.hcp.simimo.access.Target;
import ma.hcp.simimo.access.Viewer;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.kernel.ResourceNotFoundException;
import ma.hcp.simimo.store.ContentExport;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The curators' content files (decision 0027): {@code /admin/content} lists the files as
 * loaded and which have records edited in the application, and
 * {@code /admin/content/<file>.ttl} exports a file with its edited records put back, to
 * be committed to {@code vocabularies/}. Coordinators and administrators
 * ({@link Action#EXPORT_CONTENT}).
 */
@Controller
class ContentFilesController {

	private static final MediaType TURTLE = new MediaType("text", "turtle", StandardCharsets.UTF_8);

	private final ContentExport export;

	private final LinkedDataPaths paths;

	ContentFilesController(ContentExport export, LinkedDataPaths paths) {
		this.export = export;
		this.paths = paths;
	}

	@GetMapping("/admin/content")
	String files(Model model) {
		require();
		model.addAttribute("files", this.export.files());
		model.addAttribute("paths", this.paths);
		return "operation/contentFiles";
	}

	@GetMapping("/admin/content/{file}.ttl")
	ResponseEntity<String> export(@PathVariable String file) {
		require();
		String turtle = this.export.turtle(file)
			.orElseThrow(() -> new ResourceNotFoundException("/admin/content/" + file + ".ttl"));
		return ResponseEntity.ok()
			.contentType(TURTLE)
			.cacheControl(CacheControl.noStore().cachePrivate())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file + ".ttl").build().toString())
			.body(turtle);
	}

	/** Besides the URL rule of the security configuration: the matrix decides. */
	private static void require() {
		Permissions.require(Viewer.current(), Action.EXPORT_CONTENT, Target.none());
	}

}
