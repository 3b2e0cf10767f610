package org.gradientlab.app.export;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.gradientlab.io.export.DescentWorksheet;

/** Asks how many steps a worksheet has, and whether students get blanks and where the key goes. */
final class WorksheetDialog {

    private WorksheetDialog() {
    }

    static Optional<WorksheetOptions> ask(Window owner, String lesson) {
        Spinner<Integer> steps = new Spinner<>(1, DescentWorksheet.MAX_STEPS, WorksheetOptions.DEFAULT.steps());
        steps.setEditable(true);
        steps.setId("worksheetSteps");
        CheckBox blanks = new CheckBox("Blanks (____) for students, with an answer key");
        blanks.setId("worksheetBlanks");
        CheckBox separateKey = new CheckBox("The answer key in its own file");
        separateKey.setId("worksheetSeparateKey");
        separateKey.disableProperty().bind(blanks.selectedProperty().not());
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);
        form.addRow(0, new Label("Steps from the start"), steps);
        form.add(blanks, 0, 1, 2, 1);
        form.add(separateKey, 0, 2, 2, 1);
        Dialog<WorksheetOptions> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Worksheet");
        dialog.setHeaderText("A worksheet of the " + lesson + " lesson's first steps, with every number");
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new WorksheetOptions(steps.getValue(), blanks.isSelected(), blanks.isSelected() && separateKey.isSelected())
                : null);
        return dialog.showAndWait();
    }
}
