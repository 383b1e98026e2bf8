package ma.hcp.simimo.concept;

import java.util.Locale;

import org.apache.jena.vocabulary.DCTerms;

import ma.hcp.simimo.access.RecordPages;
import ma.hcp.simimo.access.RecordWorkflow;
import ma.hcp.simimo.kernel.LocalizedText;
import ma.hcp.simimo.kernel.ResourceNotFoundException;
import ma.hcp.simimo.store.LocalizedLiterals;
import ma.hcp.simimo.store.RecordDrafts;
import ma.hcp.simimo.store.RecordDrafts.Draft;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The model of a classification's draft page (decisions 0021 and 0027): the scheme as its
 * draft describes it, items and levels included, its workflow state, the workflow forms
 * the viewer may send and the record's changes; and the classification's
 * {@link RecordPages}, which the workflow's refused steps show again.
 */
@Component
class ClassificationDraftView implements RecordPages {

	private final SchemeRepository schemes;

	private final RecordDrafts index;

	private final RecordWorkflow workflow;

	ClassificationDraftView(SchemeRepository schemes, RecordDrafts index, RecordWorkflow workflow) {
		this.schemes = schemes;
		this.index = index;
		this.workflow = workflow;
	}

	/** {@code POST /classifications/{id}/withdraw}. */
	@Override
	public boolean withdrawable() {
		return true;
	}

	@Override
	public String kind() {
		return "classification";
	}

	@Override
	public String draftKindKey() {
		return "draft.classification.kind";
	}

	@Override
	public boolean isPublished(String iri) {
		return this.index.isPublished(iri);
	}

	@Override
	public RuntimeException notFound(String iri) {
		return new ResourceNotFoundException(iri);
	}

	@Override
	public LocalizedText draftTitle(Draft draft, Locale locale) {
		return LocalizedLiterals.best(this.index.description(draft).createResource(draft.record()),
				locale.getLanguage(), DCTerms.title);
	}

	@Override
	public String draftPage(String iri, Draft draft, Model model, Locale locale) {
		model.addAttribute("scheme", this.schemes.draftPage(iri, this.index.description(draft), locale));
		this.workflow.draftPage(this, iri, draft, model);
		return "concept/schemePage";
	}

}
