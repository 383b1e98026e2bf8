package ma.hcp.simimo.store;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What the administrators' page shows of the stores beside their health: the text index
 * against the store, the private store in counts, and the last content load. Each is read
 * when asked; none gives a value held in the private store.
 */
@Component
public class StoreInspection {

	private final ObjectProvider<EmbeddedStore> store;

	private final ObjectProvider<ContentLoader> loader;

	private final PrivateStore privateStore;

	private final QueryRegistry queries;

	private final GraphNames graphNames;

	StoreInspection(ObjectProvider<EmbeddedStore> store, ObjectProvider<ContentLoader> loader,
			PrivateStore privateStore, QueryRegistry queries, GraphNames graphNames) {
		this.store = store;
		this.loader = loader;
		this.privateStore = privateStore;
		this.queries = queries;
		this.graphNames = graphNames;
	}

	/**
	 * The jena-text index against the store; empty with a remote store, or an assembler
	 * without one.
	 */
	public Optional<TextIndexRecovery.Status> textIndex() {
		EmbeddedStore embedded = this.store.getIfAvailable();
		return (embedded == null) ? Optional.empty() : embedded.textIndexStatus(this.queries, this.graphNames);
	}

	public PrivateStore.Status privateStore() {
		return this.privateStore.status();
	}

	/** The last pass of the content loader; empty with a remote store. */
	public Optional<ContentLoader.LastLoad> lastLoad() {
		ContentLoader contentLoader = this.loader.getIfAvailable();
		return (contentLoader == null) ? Optional.empty() : contentLoader.lastLoad();
	}

}
