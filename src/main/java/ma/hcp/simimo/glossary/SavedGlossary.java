package ma.hcp.simimo.glossary;

/**
 * A glossary as saved: what is recorded about it, and the selection and settings it is
 * rendered with.
 *
 * @param id its id, the last segment of its IRI
 * @param metadata its IRI, title, audience, author and date
 * @param request its concepts, in the order they were picked, and its settings
 */
public record SavedGlossary(String id, Glossary.Metadata metadata, GlossaryRequest request) {

	/**
	 * One line of the list of saved glossaries.
	 *
	 * @param id its id
	 * @param title its title
	 * @param audience who it is for, or ""
	 * @param author who made it, or ""
	 * @param created when it was saved (ISO date)
	 * @param size how many concepts it has
	 * @param listed whether it is listed publicly (else private to its author)
	 */
	public record Summary(String id, String title, String audience, String author, String created, int size,
			boolean listed) {

		public String href() {
			return "/glossary/" + this.id;
		}

	}

}
