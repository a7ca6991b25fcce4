package org.peaceterms;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;

/**
 * Keeps the package-by-feature layout honest: every package is a known feature or shared
 * module, features form a graph without cycles, the shared modules depend on no feature,
 * the kernel in {@code shared} depends on nothing else, and controllers stay
 * package-private.
 */
class ArchitectureTests {

	/** The features, each a package of its own. */
	private static final String[] FEATURES = packages("actor", "source", "event", "topic", "proposal", "commitment",
			"statement", "stance", "compare", "dashboard", "explore", "feed");

	/**
	 * The modules every feature may use; none of them knows a feature. ({@code bench}:
	 * the benchmark's data generator and SQL counter.)
	 */
	private static final String[] SHARED = packages("shared", "web", "security", "admin", "opendata", "bench");

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.peaceterms");

	private static String[] packages(String... names) {
		return Stream.of(names).map((name) -> "org.peaceterms." + name + "..").toArray(String[]::new);
	}

	@Test
	void everyClassIsInAKnownPackage() {
		classes().should()
			.resideInAnyPackage(
					Stream.concat(Stream.concat(Stream.of(FEATURES), Stream.of(SHARED)), Stream.of("org.peaceterms"))
						.toArray(String[]::new))
			.check(CLASSES);
	}

	@Test
	void packagesHaveNoCycles() {
		slices().matching("org.peaceterms.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void sharedModulesDependOnNoFeature() {
		noClasses().that()
			.resideInAnyPackage(SHARED)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(FEATURES)
			.check(CLASSES);
	}

	@Test
	void sharedKernelDependsOnNoOtherPackage() {
		noClasses().that()
			.resideInAPackage("org.peaceterms.shared..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(Stream.concat(Stream.of(FEATURES), Stream.of(SHARED))
				.filter((name) -> !name.equals("org.peaceterms.shared.."))
				.toArray(String[]::new))
			.check(CLASSES);
	}

	@Test
	void sourceAndTopicAreLeaves() {
		noClasses().that()
			.resideInAnyPackage("org.peaceterms.source..", "org.peaceterms.topic..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(packages("actor", "event", "proposal", "commitment", "statement", "stance", "compare",
					"dashboard", "explore", "feed"))
			.check(CLASSES);
	}

	@Test
	void controllersArePackagePrivate() {
		classes().that().areMetaAnnotatedWith(Controller.class).should().notBePublic().check(CLASSES);
	}

}
