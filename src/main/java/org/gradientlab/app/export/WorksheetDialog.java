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
        // The underscores are the blank itself, not a keyboard mnemonic.
        blanks.setMnemonicParsing(false);
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
                ? new WorksheetOptions(typedSteps(steps), blanks.isSelected(), blanks.isSelected() && separateKey.isSelected())
                : null);
        return dialog.showAndWait();
    }

    /** A number typed and not yet committed (OK pressed straight after typing) counts, kept within 1 to 50. */
    private static int typedSteps(Spinner<Integer> steps) {
        try {
            int typed = Integer.parseInt(steps.getEditor().getText().trim());
            return Math.max(1, Math.min(DescentWorksheet.MAX_STEPS, typed));
        } catch (NumberFormatException notANumber) {
            return steps.getValue();
        }
    }
}
