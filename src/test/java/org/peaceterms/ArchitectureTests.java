package org.peaceterms;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
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
		noClasses().that(are(not(nestedInAController()))).should().dependOnClassesThat(are(CONTROLLER)).check(CLASSES);
	}

	/**
	 * A web controller: a class (not an annotation) meta-annotated {@code @Controller}.
	 */
	private static final DescribedPredicate<JavaClass> CONTROLLER = DescribedPredicate.describe("controllers",
			(javaClass) -> !javaClass.isAnnotation() && javaClass.isMetaAnnotatedWith(Controller.class));

	/** A controller's own nested types may use it. */
	private static DescribedPredicate<JavaClass> nestedInAController() {
		return DescribedPredicate.describe("nested in a controller",
				(javaClass) -> javaClass.getEnclosingClass().map(CONTROLLER::test).orElse(false));
	}

}
