package org.gradientlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartupWarmupTest {

    @Test
    void everyListedClassIsThereSoALibraryUpgradeSaysTheListIsStale() {
        List<String> names = StartupWarmup.classNames();
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            if (StartupWarmup.load(List.of(name), getClass().getClassLoader()) == 0) {
                missing.add(name);
            }
        }
        assertTrue(names.size() > 1000, "the list holds the window's library classes: " + names.size());
        assertEquals(List.of(), missing, "regenerate " + StartupWarmup.CLASS_LIST + " (bench/startup.sh --list)");
    }

    @Test
    void theListNamesLibraryClassesOnlyBecauseOursChangeTooOften() {
        for (String name : StartupWarmup.classNames()) {
            assertTrue(!name.startsWith("org.gradientlab.") && !name.contains("$$Lambda"), name);
        }
    }

    @Test
    void aMissingNameIsSkippedAndTheRestStillLoad() {
        int loaded = StartupWarmup.load(List.of("javafx.scene.control.Button", "no.such.Klass", "org.jfree.chart.JFreeChart"),
                getClass().getClassLoader());
        assertEquals(2, loaded);
    }
}
