package ma.hcp.simimo.glossary;

import java.util.List;
import java.util.Map;

import ma.hcp.simimo.kernel.LocalizedText;

/**
 * A glossary ready to render: its entries in order, in the chosen languages, with the
 * chosen content. Every output (HTML, PDF, DOCX, XLSX, CSV, Turtle) is written from it.
 *
 * @param metadata its title, audience, author and date when saved
 * @param request what was asked: concepts, languages, order, layout and content
 * @param entries the entries, in the order asked
 */
public record Glossary(Metadata metadata, GlossaryRequest request, List<Entry> entries) {

	public List<String> languages() {
		return this.request.languages();
	}

	/**
	 * What is recorded about a saved glossary.
	 *
	 * @param iri the glossary (a skos:Collection), or "" when not saved
	 * @param title its title, or ""
	 * @param audience who it is for, or ""
	 * @param author who made it, or ""
	 * @param created when it was saved (ISO date), or ""
	 */
	public record Metadata(String iri, String title, String audience, String author, String created) {

		public static Metadata unsaved() {
			return new Metadata("", "", "", "", "");
		}

		public boolean isSaved() {
			return !this.iri.isEmpty();
		}

	}

	/**
	 * One concept.
	 *
	 * @param iri the concept
	 * @param href its page in SIMIMO
	 * @param label its preferred label, by language
	 * @param definition its definition, by language
	 * @param definitionOrigins where the definition in a language comes from, by that
	 * language, for the languages that record it
	 * @param definitionUnavailable true when no definition could be sourced
	 * @param scheme its scheme
	 * @param national true when the scheme is a national one
	 * @param family its concept family, or null
	 * @param sources the documents it cites
	 * @param counterparts the concepts it is mapped to
	 * @param divergences its divergences from the standards, with a plain-language note
	 * @param related its related terms
	 * @param datasets the datasets that measure it
	 */
	public record Entry(String iri, String href, Texts label, Texts definition,
			Map<String, DefinitionOrigin> definitionOrigins, boolean definitionUnavailable, Link scheme,
			boolean national, Link family, List<Link> sources, List<Counterpart> counterparts,
			List<DivergenceNote> divergences, List<Link> related, List<Link> datasets) {
	}

	/**
	 * Where an entry's definition in one language comes from, said next to it in every
	 * output.
	 *
	 * @param translatedFrom the language of the sourced text a SIMIMO translation
	 * renders, or "" for an official text
	 * @param note the note on its origin, in the definition's language when it has one
	 */
	public record DefinitionOrigin(String translatedFrom, LocalizedText note) {

		public boolean isTranslation() {
			return !this.translatedFrom.isEmpty();
		}

	}

	/**
	 * A resource named in several languages.
	 *
	 * @param iri the resource
	 * @param href its page in SIMIMO
	 * @param label its label, by language
	 */
	public record Link(String iri, String href, Texts label) {
	}

	/**
	 * A concept the entry is mapped to.
	 *
	 * @param concept the counterpart
	 * @param relation the SKOS mapping (exactMatch, closeMatch…)
	 * @param scheme the counterpart's scheme
	 * @param definition its definition, by language
	 */
	public record Counterpart(Link concept, String relation, Link scheme, Texts definition) {
	}

	/**
	 * How the entry departs from a standard concept on one criterion.
	 *
	 * @param iri the divergence
	 * @param standard the standard concept
	 * @param criterion the criterion
	 * @param severity 0 aligned, 1 minor, 2 major, -1 not graded
	 * @param nationalValue the national value, in words, by language
	 * @param standardValue the standard value, in words, by language
	 * @param note one sentence for a non-statistician, by language
	 */
	public record DivergenceNote(String iri, Link standard, Link criterion, int severity, Texts nationalValue,
			Texts standardValue, Texts note) {
	}

}
