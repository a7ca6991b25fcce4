package org.peaceterms;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Verifies the module structure: each top-level package under {@code org.peaceterms} is
 * an application module, modules form no cycle, and each uses only the modules its
 * {@code package-info.java} allows ({@code @ApplicationModule(allowedDependencies = …)}).
 * Also writes the module diagram (PlantUML, C4 style) and a canvas per module to
 * {@code target/spring-modulith-docs}; {@code docs/modules/} holds the committed copy
 * that {@code docs/architecture.md} shows.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(PeaceTermsApplication.class);

	@Test
	void modulesRespectTheirAllowedDependencies() {
		MODULES.verify();
	}

	@Test
	void writesTheModuleDiagram() {
		new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
	}

}
