package org.gradientlab.app.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.gradientlab.app.look.ChartPalette;
import org.gradientlab.app.network.DiagramLayout.Label;
import org.gradientlab.app.network.DiagramTexts.Size;
import org.gradientlab.app.network.DiagramTexts.Spec;
import org.gradientlab.app.network.model.Phase;

/**
 * The diagram's texts measured at one scale and stacked in seven columns (input, edge w1, hidden
 * node, edge w2, output node, the plain edge, cost), each text at its height around the nodes'
 * centre line; then each column put as far left as it can go without any of its texts or shapes
 * meeting those of a column before it. That gives the width and height the picture needs.
 */
final class DiagramColumns {

    /** The columns that hold a node: input, hidden, output, cost. */
    static final int[] NODE_GROUPS = {0, 2, 4, 6};

    /** A measured text of a column, dy below the centre line. */
    record Slot(String text, Font font, javafx.scene.paint.Color color, double dy, double width, double height,
                int inside, boolean shown) {
    }

    /** A box that other columns keep clear of, relative to its column's anchor. */
    private record Box(double left, double right, double top, double bottom) {
    }

    final List<List<Slot>> groups = new ArrayList<>();
    private final List<List<Box>> boxes = new ArrayList<>();
    final double[] anchors = new double[7];
    final double inputRadius;
    final double radius;
    final double boxWidth;
    final double boxHeight;
    final double outline;
    final double width;
    final double height;
    final double titleHeight;
    /** Where the content's highest part is, relative to the centre line (negative), and how tall the content is. */
    final double contentTop;
    final double contentHeight;

    private final DiagramTexts texts;
    private final ChartPalette palette;
    private final DiagramLayout.Fonts fonts;
    private final DiagramLayout.Measure measure = new DiagramLayout.Measure();
    private final Map<String, Double> reserve;
    private final double pad;
    private final double margin;
    private final double lineGap;

    DiagramColumns(DiagramTexts texts, ChartPalette palette, double fit, Map<String, Double> reserve) {
        this.texts = texts;
        this.palette = palette;
        this.reserve = reserve;
        fonts = DiagramLayout.Fonts.of(palette, fit);
        double unit = palette.size(1) * fit;
        pad = 4 * unit;
        margin = 8 * unit;
        lineGap = 2 * unit;
        outline = palette.line(5) * fit;
        double edgeThickness = palette.line(12) * fit;
        double valueHeight = measure.height(fonts.value());
        double smallHeight = measure.height(fonts.small());

        List<Slot> input = twoLines(texts.input(palette), DiagramLayout.INPUT);
        inputRadius = radiusAround(input);
        List<Slot> hidden = neuron(texts.neuron(palette, 1), DiagramLayout.HIDDEN);
        List<Slot> output = neuron(texts.neuron(palette, 2), DiagramLayout.OUTPUT);
        radius = Math.max(radiusAround(hidden.subList(0, 2)), radiusAround(output.subList(0, 2)));
        List<Slot> cost = twoLines(texts.cost(palette), DiagramLayout.COST);
        boxWidth = Math.max(cost.get(0).width(), cost.get(1).width()) + 2 * (pad + outline);
        boxHeight = 2 * cost.get(1).dy() + valueHeight + 2 * (pad + outline);
        groups.add(input);
        groups.add(edge(texts.edge(palette, 1), edgeThickness, valueHeight, smallHeight));
        groups.add(aroundNeuron(hidden, valueHeight, smallHeight));
        groups.add(edge(texts.edge(palette, 2), edgeThickness, valueHeight, smallHeight));
        groups.add(aroundNeuron(output, valueHeight, smallHeight));
        groups.add(List.of());
        groups.add(cost);
        double[] shapes = {inputRadius, 0, radius, 0, radius, 0};
        for (int g = 0; g < groups.size(); g++) {
            List<Box> list = new ArrayList<>();
            for (Slot s : groups.get(g)) {
                list.add(new Box(-s.width() / 2, s.width() / 2, s.dy() - s.height() / 2, s.dy() + s.height() / 2));
            }
            if (g < shapes.length && shapes[g] > 0) {
                list.add(new Box(-shapes[g], shapes[g], -shapes[g], shapes[g]));
            } else if (g == 6) {
                list.add(new Box(-boxWidth / 2, boxWidth / 2, -boxHeight / 2, boxHeight / 2));
            }
            boxes.add(list);
        }
        double top = 0;
        double bottom = 0;
        for (List<Box> list : boxes) {
            for (Box b : list) {
                top = Math.min(top, b.top());
                bottom = Math.max(bottom, b.bottom());
            }
        }
        contentTop = top;
        contentHeight = bottom - top + margin;
        double shortestEdge = 20 * unit;
        double[] edgeMinimum = {inputRadius + radius, 2 * radius, radius + boxWidth / 2};
        anchors[0] = margin - left(0);
        for (int j = 1; j < anchors.length; j++) {
            anchors[j] = anchors[j - 1];
            for (int i = 0; i < j; i++) {
                anchors[j] = Math.max(anchors[j], anchors[i] + need(i, j));
            }
            for (int k = 1; k < NODE_GROUPS.length; k++) {
                if (NODE_GROUPS[k] == j) {
                    anchors[j] = Math.max(anchors[j], anchors[NODE_GROUPS[k - 1]] + edgeMinimum[k - 1] + shortestEdge);
                }
            }
        }
        double right = 0;
        for (int g = 0; g < anchors.length; g++) {
            right = Math.max(right, anchors[g] + right(g));
        }
        width = right + margin;
        titleHeight = margin + measure.height(fonts.title()) + (texts.caption() == null ? 0 : smallHeight + lineGap) + pad;
        height = titleHeight + contentHeight;
    }

