package org.gradientlab.app.shell;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.gradientlab.app.lesson.Explanation;
import org.gradientlab.app.look.Presentation;
import org.gradientlab.app.look.SettingsStore;

/**
 * A lesson's explanation above the lesson, in three columns (what you see, what to try, why),
 * opened and closed by its title (closed at first). Each lesson keeps its own state, also across runs;
 * View › Show explanations hides all of them.
 */
public final class ExplanationPanel extends TitledPane {

    /** The most of the lesson's height the open panel takes; more text scrolls (large text on a small screen). */
    static final double MAX_SHARE = 0.3;

    private ExplanationPanel(Explanation explanation, Presentation presentation, Region page) {
        setId("explanation-" + explanation.key());
        getStyleClass().add("explanation");
        setText(explanation.title());
        // A long title ends in "…" rather than making the lesson wider than a small window at large text.
        setMinWidth(0);
        setAnimated(false);
        setTooltip(new Tooltip("Click to open or close this explanation; View › Show explanations hides them all"));
        GridPane columns = new GridPane();
        columns.setHgap(24);
        for (int i = 0; i < 3; i++) {
            ColumnConstraints third = new ColumnConstraints();
            third.setPercentWidth(100.0 / 3);
            columns.getColumnConstraints().add(third);
        }
        columns.addRow(0, column("What you see", explanation.see()), column("What to try", explanation.tryThis()),
                column("Why", explanation.why()));
        ScrollPane scroll = new ScrollPane(columns);
        scroll.getStyleClass().add("explanation-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // As tall as the wrapped text (laid out at the panel's width), but at most a share of the lesson.
        scroll.prefViewportHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(columns.getLayoutBounds().getHeight(), MAX_SHARE * page.getHeight()),
                columns.layoutBoundsProperty(), page.heightProperty()));
        setContent(scroll);
        SettingsStore store = presentation.store();
        String expandedKey = "explanation." + explanation.key() + ".expanded";
        // Closed until asked for: open, it pushes the lesson's own controls (Play, Step) out of a laptop's window.
        setExpanded("true".equals(store.get(expandedKey, "false")));
        expandedProperty().addListener((obs, old, now) -> store.put(expandedKey, Boolean.toString(now)));
        visibleProperty().bind(presentation.explanationsShownProperty());
        managedProperty().bind(visibleProperty());
    }

    private static VBox column(String heading, String text) {
        Label title = new Label(heading);
        title.getStyleClass().add("explanation-heading");
        Label body = new Label(text);
        body.getStyleClass().add("explanation-text");
        body.setWrapText(true);
        body.setMinHeight(Label.USE_PREF_SIZE);
        return new VBox(2, title, body);
    }

    /** The lesson with its explanation above it. */
    public static BorderPane around(Node lesson, Explanation explanation, Presentation presentation) {
        BorderPane page = new BorderPane(lesson);
        page.setTop(new ExplanationPanel(explanation, presentation, page));
        return page;
    }
}
