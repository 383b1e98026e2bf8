package ma.hcp.simimo.glossary;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ma.hcp.simimo.access.AdministratorPresent;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The glossaries saved anonymously before accounts existed become the first
 * administrator's, still listed publicly (decision 0019): done at each start once an
 * administrator exists, for the glossaries that have no author yet.
 */
@Component
class AnonymousGlossaryAdoption {

	private static final Logger log = LoggerFactory.getLogger(AnonymousGlossaryAdoption.class);

	private final SavedGlossaries saved;

	AnonymousGlossaryAdoption(SavedGlossaries saved) {
		this.saved = saved;
	}

	@EventListener
	void adopt(AdministratorPresent administrator) {
		int adopted = this.saved.adoptUnauthored(administrator.accountIri());
		if (adopted > 0) {
			log.info("{} glossaries saved without an account given to the first administrator", adopted);
		}
	}

}
