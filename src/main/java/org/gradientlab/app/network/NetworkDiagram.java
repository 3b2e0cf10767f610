package org.gradientlab.app.network;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import org.gradientlab.app.chart.CanvasRegion;
import org.gradientlab.app.chart.FrameKey;
import org.gradientlab.app.export.Picture;
import org.gradientlab.app.look.Numbers;
import org.gradientlab.app.network.model.ChainRule;
import org.gradientlab.app.network.model.NetworkSnapshot;
import org.gradientlab.app.network.model.Phase;
import org.gradientlab.app.runner.FrameTimer;
import org.gradientlab.engine.network.NetworkState;

/**
 * The network drawn on a Canvas: x -> (w1, b1) -> sigma -> (w2, b2) -> sigma -> yhat -> cost.
 * Weights are edges whose thickness and colour show their size and sign; z and a sit in the nodes,
 * delta above them, the gradients beside their edges. The phase being shown is highlighted, with
 * a pulse that runs left to right for the forward pass and right to left for the backward pass.
 * Redrawn when its inputs change, each draw starting with clearRect.
 */
public final class NetworkDiagram extends CanvasRegion {

    /** A node is saturated when sigma' = a(1-a) is below this: its gradients nearly vanish. */
    static final double SATURATED = 0.02;
    private static final double PULSE_SECONDS = 0.9;

    /** The widest text each place has held at this size (see DiagramLayout.of). */
    private final Map<String, Double> reserve = new HashMap<>();
    private double reservedWidth;
    private double reservedHeight;
    private double reservedScale;
    private DiagramLayout layout;
    private NetworkSnapshot snapshot;
    private NetworkSnapshot previous;
    private Phase phase = Phase.ALL;
    private long pulseStart = -1;
    private boolean pulseRequested;
    /** What the canvas shows now; a new state that would look the same is not drawn again. */
    private FrameKey drawnKey;

    /** An empty diagram; {@link #show} gives it a state. */
    public NetworkDiagram() {
        getStyleClass().add("network-diagram");
        Picture.name(this, "Network diagram");
        setId("networkDiagram");
        // The picture is laid out to fit the room it gets (DiagramLayout); the least height, in em, is in the CSS.
        setMinSize(160, 120);
        setPrefSize(900, 340);
        FrameTimer.whileShowing(this, now -> {
            if (pulseRequested) {
                pulseRequested = false;
                pulseStart = now;
            }
            double progress = pulseStart < 0 ? 1 : (now - pulseStart) / (PULSE_SECONDS * 1e9);
            // While a pulse runs, and once more when it ends, so the last frame shows no dot.
            if (takeChange() || pulseStart >= 0) {
                FrameKey key = progress < 1 ? null : frameKey();
                if (key != null && key.equals(drawnKey)) {
                    return;
                }
                drawnKey = key;
                draw(Math.min(1, progress));
                if (progress >= 1) {
                    pulseStart = -1;
                }
            }
        });
    }

    /** Shows a state in a phase; a new phase starts its pulse. */
    public void show(NetworkSnapshot now, NetworkSnapshot before, Phase shownPhase) {
        if (shownPhase != phase && shownPhase != Phase.ALL) {
            pulseRequested = true;
        }
        snapshot = now;
        previous = before;
        phase = shownPhase;
        requestDraw();
    }

    /** The phase drawn (for tests). */
    public Phase shownPhase() {
        return phase;
    }

    /**
     * The still picture's fingerprint: the size, phase and colours, and every number at the digits
     * the diagram shows it with. At full speed most new states change none of them.
     */
    private FrameKey frameKey() {
        FrameKey key = new FrameKey().pixel(canvas.getWidth()).pixel(canvas.getHeight()).value(phase)
                .value(palette.text()).value(palette.point()).value(palette.tangent()).value(palette.positive())
                .value(palette.negative()).value(palette.background());
        if (snapshot == null) {
            return key;
        }
        NetworkState s = snapshot.current();
        NetworkState v = phase == Phase.UPDATE && previous != null ? previous.current() : s;
        for (double parameter : new double[] {s.w1(), s.b1(), s.w2(), s.b2()}) {
            key.value(Numbers.format(parameter, 5)).pixel(10 * Math.min(Math.abs(parameter), 3) / 3).value(parameter >= 0);
        }
        for (double value : new double[] {v.z1(), v.a1(), v.z2(), v.yhat(), v.delta1(), v.delta2(), v.cost(), v.gradW1(),
            v.gradB1(), v.gradW2(), v.gradB2(), snapshot.chainRule().y()}) {
            key.value(Numbers.format(value, 4));
        }
        key.value(Numbers.format(snapshot.chainRule().x(), 5)).value(snapshot.chainRule().pairs());
        for (double a : new double[] {v.a1(), v.yhat()}) {
            double sigmaPrime = a * (1 - a);
            key.value(sigmaPrime < SATURATED ? Numbers.format(sigmaPrime, 2) : "");
        }
        for (int i = 0; i < 4; i++) {
            key.value(Numbers.format(param(i), 5));
        }
        return key;
    }

    private void draw(double pulse) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (snapshot == null || w < 10 || h < 10) {
            layout = null;
            return;
        }
        NetworkState s = snapshot.current();
        // In the update phase the values are those the update was computed from; the parameters are new.
        NetworkState v = phase == Phase.UPDATE && previous != null ? previous.current() : s;
        ChainRule rule = snapshot.chainRule();
        DiagramTexts texts = new DiagramTexts(phase, s, v, rule.x(), rule.y(),
                new double[] {param(0), param(1), param(2), param(3)}, rule.pairs());
        if (w != reservedWidth || h != reservedHeight || palette.scale() != reservedScale || s.step() == 0) {
            // A new size, text size or run lays out afresh; otherwise each place keeps the widest text it held.
            reserve.clear();
            reservedWidth = w;
            reservedHeight = h;
            reservedScale = palette.scale();
        }
        layout = DiagramLayout.of(texts, w, h, palette, reserve);
        // A finished pulse leaves no dot behind.
        double forward = phase == Phase.FORWARD && pulse < 1 ? pulse : -1;
        double backward = phase == Phase.BACKWARD && pulse < 1 ? 1 - pulse : -1;
        DiagramPainter paint = new DiagramPainter(g, palette, phase, layout);
        paint.edge(DiagramLayout.INPUT, s.w1(), forward, backward);
        paint.edge(DiagramLayout.HIDDEN, s.w2(), forward, backward);
        paint.outputLine();
        paint.nodes();
        paint.labels();
    }

    /** Where the last draw put every node and text, or null before the first (for tests). */
    DiagramLayout drawnLayout() {
        return layout;
    }

    /** The previous value of a parameter in the update phase, or NaN. */
    private double param(int index) {
        if (phase != Phase.UPDATE || previous == null) {
            return Double.NaN;
        }
        NetworkState p = previous.current();
        return switch (index) {
            case 0 -> p.w1();
            case 1 -> p.b1();
            case 2 -> p.w2();
            default -> p.b2();
        };
    }
}
