package ma.hcp.simimo.glossary;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

import ma.hcp.simimo.glossary.PrintedGlossary.Block;
import ma.hcp.simimo.glossary.PrintedGlossary.Field;
import ma.hcp.simimo.glossary.PrintedGlossary.Part;
import ma.hcp.simimo.glossary.PrintedGlossary.PrintedEntry;
import ma.hcp.simimo.glossary.PrintedGlossary.Shown;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The glossary as a Word document for trainers to edit: a title, then one block per
 * entry, its languages in the columns of a table (side by side) or one after another.
 * Arabic paragraphs are right-to-left (w:bidi) and Arabic runs are marked w:rtl, so Word
 * orders and aligns them as Arabic.
 */
@Component
class GlossaryDocx implements GlossaryFormat {

	private static final String GREY = "555555";

	private final GlossaryPrint print;

	private final MessageSource messages;

	GlossaryDocx(MessageSource messages) {
		this.print = new GlossaryPrint(messages);
		this.messages = messages;
	}

	@Override
	public String name() {
		return "docx";
	}

	@Override
	public MediaType mediaType() {
		return MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
	}

	@Override
	public void write(Glossary glossary, Locale locale, OutputStream out) throws IOException {
		PrintedGlossary printed = this.print.layout(glossary, locale);
		try (XWPFDocument document = new XWPFDocument()) {
			XWPFParagraph title = paragraph(document.createParagraph(), printed.direction());
			run(title, printed.title(), printed.language(), printed.direction(), 18, true, null);
			for (Field field : printed.metadata()) {
				XWPFParagraph line = paragraph(document.createParagraph(), printed.direction());
				run(line, this.messages.getMessage("glossary.print.field", new Object[] { field.label() }, locale),
						printed.language(), printed.direction(), 10, true, null);
				run(line, field.value(), printed.language(), printed.direction(), 10, false, null);
			}
			for (PrintedEntry entry : printed.entries()) {
				if (printed.side()) {
					sideBySide(document, entry);
				}
				else {
					oneAfterAnother(document, entry);
				}
				document.createParagraph();
			}
			document.write(out);
		}
	}

	private void sideBySide(XWPFDocument document, PrintedEntry entry) {
		List<Block> blocks = entry.blocks();
		XWPFTable table = document.createTable(1 + entry.rows().size(), blocks.size());
		table.setWidth("100%");
		for (int column = 0; column < blocks.size(); column++) {
			Block block = blocks.get(column);
			XWPFTableCell termCell = table.getRow(0).getCell(column);
			term(paragraph(termCell.getParagraphs().get(0), block.direction()), block);
			for (int row : entry.rows()) {
				XWPFTableCell cell = table.getRow(row + 1).getCell(column);
				Part part = block.parts().get(row);
				heading(paragraph(cell.getParagraphs().get(0), block.direction()), part, block);
				for (List<Shown> line : part.lines()) {
					line(paragraph(cell.addParagraph(), block.direction()), line, block);
				}
			}
		}
	}

	private void oneAfterAnother(XWPFDocument document, PrintedEntry entry) {
		for (Block block : entry.blocks()) {
			term(paragraph(document.createParagraph(), block.direction()), block);
			for (Part part : block.parts()) {
				heading(paragraph(document.createParagraph(), block.direction()), part, block);
				for (List<Shown> line : part.lines()) {
					line(paragraph(document.createParagraph(), block.direction()), line, block);
				}
			}
		}
	}

	private void term(XWPFParagraph paragraph, Block block) {
		shown(paragraph, block.term(), block, 13, true);
	}

	private void heading(XWPFParagraph paragraph, Part part, Block block) {
		run(paragraph, part.heading(), block.language(), block.direction(), 8, true, GREY);
	}

	private void line(XWPFParagraph paragraph, List<Shown> texts, Block block) {
		for (int i = 0; i < texts.size(); i++) {
			if (i > 0) {
				paragraph.createRun().setText(" · ");
			}
			shown(paragraph, texts.get(i), block, 10, false);
		}
	}

	/**
	 * A text and, when it stands in for a missing one, the fallback mark in the block's
	 * language. Each is wrapped in Unicode directional isolates (FSI…PDI), so that a
	 * French text in an Arabic paragraph keeps its own order and its full stop.
	 */
	private void shown(XWPFParagraph paragraph, Shown shown, Block block, int size, boolean bold) {
		if (shown.isEmpty()) {
			return;
		}
		run(paragraph, isolated(shown, block), shown.language(), shown.direction(), size, bold, null);
		if (shown.fallback()) {
			run(paragraph, " " + shown.mark(), block.language(), block.direction(), 7, false, GREY);
		}
	}

	/** The text, isolated when its direction is not its block's. */
	static String isolated(Shown shown, Block block) {
		return shown.direction().equals(block.direction()) ? shown.text()
				: DivergenceSentences.ISOLATE + shown.text() + DivergenceSentences.POP;
	}

	/** A paragraph read right to left when its block is Arabic. */
	private static XWPFParagraph paragraph(XWPFParagraph paragraph, String direction) {
		if ("rtl".equals(direction)) {
			CTPPr properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr()
					: paragraph.getCTP().addNewPPr();
			properties.addNewBidi();
		}
		return paragraph;
	}

	private static void run(XWPFParagraph paragraph, String text, String language, String direction, int size,
			boolean bold, String colour) {
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		run.setFontSize(size);
		run.setBold(bold);
		if (colour != null) {
			run.setColor(colour);
		}
		CTRPr properties = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
		if ("rtl".equals(direction)) {
			properties.addNewRtl();
			// Word takes the language of right-to-left runs from w:lang/@w:bidi.
			properties.addNewLang().setBidi(language);
			// Complex-script runs take their size from w:szCs, not w:sz.
			properties.addNewSzCs().setVal(BigInteger.valueOf(size * 2L));
			if (bold) {
				properties.addNewBCs();
			}
		}
		else {
			run.setLang(language);
		}
	}

}
