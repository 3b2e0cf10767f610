package org.gradientlab.app.look;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.ColorConverter;
import javafx.css.converter.SizeConverter;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * The colours of a chart and its light layer, or of a diagram, set from CSS on the owning region
 * ({@code -gl-curve-color: -gl-curve;} and so on), so each theme is one stylesheet. Also the sizes
 * drawn by hand: {@code -gl-text-size} (1em in the base sheet, so it follows the root font size of
 * the theme and the text scale) and {@code -gl-line-scale} (thicker lines for a projector).
 */
public final class ChartPalette {

    /** The root font size (px) at which hand-drawn text and lines have their nominal size: the light theme at 100%. */
    public static final double BASE_TEXT_SIZE = 15;

    private static final List<CssMetaData<? extends Styleable, ?>> META_DATA;

    private static final CssMetaData<Region, Color> CURVE = meta("-gl-curve-color", p -> p.curve, "#1f4e99");
    private static final CssMetaData<Region, Color> POINT = meta("-gl-point-color", p -> p.point, "#d9480f");
    private static final CssMetaData<Region, Color> TANGENT = meta("-gl-tangent-color", p -> p.tangent, "#6741d9");
    private static final CssMetaData<Region, Color> POSITIVE = meta("-gl-positive-color", p -> p.positive, "#2b8a3e");
    private static final CssMetaData<Region, Color> NEGATIVE = meta("-gl-negative-color", p -> p.negative, "#c92a2a");
    private static final CssMetaData<Region, Color> TEXT = meta("-gl-text-color", p -> p.text, "#212529");
    private static final CssMetaData<Region, Color> BACKGROUND = meta("-gl-plot-background", p -> p.background, "#ffffff");
    private static final CssMetaData<Region, Color> GRID = meta("-gl-grid-color", p -> p.grid, "#dee2e6");
    private static final CssMetaData<Region, Number> TEXT_SIZE = sizeMeta("-gl-text-size", p -> p.textSize,
            BASE_TEXT_SIZE);
    private static final CssMetaData<Region, Number> LINE_SCALE = sizeMeta("-gl-line-scale", p -> p.lineScale, 1);

    static {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Region.getClassCssMetaData());
        Collections.addAll(all, CURVE, POINT, TANGENT, POSITIVE, NEGATIVE, TEXT, BACKGROUND, GRID, TEXT_SIZE,
                LINE_SCALE);
        META_DATA = Collections.unmodifiableList(all);
    }

    private final StyleableObjectProperty<Color> curve;
    private final StyleableObjectProperty<Color> point;
    private final StyleableObjectProperty<Color> tangent;
    private final StyleableObjectProperty<Color> positive;
    private final StyleableObjectProperty<Color> negative;
    private final StyleableObjectProperty<Color> text;
    private final StyleableObjectProperty<Color> background;
    private final StyleableObjectProperty<Color> grid;
    private final StyleableObjectProperty<Number> textSize;
    private final StyleableObjectProperty<Number> lineScale;

    /** A region whose CSS sets a palette: return {@link #cssMetaData()} from its getCssMetaData(). */
    public interface Owner {
        /** The palette the CSS sets. */
        ChartPalette palette();
    }

    /**
     * @param owner    the region styled by CSS (an {@link Owner})
     * @param onChange called when any colour changes
     */
    public ChartPalette(Region owner, Runnable onChange) {
        curve = property(owner, CURVE, onChange);
        point = property(owner, POINT, onChange);
        tangent = property(owner, TANGENT, onChange);
        positive = property(owner, POSITIVE, onChange);
        negative = property(owner, NEGATIVE, onChange);
        text = property(owner, TEXT, onChange);
        background = property(owner, BACKGROUND, onChange);
        grid = property(owner, GRID, onChange);
        textSize = property(owner, TEXT_SIZE, onChange);
        lineScale = property(owner, LINE_SCALE, onChange);
    }

    private static CssMetaData<Region, Color> meta(String name, Function<ChartPalette, StyleableObjectProperty<Color>> get,
                                                         String initial) {
        return new CssMetaData<>(name, ColorConverter.getInstance(), Color.web(initial)) {
            @Override
            public boolean isSettable(Region node) {
                return !get.apply(((Owner) node).palette()).isBound();
            }

            @Override
            public StyleableProperty<Color> getStyleableProperty(Region node) {
                return get.apply(((Owner) node).palette());
            }
        };
    }

    private static CssMetaData<Region, Number> sizeMeta(String name,
                                                        Function<ChartPalette, StyleableObjectProperty<Number>> get,
                                                        double initial) {
        return new CssMetaData<>(name, SizeConverter.getInstance(), initial) {
            @Override
            public boolean isSettable(Region node) {
                return !get.apply(((Owner) node).palette()).isBound();
            }

            @Override
            public StyleableProperty<Number> getStyleableProperty(Region node) {
                return get.apply(((Owner) node).palette());
            }
        };
    }

    private static <T> StyleableObjectProperty<T> property(Region owner, CssMetaData<Region, T> meta,
                                                           Runnable onChange) {
        StyleableObjectProperty<T> property = new SimpleStyleableObjectProperty<>(meta, owner,
                meta.getProperty(), meta.getInitialValue(owner));
        property.addListener((obs, old, now) -> onChange.run());
        return property;
    }

    /** The CSS properties of a palette owner, its region's own included. */
    public static List<CssMetaData<? extends Styleable, ?>> cssMetaData() {
        return META_DATA;
    }

    /** The function's curve. */
    public Color curve() {
        return curve.get();
    }

    /** The current point. */
    public Color point() {
        return point.get();
    }

    /** The tangent line. */
    public Color tangent() {
        return tangent.get();
    }

    /** Positive things: a step to the right, a positive weight. */
    public Color positive() {
        return positive.get();
    }

    /** Negative things: a step to the left, a negative weight. */
    public Color negative() {
        return negative.get();
    }

    /** Labels on the layer. */
    public Color text() {
        return text.get();
    }

    /** The plot's background. */
    public Color background() {
        return background.get();
    }

    /** Grid lines. */
    public Color grid() {
        return grid.get();
    }

    /** How much larger hand-drawn text is than its nominal size: the root font size over {@link #BASE_TEXT_SIZE}. */
    public double scale() {
        double size = textSize.get().doubleValue();
        return size > 0 ? size / BASE_TEXT_SIZE : 1;
    }

    /** A length (a marker's radius, a gap) at the current text scale. */
    public double size(double nominal) {
        return nominal * scale();
    }

    /** A line width at the current text scale and the theme's line thickness. */
    public double line(double nominal) {
        return nominal * scale() * lineScale.get().doubleValue();
    }

    /** A font of the given nominal size at the current text scale. */
    public Font font(String family, FontWeight weight, double nominal) {
        return Font.font(family, weight, size(nominal));
    }

    /** An AWT font for JFreeChart of the given nominal size at the current text scale. */
    public java.awt.Font awtFont(int style, double nominal) {
        return new java.awt.Font(java.awt.Font.SANS_SERIF, style, (int) Math.round(size(nominal)));
    }

    /** An AWT stroke for JFreeChart of the given nominal width, thickened as {@link #line}. */
    public java.awt.BasicStroke awtStroke(double nominal) {
        return new java.awt.BasicStroke((float) line(nominal), java.awt.BasicStroke.CAP_ROUND,
                java.awt.BasicStroke.JOIN_ROUND);
    }

    /** An AWT colour for JFreeChart. */
    public static java.awt.Color awt(Color c) {
        return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(), (float) c.getOpacity());
    }
}
