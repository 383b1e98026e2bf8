package ma.hcp.simimo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * The application, or a test's main class that starts it, in a child JVM on the test
 * classpath, on a port of its own and with its output in a file: a real process that a
 * test can kill with {@code kill -9} ({@link #kill()}) and restart on the same store.
 */
public final class ChildApplication implements AutoCloseable {

	private final Process process;

	private final Path log;

	private final int port;

	private ChildApplication(Process process, Path log, int port) {
		this.process = process;
		this.log = log;
		this.port = port;
	}

	/**
	 * Starts {@code mainClass} with {@code arguments} and {@code --server.port} set to a
	 * free port; its standard output and error go to {@code log}.
	 */
	public static ChildApplication start(Class<?> mainClass, Path log, String... arguments) {
		// A small heap and C1 only: these children start, serve a few requests and die.
		return start(List.of("-Xmx512m", "-XX:TieredStopAtLevel=1"), mainClass, log, arguments);
	}

	/** {@link #start(Class, Path, String...)} with these JVM options. */
	public static ChildApplication start(List<String> jvmOptions, Class<?> mainClass, Path log, String... arguments) {
		int port = freePort();
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		command.addAll(jvmOptions);
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
		command.addAll(List.of(arguments));
		command.add("--server.port=" + port);
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			return new ChildApplication(process, log, port);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start " + mainClass.getName(), ex);
		}
	}

	/**
	 * Waits until the application answers its health UP; fails if the process ends first.
	 */
	public ChildApplication awaitUp() {
		HttpTestClient http = http();
		await().atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofMillis(250))
			.ignoreExceptions()
			.failFast("the child ended: " + this.log, () -> !this.process.isAlive())
			.until(() -> http.get("/actuator/health", null).body().contains("\"UP\""));
		return this;
	}

	/** Waits until the log holds {@code text}; fails if the process ends first. */
	public void awaitLog(String text) {
		await().atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofMillis(100))
			.failFast("the child ended: " + this.log, () -> !this.process.isAlive() && !output().contains(text))
			.until(() -> output().contains(text));
	}

	/** Sends one line to the child's standard input. */
	public void tell(String line) {
		try {
			this.process.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
			this.process.getOutputStream().flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public HttpTestClient http() {
		return new HttpTestClient(this.port);
	}

	public Process process() {
		return this.process;
	}

	/** What the child wrote so far. */
	public String output() {
		try {
			return Files.exists(this.log) ? Files.readString(this.log, StandardCharsets.UTF_8) : "";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** SIGKILL, as {@code kill -9}: no shutdown hook runs. Returns the exit value. */
	public int kill() {
		this.process.destroyForcibly();
		return awaitExit();
	}

	/** Waits for the process to end and returns its exit value. */
	public int awaitExit() {
		try {
			if (!this.process.waitFor(2, TimeUnit.MINUTES)) {
				throw new IllegalStateException("The child did not end: " + this.log);
			}
			return this.process.exitValue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		if (this.process.isAlive()) {
			kill();
		}
	}

	/** {@code arguments} and {@code --server.port=0}: for a restart in this JVM. */
	public static String[] onAnyPort(String... arguments) {
		String[] all = Arrays.copyOf(arguments, arguments.length + 1);
		all[arguments.length] = "--server.port=0";
		return all;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
