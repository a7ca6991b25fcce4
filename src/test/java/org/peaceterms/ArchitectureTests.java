package org.peaceterms;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;

/**
 * Keeps the package-by-feature layout honest: features form a graph without cycles, the
 * shared {@code system} package depends on no feature, and controllers stay
 * package-private.
 */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.peaceterms");

	@Test
	void featurePackagesHaveNoCycles() {
		slices().matching("org.peaceterms.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void systemPackageDependsOnNoFeature() {
		noClasses().that()
			.resideInAPackage("org.peaceterms.system..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.peaceterms.actor..", "org.peaceterms.source..", "org.peaceterms.event..",
					"org.peaceterms.topic..", "org.peaceterms.proposal..", "org.peaceterms.commitment..",
					"org.peaceterms.statement..", "org.peaceterms.compare..", "org.peaceterms.dashboard..")
			.check(CLASSES);
	}

	@Test
	void sourceAndTopicAreLeaves() {
		noClasses().that()
			.resideInAnyPackage("org.peaceterms.source..", "org.peaceterms.topic..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.peaceterms.actor..", "org.peaceterms.event..", "org.peaceterms.proposal..",
					"org.peaceterms.commitment..", "org.peaceterms.statement..", "org.peaceterms.compare..",
					"org.peaceterms.dashboard..")
			.check(CLASSES);
	}

	@Test
	void controllersArePackagePrivate() {
		classes().that().areAnnotatedWith(Controller.class).should().notBePublic().check(CLASSES);
	}

}
