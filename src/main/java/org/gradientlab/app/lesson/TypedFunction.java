package org.gradientlab.app.lesson;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.gradientlab.engine.expr.ExpressionException;

/**
 * A lesson's function that a person can type (Descent's f(w), Surface's f(w1, w2)): always one
 * that parsed, and the last typed one's error. A bad one changes nothing but the error. FX thread only.
 *
 * @param <F> the parsed function
 */
public final class TypedFunction<F> {

    /** Parses a function's text. */
    @FunctionalInterface
    public interface Parser<F> {
        /** The parsed function; throws with the message a person reads. */
        F parse(String text) throws ExpressionException;
    }

    private final ReadOnlyObjectWrapper<F> function;
    private final ReadOnlyStringWrapper error;
    private final Parser<F> parser;

    /** @param bean the model the properties belong to */
    public TypedFunction(Object bean, Parser<F> parser) {
        this.function = new ReadOnlyObjectWrapper<>(bean, "function");
        this.error = new ReadOnlyStringWrapper(bean, "functionError", "");
        this.parser = parser;
    }

    /** Parses a bundled function, which must parse. */
    public F parseKnownGood(String text) {
        try {
            return parser.parse(text);
        } catch (ExpressionException e) {
            throw new IllegalStateException("a bundled function does not parse: " + text, e);
        }
    }

    /**
     * Parses and uses a typed function; on success clears the error and hands the parsed one to
     * {@code beforeUse} (say, to pick the preset) just before it is used.
     *
     * @return the error message, or null if the function was taken
     */
    public String type(String text, Consumer<F> beforeUse) {
        try {
            F parsed = parser.parse(text);
            error.set("");
            beforeUse.accept(parsed);
            function.set(parsed);
            return null;
        } catch (ExpressionException e) {
            error.set(e.getMessage());
            return e.getMessage();
        }
    }

    /** Uses a function that parsed (a preset's, a lesson file's) and clears the error. */
    public void use(F parsed) {
        error.set("");
        function.set(parsed);
    }

    /** The function in use. */
    public F get() {
        return function.get();
    }

    /** The function in use: always one that parsed. */
    public ReadOnlyObjectProperty<F> property() {
        return function.getReadOnlyProperty();
    }

    /** The last typed function's error, or "". */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
