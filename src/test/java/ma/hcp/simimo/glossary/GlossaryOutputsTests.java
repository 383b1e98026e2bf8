package ma.hcp.simimo.glossary;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ma.hcp.simimo.TestPrerequisites;
import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.kernel.TableExports;
import ma.hcp.simimo.store.SparqlExecutor;
import ma.hcp.simimo.store.TestExecutors;
import ma.hcp.simimo.web.WebTestConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(GlossaryExportController.class)
@Import({ GlossaryOutputsTests.Store.class, WebTestConfiguration.class, GlossaryRepository.class,
		DivergenceSentences.class, LinkedDataPaths.class, GlossaryHtml.class, GlossaryPdf.class, GlossaryDocx.class,
		GlossaryXlsx.class, GlossaryCsv.class })
class GlossaryOutputsTests {

	static final String CENSUS = "https://w3id.org/simimo/test/glossary/legal-population";

	static final String UN = "https://w3id.org/simimo/test/glossary/long-term-migrant";

	static final String SCRIPT = "https://w3id.org/simimo/test/glossary/script-label";

	static final String UNSOURCED = "https://w3id.org/simimo/test/glossary/unsourced";

	static final String CENSUS_AR = "السكان القانونيون";

	static final String CENSUS_FR_DEFINITION = "Personnes résidant habituellement au Maroc depuis au moins six mois.";

	/** The site's fallback mark, written in Arabic: "in French: no Arabic version". */
	static final String IN_FRENCH_NO_ARABIC = "(بالفرنسية: لا توجد نسخة عربية)";

	static final String NO_DEFINITION_AR = "التعريف غير متوفر في المصادر التي تمت مراجعتها.";

	@Autowired
	MockMvc mvc;

	@Autowired
	GlossaryRepository glossaries;

	@Autowired
	GlossaryHtml html;

	@Autowired
	GlossaryDocx docx;

