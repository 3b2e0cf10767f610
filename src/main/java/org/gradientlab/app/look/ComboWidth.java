package org.gradientlab.app.look;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * A combo box as wide as its widest item, measured in the box's own font, at every text size.
 * The JavaFX skin measures its list's cells only once the list has been shown and then keeps that
 * width (JDK-8210037, atlantafx#137): a box opened once stayed at its old width when the text grew,
 * cutting its longer items short, and the width a box has depended on when its list was first opened.
 */
public final class ComboWidth {

    private ComboWidth() {
    }

    /** The box's preferred width follows its items as its converter names them. */
    public static <T> void fitWidest(ComboBox<T> box) {
        fitWidest(box, item -> box.getConverter().toString(item));
    }

    /**
     * The box's preferred width follows its items as {@code name} names them and the {@code alsoShown}
     * texts its button cell may show (say, "Your own function" for no preset).
     */
    public static <T> void fitWidest(ComboBox<T> box, Function<T, String> name, String... alsoShown) {
        InvalidationListener refit = o -> fit(box, name, alsoShown);
        box.getItems().addListener(refit);
        box.itemsProperty().addListener((obs, old, items) -> {
            items.addListener(refit);
            refit.invalidated(obs);
        });
        box.converterProperty().addListener(refit);
        // The cell's font and paddings and the arrow's size come from CSS (the text size among them);
        // the skin adds its cell and arrow after it is set, so they are looked for whenever the children change.
        List<Observable> watched = new ArrayList<>();
        InvalidationListener watch = o -> {
            watched.forEach(w -> w.removeListener(refit));
            watched.clear();
            ListCell<?> cell = buttonCell(box);
            if (cell != null) {
                watched.addAll(List.of(cell.fontProperty(), cell.paddingProperty()));
            }
            if (box.lookup(".arrow-button") instanceof Region arrow) {
                watched.add(arrow.paddingProperty());
                if (arrow.lookup(".arrow") instanceof Region mark) {
                    watched.add(mark.paddingProperty());
                }
            }
            watched.add(box.paddingProperty());
            watched.forEach(w -> w.addListener(refit));
            refit.invalidated(o);
        };
        box.getChildrenUnmodifiable().addListener(watch);
        box.skinProperty().addListener(watch);
    }

    private static <T> void fit(ComboBox<T> box, Function<T, String> name, String... alsoShown) {
        ListCell<?> cell = buttonCell(box);
        if (cell == null || !(box.lookup(".arrow-button") instanceof Region arrow)) {
            return;
        }
        Text text = new Text();
        text.setFont(cell.getFont());
        double widest = 0;
        List<String> texts = new ArrayList<>(List.of(alsoShown));
        for (T item : box.getItems()) {
            texts.add(name.apply(item));
        }
        for (String s : texts) {
            text.setText(s == null ? "" : s);
            widest = Math.max(widest, text.getLayoutBounds().getWidth());
        }
        double width = widest + cell.snappedLeftInset() + cell.snappedRightInset()
                + arrow.prefWidth(-1) + box.snappedLeftInset() + box.snappedRightInset();
        box.setPrefWidth(Math.ceil(width) + 2);
    }

    /** The cell the box shows its value in: its own, or the one its skin made. */
    private static ListCell<?> buttonCell(ComboBox<?> box) {
        if (box.getButtonCell() != null) {
            return box.getButtonCell();
        }
        return box.getChildrenUnmodifiable().stream().filter(ListCell.class::isInstance).map(ListCell.class::cast)
                .findFirst().orElse(null);
    }
}
