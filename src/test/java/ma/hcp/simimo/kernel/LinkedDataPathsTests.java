package ma.hcp.simimo.kernel;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LinkedDataPathsTests {

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource({ "/resource, true", "/datasets/enmi-2018-2019, true", "/concepts/un-1998/migrant, true",
			"/measurements/harmonization/hcp/harmonization-score, true", "/catalogue, true", "/def, true",
			"/datasets, false", "/datasets/, false", "/producers, false", "/glossary/abc, false",
			"/gaps/actions, false", "/api/datasets/x, false", "/, false", "/resources, false" })
	void negotiatesTheResourcePathsButNotTheListPages(String path, boolean negotiated) {
		assertThat(LinkedDataPaths.isResourcePath(path)).isEqualTo(negotiated);
	}

}
