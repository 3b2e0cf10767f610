package org.gradientlab.app.regression;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.gradientlab.app.controls.NumberField;
import org.gradientlab.app.regression.model.GeneratorSettings;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * The data row over the Regression lesson: the form for generated data with Generate, Open CSV…,
 * what the data are, and while a big set loads the progress with Cancel, or what went wrong.
 */
final class DataBar extends VBox {

    final NumberField count;
    final NumberField slope;
    final NumberField intercept;
    final NumberField noise;
    final NumberField xFrom;
    final NumberField xTo;
    final NumberField seed;
    final Button generate = new Button("Generate", new FontIcon(MaterialDesignD.DICE_MULTIPLE));
    final Button openCsv = new Button("Open CSV…", new FontIcon(MaterialDesignF.FOLDER_OPEN));
    final Label description = new Label();
    final ProgressBar progress = new ProgressBar();
    final Label progressText = new Label();
    final Button cancel = new Button("Cancel");
    final HBox progressRow;
    final Label error = new Label();
    private final Label hint;

    DataBar(GeneratorSettings settings) {
        getStyleClass().add("lesson-top");
        count = field(settings.countProperty(), GeneratorSettings::checkCount, "generateCount", 6,
                "How many points to make, 1 to 1,000,000 (a big set is made in the background)");
        slope = field(settings.slopeProperty(), GeneratorSettings::checkCoefficient, "generateSlope", 3,
                "The true slope w1 of the made-up data");
        intercept = field(settings.interceptProperty(), GeneratorSettings::checkCoefficient, "generateIntercept", 3,
                "The true intercept w0 of the made-up data");
        noise = field(settings.noiseProperty(), GeneratorSettings::checkNoise, "generateNoise", 3,
                "The standard deviation of the noise added to y");
        xFrom = field(settings.xFromProperty(), GeneratorSettings::checkX, "generateXFrom", 3,
                "The smallest x. Try 0 to 10, or 50 to 60, to see unscaled x make a narrow valley");
        xTo = field(settings.xToProperty(), GeneratorSettings::checkX, "generateXTo", 3, "x stays below this");
        seed = field(settings.seedProperty(), GeneratorSettings::checkSeed, "generateSeed", 3,
                "The same seed makes the same points");
        generate.setId("generateButton");
        generate.setTooltip(new Tooltip("Make new points from the fields on the left; the run restarts on them"));
        openCsv.setId("openCsvButton");
        openCsv.setTooltip(new Tooltip("Open a CSV file with a header x,y and one point per line (up to millions)"));
        Label title = label("Data");
        title.getStyleClass().add("control-title");
        generate.setMinWidth(Region.USE_PREF_SIZE);
        openCsv.setMinWidth(Region.USE_PREF_SIZE);
        // A field keeps its width with its label; when the row is too narrow (large text, a small
        // window) it goes on in a second line instead of squeezing every field to one character.
        FlowPane form = new FlowPane(12, 4, title, pair("n", count), pair("slope", slope),
                pair("intercept", intercept), pair("noise", noise), pair("x from", xFrom), pair("to", xTo),
                pair("seed", seed), new HBox(6, generate, openCsv));
        form.setAlignment(Pos.TOP_LEFT);
        form.setRowValignment(javafx.geometry.VPos.TOP);

        description.setId("dataDescription");
        description.getStyleClass().add("lesson-text");
        description.setTooltip(new Tooltip("Click the data plot to add a point, drag a point to move it, right-click a "
                + "point to remove it; each edit restarts the run from the start (w0, w1)"));
        progress.setId("dataProgress");
        progress.setPrefWidth(220);
        progressText.setId("dataProgressText");
        cancel.setId("cancelDataButton");
        cancel.setTooltip(new Tooltip("Stop reading or making the data; the current data stay"));
        progressRow = new HBox(10, progress, progressText, cancel);
        progressRow.setAlignment(Pos.CENTER_LEFT);
        error.setId("dataError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        hint = new Label("·  click the plot to add a point, drag a point to move it, right-click to remove it");
        hint.getStyleClass().add("lesson-text");
        hint.setMinWidth(0);
        progressText.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        HBox about = new HBox(8, description, hint, progressRow);
        // The hint gives way first; the description wraps only in a row narrower than it (large text,
        // a small window), instead of making the lesson wider than the window.
        about.setMinWidth(0);
        description.setWrapText(true);
        description.minWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(description.prefWidth(-1), about.getWidth()),
                about.widthProperty(), description.textProperty(), description.fontProperty()));
        getChildren().addAll(form, about, error);
        showBusy(false);
        setSpacing(4);
    }

    private static NumberField field(javafx.beans.property.DoubleProperty value,
                                     java.util.function.DoubleFunction<String> check, String id, int columns, String tip) {
        NumberField field = new NumberField(value, check);
        field.textField().setId(id);
        field.textField().setPrefColumnCount(columns);
        field.textField().setTooltip(new Tooltip(tip));
        return field;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("form-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** A field with its label in front, kept together on one line of the form. */
    private static Node pair(String text, NumberField field) {
        field.textField().setMinWidth(Region.USE_PREF_SIZE);
        HBox pair = new HBox(6, label(text), field);
        pair.setAlignment(Pos.TOP_LEFT);
        return pair;
    }

    /** Shows or hides the progress row; Generate and Open wait while data are on their way. */
    void showBusy(boolean busy) {
        hint.setVisible(!busy);
        hint.setManaged(!busy);
        progressRow.setVisible(busy);
        progressRow.setManaged(busy);
        generate.setDisable(busy);
        openCsv.setDisable(busy);
    }
}
