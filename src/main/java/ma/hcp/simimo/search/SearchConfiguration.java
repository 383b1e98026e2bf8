package ma.hcp.simimo.search;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The search index lives next to the store, in its own directory. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	@Bean(destroyMethod = "close")
	SearchIndex searchIndex(@Value("${simimo.search.directory:${simimo.store.directory}/search}") String directory) {
		return new SearchIndex(Path.of(directory));
	}

}
