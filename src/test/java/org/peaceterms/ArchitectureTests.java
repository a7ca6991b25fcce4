package org.peaceterms;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;

/**
 * What Spring Modulith's verification ({@link ModularityTests}) cannot say about the
 * code: web controllers (anything meta-annotated {@code @Controller}, so
 * {@code @RestController} too) are package-private, and no class depends on a controller:
 * what two pages share lives in a service or a value type, never in a controller's static
 * helper.
 */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.peaceterms");

	@Test
	void controllersArePackagePrivate() {
		classes().that().areMetaAnnotatedWith(Controller.class).should().notBePublic().check(CLASSES);
	}

	@Test
	void noClassDependsOnAController() {
		noClasses().should().dependOnClassesThat().areMetaAnnotatedWith(Controller.class).check(CLASSES);
	}

}