	@Test
	void printsEachTermInEachLanguageWithItsLanguageAndDirectionSideBySide() throws Exception {
		String html = html(export("html").param("concepts", CENSUS).param("langs", "fr,ar"));

		assertThat(html).contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"fr\" dir=\"ltr\">");
		assertThat(html).contains("<table class=\"side\">");
		assertThat(html).contains("<span lang=\"fr\" dir=\"ltr\">Population légale</span>");
		assertThat(html).contains("<span lang=\"ar\" dir=\"rtl\">" + CENSUS_AR + "</span>");
		assertThat(html).contains("@page").contains("size: A4").contains("page-break-inside: avoid");
	}

	@Test
	void printsThePlainLanguageDivergenceNoteAndTheCounterpartWithItsDefinition() throws Exception {
		String html = html(
				export("html").param("concepts", CENSUS).param("langs", "fr,ar").param("layout", "sequence"));

		assertThat(html).doesNotContain("<table class=\"side\">");
		assertThat(html).contains("Seuil de durée de résidence : 6 mois pour « Population légale », "
				+ "12 mois pour « Migrant de longue durée ».");
		// The Arabic sentence's parts are isolated as <bdi>, not as invisible characters.
		assertThat(html).contains("<span lang=\"ar\" dir=\"rtl\"><bdi>عتبة مدة الإقامة</bdi>: <bdi>")
			.contains(" في «<bdi>السكان القانونيون</bdi>»، و<bdi>")
			.doesNotContain("\u2068")
			.doesNotContain("\u2069");
		assertThat(html).contains("<span lang=\"fr\" dir=\"ltr\">Migrant de longue durée</span>");
		assertThat(html).contains("Personne qui s&#39;installe dans un autre pays pour au moins un an.");
	}

	@Test
	void printsThePageInTheReadersLanguageAndDirection() throws Exception {
		String html = html(export("html").param("concepts", CENSUS).param("langs", "fr,ar").param("lang", "ar"));

		assertThat(html).contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ar\" dir=\"rtl\">");
		assertThat(html).contains("<title>مسرد المصطلحات</title>");
	}

	@Test
	void showsATextMissingInALanguageInFrenchMarkedAsSuch() throws Exception {
		String html = html(
				export("html").param("concepts", CENSUS).param("langs", "ar").param("content", "definition"));

		assertThat(html).contains("<td lang=\"ar\" dir=\"rtl\">")
			.contains("<span lang=\"fr\" dir=\"ltr\">" + CENSUS_FR_DEFINITION
					+ "</span><small class=\"fallback\" lang=\"ar\" dir=\"rtl\"> " + IN_FRENCH_NO_ARABIC + "</small>");
	}

	@Test
	void everyOutputFallsBackToTheFrenchDefinitionWithTheSameArabicMark() throws Exception {
		String cell = CENSUS_FR_DEFINITION + " " + IN_FRENCH_NO_ARABIC;

		assertThat(html(definitions("html", CENSUS))).contains(IN_FRENCH_NO_ARABIC);
		assertThat(docxTexts(bytes(definitions("docx", CENSUS))))
			.anyMatch((text) -> text.replace("\u2068", "").replace("\u2069", "").contains(cell));
		assertThat(xlsxDefinition(bytes(definitions("xlsx", CENSUS)))).isEqualTo(cell);
		assertThat(html(definitions("csv", CENSUS))).contains(cell);
		try (PDDocument document = Loader.loadPDF(bytes(definitions("pdf", CENSUS)))) {
			String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
			assertThat(text).contains(CENSUS_FR_DEFINITION);
			String words = "نسخة عربية";
			assertThat(text.contains(words) || text.contains(new StringBuilder(words).reverse().toString()))
				.as("the Arabic mark, in logical or visual order, in %s", text)
				.isTrue();
		}
	}

	@Test
	void everyOutputSaysInArabicThatNoSourceGivesADefinition() throws Exception {
		assertThat(html(definitions("html", UNSOURCED))).contains(NO_DEFINITION_AR);
		assertThat(docxTexts(bytes(definitions("docx", UNSOURCED))))
			.anyMatch((text) -> text.contains(NO_DEFINITION_AR));
		assertThat(xlsxDefinition(bytes(definitions("xlsx", UNSOURCED)))).isEqualTo(NO_DEFINITION_AR);
		assertThat(html(definitions("csv", UNSOURCED))).contains(NO_DEFINITION_AR);
	}

	@Test
	void writesAWorkbookWhoseLongTextsWrapInSizedColumnsAndTallEnoughRows() throws Exception {
		byte[] xlsx = bytes(export("xlsx").param("concepts", CENSUS + "," + UN).param("langs", "fr,ar"));

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet french = workbook.getSheet("Français");
			Row headers = french.getRow(0);
			int definition = -1;
			int divergences = -1;
			for (Cell heading : headers) {
				definition = heading.getStringCellValue().equals("Définition") ? heading.getColumnIndex() : definition;
				divergences = heading.getStringCellValue().equals("Écarts en clair") ? heading.getColumnIndex()
						: divergences;
			}
			Row census = french.getRow(2);
			assertThat(census.getCell(0).getStringCellValue()).isEqualTo("Population légale");
			assertThat(french.getColumnWidth(definition)).isEqualTo(TableExports.MAX_WIDTH * 256);
			assertThat(french.getColumnWidth(0)).isLessThan(TableExports.MAX_WIDTH * 256);
			assertThat(census.getCell(divergences).getCellStyle().getWrapText()).isTrue();
			assertThat(census.getHeightInPoints()).isGreaterThanOrEqualTo(4 * french.getDefaultRowHeightInPoints());
			assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) french).getCTWorksheet().isSetAutoFilter()).isTrue();
		}
	}

	@Test
	void aWordParagraphIsolatesAFrenchTextInAnArabicColumn() throws Exception {
		assertThat(docxTexts(bytes(definitions("docx", CENSUS))))
			.contains("\u2068" + CENSUS_FR_DEFINITION + "\u2069 " + IN_FRENCH_NO_ARABIC);
	}

	private static MockHttpServletRequestBuilder definitions(String format, String concept) {
		return export(format).param("concepts", concept).param("langs", "ar").param("content", "definition");
	}

	private static List<String> docxTexts(byte[] docx) throws IOException {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			List<String> texts = new java.util.ArrayList<>(
					document.getParagraphs().stream().map(XWPFParagraph::getText).toList());
			for (XWPFTable table : document.getTables()) {
				table.getRows()
					.forEach((row) -> row.getTableCells()
						.forEach((cell) -> cell.getParagraphs().forEach((p) -> texts.add(p.getText()))));
			}
			return texts;
		}
	}

	/** The definition column of the first entry of the Arabic sheet. */
	private static String xlsxDefinition(byte[] xlsx) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheet("العربية");
			Row headers = sheet.getRow(0);
			for (Cell heading : headers) {
				if (heading.getStringCellValue().equals("التعريف")) {
					return sheet.getRow(1).getCell(heading.getColumnIndex()).getStringCellValue();
				}
			}
			throw new AssertionError("no definition column in " + headers);
		}
	}

	@Test
	void showsMarkupInALabelAsText() throws Exception {
		String html = html(export("html").param("concepts", SCRIPT).param("langs", "fr,ar"));

		assertThat(html).doesNotContain("<script>").doesNotContain("<b>").doesNotContain("<a href=\"javascript");
		assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		assertThat(html).contains("Un &lt;b&gt;texte&lt;/b&gt; &amp; un lien");
	}

	@Test
	void printsTheTitleAudienceAuthorAndDateOfASavedGlossary() throws Exception {
		Glossary glossary = this.glossaries.glossary(
				new Glossary.Metadata("https://w3id.org/simimo/glossaries/g1", "Migration de travail : l’essentiel",
						"Formateurs des enquêteurs", "HCP", "2026-11-28"),
				GlossaryRequest.from(Map.of("concepts", CENSUS, "langs", "fr,ar")));

		String page = this.html.render(glossary, Locale.FRENCH);
		assertThat(page).contains("<title>Migration de travail : l’essentiel</title>")
			.contains("<dt>Public</dt><dd>Formateurs des enquêteurs</dd>")
			.contains("<dt>Auteur</dt><dd>HCP</dd>")
			.contains("<dt>Date</dt><dd>2026-11-28</dd>");
		ByteArrayOutputStream word = new ByteArrayOutputStream();
		this.docx.write(glossary, Locale.ENGLISH, word);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(word.toByteArray()))) {
			assertThat(document.getParagraphs().stream().map(XWPFParagraph::getText))
				.contains("Migration de travail : l’essentiel", "Audience: Formateurs des enquêteurs", "Author: HCP");
		}
	}

	@Test
	void printsMarkupInALabelAsTextInThePdfToo() throws Exception {
		byte[] pdf = bytes(export("pdf").param("concepts", SCRIPT).param("langs", "fr"));

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("<script>alert(1)</script>")
				.contains("Un <b>texte</b> & un lien");
		}
	}

	@Test
	void writesAPdfWhoseTextHoldsTheFrenchAndTheArabicTerms() throws Exception {
		byte[] pdf = bytes(export("pdf").param("concepts", CENSUS + "," + UN).param("langs", "fr,ar,en"));

		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Population légale").contains("Legal population");
			// The stripper gives the Arabic as drawn: shaped into presentation forms
			// (which NFKC folds back to letters) and in visual order, so the term reads
			// reversed.
			String arabic = Normalizer.normalize(text, Normalizer.Form.NFKC);
			String visual = new StringBuilder(CENSUS_AR).reverse().toString();
			assertThat(arabic.contains(CENSUS_AR) || arabic.contains(visual))
				.as("the Arabic term, in logical or visual order, in %s", arabic)
				.isTrue();
		}
	}

	@Test
	void writesAPdfThatPopplerRendersToAnImage(@TempDir Path directory) throws Exception {
		Path pdftoppm = Path.of("/usr/bin/pdftoppm");
		TestPrerequisites.require("the glossary PDF rendering test", "poppler-utils", pdftoppm);
		Path pdf = directory.resolve("glossary.pdf");
		Files.write(pdf, bytes(export("pdf").param("concepts", CENSUS + "," + UN).param("langs", "fr,ar")));

		Process process = new ProcessBuilder(pdftoppm.toString(), "-png", "-r", "80", "-f", "1", "-l", "1",
				pdf.toString(), directory.resolve("page").toString())
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

		assertThat(process.exitValue()).as(output).isZero();
		List<Path> images = pngs(directory);
		assertThat(images).hasSize(1);
		assertThat(Files.size(images.get(0))).isGreaterThan(1000);
		// Kept for a person to look at: the Arabic should be joined and read right to
		// left.
		Files.copy(images.get(0), Path.of("target/glossary-pdf-page1.png"), StandardCopyOption.REPLACE_EXISTING);
		Files.copy(pdf, Path.of("target/glossary.pdf"), StandardCopyOption.REPLACE_EXISTING);
	}

	@Test
	void writesAWordDocumentWithTheArabicParagraphsRightToLeft() throws Exception {
		byte[] docx = bytes(
				export("docx").param("concepts", CENSUS).param("langs", "fr,ar").param("layout", "sequence"));

		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			List<String> texts = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertThat(texts).contains("Population légale", CENSUS_AR);
			XWPFParagraph arabic = document.getParagraphs()
				.stream()
				.filter((paragraph) -> paragraph.getText().equals(CENSUS_AR))
				.findFirst()
				.orElseThrow();
			assertThat(arabic.getCTP().getPPr().getBidi()).isNotNull();
			assertThat(arabic.getRuns().get(0).getCTR().getRPr().getRtlArray()).isNotEmpty();
			XWPFParagraph french = document.getParagraphs()
				.stream()
				.filter((paragraph) -> paragraph.getText().equals("Population légale"))
				.findFirst()
				.orElseThrow();
			assertThat(french.getCTP().isSetPPr() && french.getCTP().getPPr().isSetBidi()).isFalse();
		}
	}

	@Test
	void writesAWordTableWithOneColumnPerLanguageSideBySide() throws Exception {
		byte[] docx = bytes(export("docx").param("concepts", CENSUS).param("langs", "fr,ar,en"));

		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			XWPFTable table = document.getTables().get(0);
			assertThat(table.getRow(0).getTableCells()).hasSize(3);
			assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("Population légale");
			assertThat(table.getRow(0).getCell(1).getText()).isEqualTo(CENSUS_AR);
			assertThat(table.getRow(0).getCell(1).getParagraphs().get(0).getCTP().getPPr().isSetBidi()).isTrue();
			assertThat(table.getRow(0).getCell(2).getText()).isEqualTo("Legal population");
		}
	}

	@Test
	void servesHtmlInlineAndPdfAndWordAsDownloads() throws Exception {
		this.mvc.perform(export("html").param("concepts", CENSUS))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/html"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("inline")));
		this.mvc.perform(export("pdf").param("concepts", CENSUS))
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("Content-Disposition",
					org.hamcrest.Matchers.containsString("attachment; filename=\"simimo-glossary.pdf\"")));
		this.mvc.perform(export("docx").param("concepts", CENSUS))
			.andExpect(header().string("Content-Disposition",
					org.hamcrest.Matchers.containsString("simimo-glossary.docx")));
	}

	private static MockHttpServletRequestBuilder export(String format) {
		return get("/glossary/export").param("format", format);
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return new String(bytes(request), StandardCharsets.UTF_8);
	}

	private byte[] bytes(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}

	private static List<Path> pngs(Path directory) throws IOException {
		try (var files = Files.list(directory)) {
			return files.filter((file) -> file.toString().endsWith(".png")).toList();
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Store {

		@Bean
		SparqlExecutor sparqlExecutor() {
			return TestExecutors.overFixtures("glossary/census-and-un.ttl", "glossary/script-label.ttl",
					"glossary/unsourced.ttl");
		}

	}

}
