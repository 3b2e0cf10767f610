package org.gradientlab.app.controls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.UnaryOperator;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The lessons' scroll panes draw their content directly, not through a cached image of the viewport. */
@ExtendWith(ApplicationExtension.class)
class LessonColumnsTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private static Node viewport(ScrollPane pane) {
        List<Node> viewports = pane.getChildrenUnmodifiable().stream()
                .filter(n -> n.getStyleClass().contains("viewport")).toList();
        assertEquals(1, viewports.size(), "the skin has one viewport");
        return viewports.get(0);
    }

    private ScrollPane shown(UnaryOperator<ScrollPane> make) {
        ScrollPane pane = make.apply(new ScrollPane(new Label("changes every frame")));
        stage.setScene(new Scene(new VBox(pane), 300, 200));
        stage.show();
        pane.applyCss();
        pane.layout();
        return pane;
    }

    @Test
    void javaFxCachesAPlainScrollPanesViewport(FxRobot robot) {
        // What the lessons' panes undo: if JavaFX stops caching, this test says the workaround can go.
        robot.interact(() -> assertTrue(viewport(shown(p -> p)).isCache()));
    }

    @Test
    void aLiveScrollPaneDrawsItsViewportDirectly(FxRobot robot) {
        robot.interact(() -> assertFalse(viewport(shown(LessonColumns::live)).isCache()));
    }

    @Test
    void theLessonsMainColumnAndSidebarAreLive(FxRobot robot) {
        robot.interact(() -> {
            HBox lesson = new HBox();
            ScrollPane main = LessonColumns.main(new Label("charts"));
            ScrollPane sidebar = LessonColumns.sidebar(new Label("readouts"), lesson);
            lesson.getChildren().addAll(main, sidebar);
            stage.setScene(new Scene(lesson, 400, 200));
            stage.show();
            lesson.applyCss();
            lesson.layout();
            assertFalse(viewport(main).isCache());
            assertFalse(viewport(sidebar).isCache());
        });
    }
}
