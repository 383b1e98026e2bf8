package ma.hcp.simimo.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.base.file.ProcessFileLock;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import ma.hcp.simimo.SimimoApplication;
import ma.hcp.simimo.TestStoreDirectories;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A store directory whose TDB2 lock another live process holds stops the start with one
 * paragraph naming the directory, the process and the fix. The other process is a child
 * JVM that takes the lock the way TDB2 does.
 */
@ExtendWith(OutputCaptureExtension.class)
class StoreLockTests {

	@Test
	void refusesAStoreAnotherProcessHoldsWithOneParagraphNamingTheDirectoryAndTheFix(CapturedOutput output)
			throws IOException {
		Path directory = TestStoreDirectories.fresh("locked").toAbsolutePath();
		Files.createDirectories(directory.resolve("tdb2"));
		Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), HoldsStoreLock.class.getName(),
				directory.resolve("tdb2/tdb.lock").toString())
			.redirectError(ProcessBuilder.Redirect.INHERIT)
			.start();
		try {
			BufferedReader said = new BufferedReader(
					new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
			assertThat(said.readLine()).isEqualTo("locked " + holder.pid());

			assertThatThrownBy(() -> new SpringApplicationBuilder(SimimoApplication.class).run("--server.port=0",
					"--simimo.store.directory=" + directory))
				.isInstanceOf(StoreLockedException.class);

			assertThat(output).contains("APPLICATION FAILED TO START")
				.contains(
						"The store directory " + directory + " is in use by another process (PID " + holder.pid() + ")")
				.contains("Stop the process that has it open")
				.contains("--simimo.store.directory=PATH")
				.doesNotContain("Caused by:")
				.doesNotContain("\tat ");
		}
		finally {
			holder.getOutputStream().close();
			holder.destroy();
		}
	}

	@Test
	void acceptsALockFileThatNoLiveProcessHoldsAndLeavesItForTdb2ToTake() {
		Path directory = TestStoreDirectories.fresh("stale-lock").toAbsolutePath();
		TestStores.putFixture("store/stale-tdb.lock", directory.resolve("tdb2/tdb.lock"));

		StoreLockProbe.checkFree(directory);

		// The probe used the JVM's one lock object for this file: TDB2 takes it next.
		Location location = Location.create(directory.resolve("tdb2"));
		DatasetGraph store = DatabaseMgr.connectDatasetGraph(location);
		try {
			assertThat(ProcessFileLock.create(directory.resolve("tdb2/tdb.lock").toString()).isLockedHere()).isTrue();
		}
		finally {
			TDBInternal.expel(store);
		}
	}

}