    private Slot slot(Spec spec, double dy, int inside) {
        Font font = font(spec.size());
        double measured = Math.max(measure.width(spec.text(), font), measure.width(spec.room(), font));
        double kept = reserve.getOrDefault(spec.key(), 0.0) * font.getSize();
        if (measured > kept) {
            reserve.put(spec.key(), measured / font.getSize());
        }
        return new Slot(spec.text(), font, spec.color(), dy, Math.max(measured, kept), measure.height(font), inside,
                spec.shown());
    }

    private Font font(Size size) {
        return switch (size) {
            case VALUE -> fonts.value();
            case SMALL -> fonts.small();
            case TITLE -> fonts.title();
        };
    }

    /** Two texts, one just above the centre line and one just below it, inside a shape. */
    private List<Slot> twoLines(List<Spec> specs, int inside) {
        double upper = measure.height(font(specs.get(0).size()));
        double lower = measure.height(font(specs.get(1).size()));
        return List.of(slot(specs.get(0), -(lineGap / 2 + upper / 2), inside), slot(specs.get(1), lineGap / 2 + lower / 2, inside));
    }

    private List<Slot> neuron(List<Spec> specs, int inside) {
        List<Slot> slots = new ArrayList<>(twoLines(specs.subList(0, 2), inside));
        slots.addAll(specs.subList(2, specs.size()).stream().map(s -> slot(s, 0, DiagramLayout.NONE)).toList());
        return slots;
    }

    /** The smallest circle that holds the texts' boxes, clear of a lit outline. */
    private double radiusAround(List<Slot> inside) {
        double r = 0;
        for (Slot s : inside) {
            double far = Math.abs(s.dy()) + s.height() / 2;
            r = Math.max(r, Math.hypot(s.width() / 2, far));
        }
        return r + outline + pad;
    }

    /** The neuron's two inner texts, delta above it, and the rest stacked below it. */
    private List<Slot> aroundNeuron(List<Slot> neuron, double valueHeight, double smallHeight) {
        List<Slot> placed = new ArrayList<>(neuron.subList(0, 2));
        Slot delta = neuron.get(2);
        placed.add(at(delta, -radius - pad - valueHeight / 2));
        double y = radius + pad;
        for (Slot s : neuron.subList(3, neuron.size())) {
            placed.add(at(s, y + smallHeight / 2));
            y += smallHeight + lineGap;
        }
        return placed;
    }

    /** The weight above the edge (clear of its thickest line), the gradient and the old value below it. */
    private List<Slot> edge(List<Spec> specs, double thickness, double valueHeight, double smallHeight) {
        List<Slot> placed = new ArrayList<>();
        placed.add(slot(specs.get(0), -thickness / 2 - pad - valueHeight / 2, DiagramLayout.NONE));
        double y = thickness / 2 + pad;
        for (Spec spec : specs.subList(1, specs.size())) {
            placed.add(slot(spec, y + smallHeight / 2, DiagramLayout.NONE));
            y += smallHeight + lineGap;
        }
        return placed;
    }

    private static Slot at(Slot s, double dy) {
        return new Slot(s.text(), s.font(), s.color(), dy, s.width(), s.height(), s.inside(), s.shown());
    }

    /** How far right of column i column j's anchor must be, so none of their boxes meet; -infinity when none can. */
    private double need(int i, int j) {
        double need = Double.NEGATIVE_INFINITY;
        for (Box p : boxes.get(i)) {
            for (Box q : boxes.get(j)) {
                if (p.top() < q.bottom() + pad && q.top() < p.bottom() + pad) {
                    need = Math.max(need, p.right() + pad - q.left());
                }
            }
        }
        return need;
    }

    private double left(int g) {
        return boxes.get(g).stream().mapToDouble(Box::left).min().orElse(0);
    }

    private double right(int g) {
        return boxes.get(g).stream().mapToDouble(Box::right).max().orElse(0);
    }

    /** An edge column's anchor as near the target as its neighbours allow. */
    double centred(double[] at, int edge, double target) {
        double lo = Double.NEGATIVE_INFINITY;
        double hi = Double.POSITIVE_INFINITY;
        for (int i = 0; i < at.length; i++) {
            if (i < edge) {
                lo = Math.max(lo, at[i] + need(i, edge));
            } else if (i > edge) {
                hi = Math.min(hi, at[i] - need(edge, i));
            }
        }
        return lo > hi ? at[edge] : Math.max(lo, Math.min(hi, target));
    }

    /** The title, shrunk to fit the width if it must. */
    Label title(double w) {
        return fitted(texts.title(), fonts.title(), FontWeight.BOLD, w, margin + measure.height(fonts.title()) / 2,
                texts.phase() == Phase.ALL ? palette.text() : palette.point());
    }

    /** The line under the title that says which numbers are the first pair's, with a data set. */
    Optional<Label> caption(double w) {
        String caption = texts.caption();
        if (caption == null) {
            return Optional.empty();
        }
        Font font = Font.font(fonts.title().getFamily(), FontWeight.NORMAL, fonts.small().getSize());
        double y = margin + measure.height(fonts.title()) + lineGap + measure.height(font) / 2;
        return Optional.of(fitted(caption, font, FontWeight.NORMAL, w, y, palette.text()));
    }

    private Label fitted(String text, Font font, FontWeight weight, double w, double y, javafx.scene.paint.Color colour) {
        double room = w - 2 * margin;
        double measured = measure.width(text, font);
        Font shown = measured <= room ? font : Font.font(font.getFamily(), weight, font.getSize() * room / measured);
        return new Label(text, shown, colour, w / 2, y, measure.width(text, shown), measure.height(shown),
                DiagramLayout.NONE, true);
    }
}
