package ma.hcp.simimo.gap;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The pool the gap analyses run their queries on: two threads per processor (at least
 * four), named {@code gap-query-N}, shut down with the application context.
 */
@Configuration(proxyBeanMethods = false)
class GapConfiguration {

	@Bean
	ThreadPoolTaskExecutor gapQueryExecutor() {
		int threads = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
		ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
		pool.setCorePoolSize(threads);
		pool.setMaxPoolSize(threads);
		pool.setThreadNamePrefix("gap-query-");
		return pool;
	}

	@Bean
	ParallelQueries parallelQueries(ThreadPoolTaskExecutor gapQueryExecutor) {
		return new ParallelQueries(gapQueryExecutor);
	}

}
