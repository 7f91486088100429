package org.hopfieldstudio.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The engine never depends on JavaFX (DESIGN §4, STYLE habit 1); OpenBLAS and JavaCPP stay inside protocol. */
@AnalyzeClasses(packages = "org.hopfieldstudio", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule javafxOnlyInUi = noClasses()
            .that().resideOutsideOfPackage("org.hopfieldstudio.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "com.sun.javafx..")
            .because("the engine (core, protocol, dynamics, analysis, io, cli) must run without a UI toolkit");

    @ArchTest
    static final ArchRule nativeBlasOnlyInProtocol = noClasses()
            .that().resideOutsideOfPackage("org.hopfieldstudio.protocol..")
            .should().dependOnClassesThat().resideInAnyPackage("org.bytedeco..")
            .because("bulk linear algebra lives in the protocol package; dynamics run on plain arrays");

    @ArchTest
    static final ArchRule engineDoesNotDependOnUiOrCli = noClasses()
            .that().resideInAnyPackage("org.hopfieldstudio.core..", "org.hopfieldstudio.protocol..",
                    "org.hopfieldstudio.dynamics..", "org.hopfieldstudio.analysis..", "org.hopfieldstudio.io..")
            .should().dependOnClassesThat().resideInAnyPackage("org.hopfieldstudio.ui..", "org.hopfieldstudio.cli..")
            .because("views and the command line sit on top of the engine, not inside it");

    @ArchTest
    static final ArchRule coreIsTheFoundation = noClasses()
            .that().resideInAPackage("org.hopfieldstudio.core..")
            .should().dependOnClassesThat().resideInAnyPackage("org.hopfieldstudio.protocol..",
                    "org.hopfieldstudio.dynamics..", "org.hopfieldstudio.analysis..", "org.hopfieldstudio.io..")
            .because("core is the model everything else is built on");
}
