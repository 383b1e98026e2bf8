package ma.hcp.simimo.gap;

import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/** The pool of the gap queries belongs to the application context. */
class GapConfigurationTests {

	@Test
	void runsGapQueriesOnNamedThreadsThatTheContextShutsDown() {
		AtomicReference<ThreadPoolExecutor> pool = new AtomicReference<>();
		new ApplicationContextRunner().withUserConfiguration(GapConfiguration.class).run((context) -> {
			ParallelQueries parallel = context.getBean(ParallelQueries.class);

			String thread = ParallelQueries.result(parallel.start(() -> Thread.currentThread().getName()));

			assertThat(thread).startsWith("gap-query-");
			pool.set(context.getBean(ThreadPoolTaskExecutor.class).getThreadPoolExecutor());
			assertThat(pool.get().isShutdown()).isFalse();
		});

		assertThat(pool.get().isShutdown()).isTrue();
	}

}
