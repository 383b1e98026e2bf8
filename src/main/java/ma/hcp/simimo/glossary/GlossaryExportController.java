package ma.hcp.simimo.glossary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import ma.hcp.simimo.kernel.BadRequestException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Exports a selection of concepts as a glossary in any of the formats:
 * {@code GET /glossary/export?concepts=<iri>,…&langs=fr,ar,en&format=…}, or the same
 * parameters posted as a form when the selection is too long for a URL.
 */
@Controller
class GlossaryExportController {

	private final GlossaryRepository glossaries;

	private final List<GlossaryFormat> formats;

	GlossaryExportController(GlossaryRepository glossaries, List<GlossaryFormat> formats) {
		this.glossaries = glossaries;
		this.formats = formats;
	}

	@Operation(summary = "A glossary of the given concepts, in one to three languages",
			description = "concepts: comma-separated concept IRIs (at most 1,000); langs: fr, ar, en; "
					+ "order: alphabetical, family or scheme; orderLang; layout: side or sequence; content: "
					+ "definition, source, counterpart, divergences, related, datasets; format: html, pdf, docx, "
					+ "xlsx, csv or ttl.")
	@GetMapping("/glossary/export")
	ResponseEntity<byte[]> export(@Parameter(hidden = true) @RequestParam Map<String, String> parameters, Locale locale)
			throws IOException {
		GlossaryFormat format = format(parameters.get("format"));
		GlossaryRequest request = GlossaryRequest.from(parameters);
		return download(this.glossaries.glossary(Glossary.Metadata.unsaved(), request), format, "simimo-glossary",
				locale);
	}

	@PostMapping("/glossary/export")
	ResponseEntity<byte[]> exportPosted(@RequestParam Map<String, String> parameters, Locale locale)
			throws IOException {
		return export(parameters, locale);
	}

	/** The format named by the parameter, or a 400 that lists the formats. */
	GlossaryFormat format(String name) {
		Optional<GlossaryFormat> found = this.formats.stream()
			.filter((format) -> format.name().equalsIgnoreCase(String.valueOf(name).strip()))
			.findFirst();
		return found.orElseThrow(() -> new BadRequestException("glossary.error.format", String.valueOf(name),
				String.join(", ", this.formats.stream().map(GlossaryFormat::name).sorted().toList())));
	}

	static ResponseEntity<byte[]> download(Glossary glossary, GlossaryFormat format, String name, Locale locale)
			throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		format.write(glossary, locale, bytes);
		ContentDisposition disposition = (format.inline() ? ContentDisposition.inline()
				: ContentDisposition.attachment())
			.filename(name + "." + format.extension(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(format.mediaType())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.body(bytes.toByteArray());
	}

}
