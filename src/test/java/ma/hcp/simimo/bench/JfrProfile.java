package ma.hcp.simimo.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads a JFR recording (such as the one {@link LoadBenchmark} takes with
 * {@code -Dload.jfr=FILE}) and prints where the CPU samples fall: the methods on top of
 * the stack, and the methods of the application's own code (or of the prefix given) found
 * anywhere in a sampled stack. Not a test: see docs/benchmarks.md.
 */
public final class JfrProfile {

	private JfrProfile() {
	}

	/**
	 * Arguments: the recording, then optionally the prefix of the methods to count
	 * inclusively.
	 */
	public static void main(String[] args) throws Exception {
		String prefix = (args.length > 1) ? args[1] : "ma.hcp.simimo.";
		Map<String, Integer> top = new HashMap<>();
		Map<String, Integer> inclusive = new HashMap<>();
		int samples = 0;
		for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
			if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
				continue;
			}
			samples++;
			Set<String> seen = new HashSet<>();
			boolean first = true;
			for (RecordedFrame frame : event.getStackTrace().getFrames()) {
				String method = frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
				if (first) {
					top.merge(method, 1, Integer::sum);
					first = false;
				}
				if (method.startsWith(prefix) && seen.add(method)) {
					inclusive.merge(method, 1, Integer::sum);
				}
			}
		}
		System.out.printf(Locale.ROOT, "%d execution samples%n%nTop of the stack:%n", samples);
		print(top, samples, 30);
		System.out.printf(Locale.ROOT, "%nAnywhere in the stack (%s*):%n", prefix);
		print(inclusive, samples, 40);
	}

	private static void print(Map<String, Integer> counts, int samples, int limit) {
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.limit(limit)
			.forEach((entry) -> System.out.printf(Locale.ROOT, "%6.1f%%  %s%n", 100.0 * entry.getValue() / samples,
					entry.getKey()));
	}

}
