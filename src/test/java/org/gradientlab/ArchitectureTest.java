package org.gradientlab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of DESIGN.md: the engine is pure maths, and the headless commands run without a display. */
@AnalyzeClasses(packages = "org.gradientlab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule ENGINE_HAS_NO_UI = noClasses().that().resideInAPackage("org.gradientlab.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..", "org.jfree..")
            .because("engine/ is pure maths, usable and testable without a display (DESIGN.md)");

    @ArchTest
    static final ArchRule ENGINE_IS_THE_BOTTOM_LAYER = noClasses().that().resideInAPackage("org.gradientlab.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("org.gradientlab.app..", "org.gradientlab.cli..",
                    "org.gradientlab.io..")
            .because("the app, the commands and the file formats are built on the engine, not the other way round");

    @ArchTest
    static final ArchRule IO_SITS_ON_THE_ENGINE_ALONE = noClasses().that().resideInAPackage("org.gradientlab.io..")
            .should().dependOnClassesThat().resideInAnyPackage("org.gradientlab.app..", "org.gradientlab.cli..",
                    "javafx..", "java.awt..", "javax.swing..", "org.jfree..")
            .because("file formats build on the engine's types and serve both the app and the commands");

    @ArchTest
    static final ArchRule CLI_RUNS_WITHOUT_A_DISPLAY = noClasses().that().resideInAPackage("org.gradientlab.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.gradientlab.app..")
            .because("the headless commands run without a display (SPEC section 5)");
}
