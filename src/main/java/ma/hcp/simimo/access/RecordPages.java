package ma.hcp.simimo.access;

import java.util.Locale;

import ma.hcp.simimo.kernel.LocalizedText;
import ma.hcp.simimo.store.RecordDrafts.Draft;

import org.springframework.ui.Model;

/**
 * What one record type (datasets, concepts, reference periods) tells
 * {@link RecordWorkflow} about its records: whether one is published, its 404, a draft's
 * own title and the draft page a refused step shows again. Each feature implements it
 * once, so that the workflow's steps are written once for every type.
 */
public interface RecordPages {

	/**
	 * The record type's name in the message keys: {@code dataset}, {@code concept},
	 * {@code period} ({@code history.back.<kind>}, {@code workflow.conflict.*.<kind>}).
	 */
	String kind();

	/** The message key of the kicker of the type's draft pages ({@code draft.kind}). */
	String draftKindKey();

	/** Whether record {@code iri} has a published description. */
	boolean isPublished(String iri);

	/** The 404 of an unknown record {@code iri}. */
	RuntimeException notFound(String iri);

	/**
	 * The title {@code draft} gives its record, in the reader's language or the next
	 * best.
	 */
	LocalizedText draftTitle(Draft draft, Locale locale);

	/**
	 * Fills {@code model} for the page of {@code draft}, the draft of record {@code iri},
	 * and names its view: shown again, with its error, by a step that is refused.
	 */
	String draftPage(String iri, Draft draft, Model model, Locale locale);

	/**
	 * Whether the type's history page offers the withdraw form: the type maps
	 * {@code POST <record>/withdraw} to {@link RecordWorkflow#withdraw}.
	 */
	default boolean withdrawable() {
		return false;
	}

}
