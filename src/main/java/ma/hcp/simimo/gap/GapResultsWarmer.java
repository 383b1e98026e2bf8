package ma.hcp.simimo.gap;

import ma.hcp.simimo.kernel.LanguagePolicy;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ma.hcp.simimo.gap.DivergenceMatrix.MatrixFilters;
import ma.hcp.simimo.store.StoreContentChanged;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Computes the divergence matrix and the consistency report in French, English and Arabic
 * as soon as the content is loaded (at start and after every reload), so no reader waits
 * for them: at 10,000 national concepts they take about two seconds to compute and a few
 * tens of milliseconds to serve from {@link GapResultsCache}. It runs in the thread that
 * loaded the content, not in the background, so it never races a shutdown or a reload.
 */
@Component
class GapResultsWarmer {

	private static final Logger log = LoggerFactory.getLogger(GapResultsWarmer.class);

	private static final List<Locale> LANGUAGES = LanguagePolicy.locales();

	private final DivergenceMatrixRepository matrices;

	private final ConsistencyReportRepository reports;

	GapResultsWarmer(DivergenceMatrixRepository matrices, ConsistencyReportRepository reports) {
		this.matrices = matrices;
		this.reports = reports;
	}

	// After the harmonization measurements are stored: that write changes the content
	// version, and the results are kept for the version they were computed at.
	@Order(1)
	@EventListener({ ApplicationReadyEvent.class, StoreContentChanged.class })
	void computeOnceTheContentIsLoaded() {
		long start = System.nanoTime();
		try {
			for (Locale language : LANGUAGES) {
				this.matrices.matrix(new MatrixFilters("", "", "", "", "producer"), language);
				this.reports.report(language);
			}
			log.info("Gap analyses computed in {} ms", (System.nanoTime() - start) / 1_000_000);
		}
		catch (RuntimeException ex) {
			// A reader will compute them at the first request instead; a remote store
			// that is not up yet must not stop the start.
			log.warn("Gap analyses not computed ahead: {}", ex.toString());
		}
	}

}
