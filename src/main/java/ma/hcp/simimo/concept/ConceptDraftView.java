package ma.hcp.simimo.concept;

import java.util.Locale;

import ma.hcp.simimo.access.RecordPages;
import ma.hcp.simimo.access.RecordWorkflow;
import ma.hcp.simimo.kernel.LocalizedText;
import ma.hcp.simimo.store.RecordDrafts;
import ma.hcp.simimo.store.RecordDrafts.Draft;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The model of a concept's draft page (decisions 0021 and 0027): the draft's description,
 * its workflow state, the workflow forms the viewer may send and the record's changes;
 * and the concept's {@link RecordPages}, which the workflow's refused steps show again.
 */
@Component
class ConceptDraftView implements RecordPages {

	private final ConceptDraftRepository drafts;

	private final ConceptRepository concepts;

	private final RecordDrafts index;

	private final RecordWorkflow workflow;

	ConceptDraftView(ConceptDraftRepository drafts, ConceptRepository concepts, RecordDrafts index,
			RecordWorkflow workflow) {
		this.drafts = drafts;
		this.concepts = concepts;
		this.index = index;
		this.workflow = workflow;
	}

	/** {@code POST /concepts/{scheme}/{concept}/withdraw}. */
	@Override
	public boolean withdrawable() {
		return true;
	}

	@Override
	public String kind() {
		return "concept";
	}

	@Override
	public String draftKindKey() {
		return "draft.concept.kind";
	}

	@Override
	public boolean isPublished(String iri) {
		return this.drafts.isPublished(iri);
	}

	@Override
	public RuntimeException notFound(String iri) {
		return new ConceptNotFoundException(iri);
	}

	@Override
	public LocalizedText draftTitle(Draft draft, Locale locale) {
		return this.drafts.draftLabel(draft, locale);
	}

	@Override
	public String draftPage(String iri, Draft draft, Model model, Locale locale) {
		model.addAttribute("concept",
				this.concepts.draftPage(iri, this.index.description(draft), draft.owner(), locale));
		this.workflow.draftPage(this, iri, draft, model);
		return "concept/conceptPage";
	}

}
