package io.github.corspolicy.spring;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The core's {@code internal} package is no API: no module outside the core uses it (here the
 * starter, cors-policy-test and the core itself, all on this test class path).
 */
@AnalyzeClasses(packages = "io.github.corspolicy", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreInternalUsageTests {

	@ArchTest
	static final ArchRule noClassOutsideTheCoreDependsOnItsInternals = noClasses().that()
		.resideOutsideOfPackage("io.github.corspolicy.core..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("io.github.corspolicy.core.internal..")
		.because("core.internal may change in any release; the core offers LogSafe and the policy API instead");

}
