package org.gradientlab;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Set;
import org.gradientlab.app.runner.DaemonThreads;
import org.gradientlab.app.runner.TrainingRunner;
import org.gradientlab.engine.regression.LinearDataGenerator;

/**
 * The layers of DESIGN.md: the engine is pure maths, the headless commands run without a display,
 * no package depends on itself through others, and each lesson is a package of its own that only
 * the shell knows.
 */
@AnalyzeClasses(packages = "org.gradientlab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String APP = "org.gradientlab.app.";

    /** The app's shared packages; every other package under app/ is a lesson (with its sub-packages). */
    private static final Set<String> SHARED = Set.of("shell", "lesson", "runner", "controls", "chart", "explore",
            "predict", "look", "compare", "export");

    /** The lesson a class belongs to ("descent" for app.descent.chart), or null for a shared or non-app class. */
    static String lessonOf(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        if (!name.startsWith(APP)) {
            return null;
        }
        String top = name.substring(APP.length()).split("\\.")[0];
        return SHARED.contains(top) ? null : top;
    }

    private static final DescribedPredicate<JavaClass> IN_A_LESSON =
            DescribedPredicate.describe("belong to a lesson package", c -> lessonOf(c) != null);

    private static final DescribedPredicate<JavaClass> SHARED_BY_THE_LESSONS = DescribedPredicate.describe(
            "are in the app's shared packages (all but the shell)", c -> c.getPackageName().startsWith(APP)
                    && lessonOf(c) == null && !c.getPackageName().startsWith(APP + "shell"));

    @ArchTest
    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("org.gradientlab.(**)").should().beFreeOfCycles()
            .because("each package builds on the ones below it (docs/architecture.md)");

    @ArchTest
    static final ArchRule LESSONS_ARE_INDEPENDENT = slices().assignedFrom(new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String lesson = lessonOf(javaClass);
            return lesson == null ? SliceIdentifier.ignore() : SliceIdentifier.of(lesson);
        }

        @Override
        public String getDescription() {
            return "the lessons (app packages other than the shared ones)";
        }
    }).should().notDependOnEachOther()
            .because("a lesson plugs in through the Lesson interface; a view never reaches another lesson's model");

    @ArchTest
    static final ArchRule ONLY_THE_SHELL_KNOWS_THE_LESSONS = noClasses().that(SHARED_BY_THE_LESSONS)
            .should().dependOnClassesThat(IN_A_LESSON)
            .because("the shell's lesson set is the one place that names every lesson; the rest serves any lesson");

    @ArchTest
    static final ArchRule LESSONS_REACH_THE_RUNNER_THROUGH_THE_SESSION = noClasses().that(IN_A_LESSON)
            .should().dependOnClassesThat().areAssignableTo(TrainingRunner.class)
            .because("a lesson's LessonSession owns its runner: views and models send it commands, never the runner");

    @ArchTest
    static final ArchRule THREADS_START_IN_ONE_PLACE = noClasses().that().doNotHaveFullyQualifiedName(
                    DaemonThreads.class.getName())
            .and().doNotHaveFullyQualifiedName(LinearDataGenerator.class.getName() + "$Part")
            .should().callConstructorWhere(target(owner(assignableTo(Thread.class))))
            .because("background work runs on the RunnerFactory a lesson is given, so tests can inject a synchronous"
                    + " one; the data generator's parts are the one exception: they are joined before generate()"
                    + " returns, so to its caller the call is synchronous and the numbers are the same on any core count");

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
