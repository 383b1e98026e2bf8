package ma.hcp.simimo.store;

import java.util.List;

/**
 * What one pass of the content loader did.
 *
 * @param loaded graphs written, because their file is new or changed
 * @param unchanged graphs left as they were, because their checksum matched
 * @param dropped graphs removed, because their file is gone
 * @param shapes the validation of the content against the shapes, timed apart from the
 * load
 */
public record LoadReport(List<String> loaded, List<String> unchanged, List<String> dropped, ShapesCheck shapes) {

	public boolean changedAnything() {
		return !this.loaded.isEmpty() || !this.dropped.isEmpty();
	}

}
