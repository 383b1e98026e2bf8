package ma.hcp.simimo;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package rules of docs/architecture.md, checked on the compiled application classes:
 * the kernel at the bottom, the store above it, and features that know only those two.
 */
class ArchitectureTests {

	private static final String KERNEL = "ma.hcp.simimo.kernel..";

	private static final String STORE = "ma.hcp.simimo.store..";

	private static final String ACCESS = "ma.hcp.simimo.access..";

	/** Every package between the store and the application class; web is the top one. */
	private static final List<String> FEATURES = List.of("account", "catalogue", "concept", "gap", "glossary",
			"indicator", "linkeddata", "operation", "period", "search", "setting", "sparql", "web");

	private static JavaClasses application;

	@BeforeAll
	static void importApplicationClasses() {
		application = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("ma.hcp.simimo");
	}

	@Test
	void hasNoPackageCycle() {
		slices().matching("ma.hcp.simimo.(*)..").should().beFreeOfCycles().check(application);
	}

	@Test
	void featuresImportNoOtherFeature() {
		slices().matching("ma.hcp.simimo.(*)..")
			.should()
			.notDependOnEachOther()
			.ignoreDependency(alwaysTrue(), resideInAnyPackage(KERNEL, STORE, ACCESS))
			.check(application);
	}

	@Test
	void kernelImportsNoOtherPackageOfTheApplication() {
		noClasses().that()
			.resideInAPackage(KERNEL)
			.should()
			.dependOnClassesThat(resideInAPackage("ma.hcp.simimo..").and(not(resideInAPackage(KERNEL))))
			.check(application);
	}

	@Test
	void everyPackageIsPlacedInALayer() {
		Set<String> packages = application.stream()
			.map(JavaClass::getPackageName)
			.filter((name) -> name.startsWith("ma.hcp.simimo."))
			.map((name) -> name.substring("ma.hcp.simimo.".length()).split("\\.")[0])
			.collect(Collectors.toCollection(TreeSet::new));
		Set<String> placed = new TreeSet<>(FEATURES);
		placed.addAll(List.of("kernel", "store", "access"));
		assertThat(packages).isEqualTo(placed);
	}

	@Test
	void storeSitsOnTheKernelAndAccessOnTheStoreUnderEveryFeature() {
		layeredArchitecture().consideringOnlyDependenciesInLayers()
			.layer("kernel")
			.definedBy(KERNEL)
			.layer("store")
			.definedBy(STORE)
			.layer("access")
			.definedBy(ACCESS)
			.layer("features")
			.definedBy(FEATURES.stream().map((name) -> "ma.hcp.simimo." + name + "..").toArray(String[]::new))
			.whereLayer("features")
			.mayNotBeAccessedByAnyLayer()
			.whereLayer("access")
			.mayOnlyBeAccessedByLayers("features")
			.whereLayer("store")
			.mayOnlyBeAccessedByLayers("access", "features")
			.whereLayer("kernel")
			.mayOnlyBeAccessedByLayers("store", "access", "features")
			.check(application);
	}

}
