package org.gradientlab.io.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gradientlab.engine.network.Cost;
import org.gradientlab.engine.network.NetworkParameters;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.gradientlab.engine.optim.Schedule;
import org.gradientlab.engine.regression.Reduction;

/**
 * A lesson as a JSON tree and back. The layout (docs/lesson-files.md): {@code format}, {@code version},
 * {@code lesson}, {@code learningRate}, {@code speed} (a number or "max"), {@code optimizer} (with an
 * optional {@code schedule}), and one object named after the lesson with its own settings. Every other
 * field is required and no other is taken.
 */
final class LessonJson {

    /** The speed word for "as fast as the engine goes": JSON has no infinity. */
    static final String MAX_SPEED = "max";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private LessonJson() {
    }

    /** The lesson in the tree; the format and version are checked first, then every field and value. */
    static LessonFile fromTree(JsonNode root) throws LessonFileException {
        JsonFields file = JsonFields.of(root, "");
        String format = file.string("format");
        if (!format.equals(LessonFile.FORMAT)) {
            throw LessonFileException.atField("/format", "'" + format + "' is not a Gradient Lab lesson (expected \""
                    + LessonFile.FORMAT + "\")");
        }
        long version = file.whole("version");
        if (version != LessonFile.VERSION) {
            throw LessonFileException.atField("/version", version + " is not a version this Gradient Lab reads (it reads "
                    + LessonFile.VERSION + (version > LessonFile.VERSION ? "; the file is from a newer one)" : ")"));
        }
        String lesson = file.choice("lesson", LessonSettings.LESSONS, "lesson");
        double learningRate = file.number("learningRate");
        double speed = speed(file);
        OptimizerSettings optimizer = optimizer(file.object("optimizer"));
        LessonSettings settings = switch (lesson) {
            case DescentLesson.NAME -> descent(file.object(lesson));
            case NetworkLesson.NAME -> network(file.object(lesson));
            case SurfaceLesson.NAME -> surface(file.object(lesson));
            case DeepNetworkLesson.NAME -> DeepNetworkJson.read(file.object(lesson));
            default -> regression(file.object(lesson));
        };
        file.done();
        LessonFile read = new LessonFile(learningRate, speed, optimizer, settings);
        LessonChecks.check(read);
        return read;
    }

    private static double speed(JsonFields file) throws LessonFileException {
        JsonNode speed = file.node("speed");
        if (speed.isTextual() && speed.textValue().equals(MAX_SPEED)) {
            return Double.POSITIVE_INFINITY;
        }
        if (!speed.isNumber()) {
            throw LessonFileException.atField("/speed", "expected steps per second or \"max\", found " + JsonFields.describe(speed));
        }
        return speed.doubleValue();
    }

    private static OptimizerSettings optimizer(JsonFields fields) throws LessonFileException {
        String name = fields.choice("name", OptimizerSettings.NAMES, "optimizer");
        OptimizerSettings settings = new OptimizerSettings(name, fields.number("beta"), fields.number("rho"),
                fields.number("beta1"), fields.number("beta2"), fields.number("eps"));
        // Optional (absent: constant), so every file written before schedules opens as it did.
        if (fields.has("schedule")) {
            settings = settings.withSchedule(schedule(fields.object("schedule")));
        }
        fields.done();
        return settings;
    }

    /** The schedule object: all five fields, each checked in range with its path (SPEC section 2). */
    private static Schedule schedule(JsonFields fields) throws LessonFileException {
        Schedule.Kind kind = Schedule.Kind.parse(fields.choice("kind", Schedule.Kind.NAMES, "schedule"));
        double gamma = fields.number("gamma");
        if (!(gamma > 0 && Double.isFinite(gamma))) {
            throw LessonFileException.atField(fields.pointer("gamma"), "must be a finite number above 0");
        }
        long decaySteps = fields.whole("decaySteps");
        if (decaySteps < 1) {
            throw LessonFileException.atField(fields.pointer("decaySteps"), "must be a whole number of at least 1");
        }
        double minRatio = fields.number("minRatio");
        if (!(minRatio >= 0 && minRatio <= 1)) {
            throw LessonFileException.atField(fields.pointer("minRatio"), "must be from 0 to 1");
        }
        long warmup = fields.whole("warmup");
        if (warmup < 0) {
            throw LessonFileException.atField(fields.pointer("warmup"), "must be a whole number of at least 0 (0: no warm-up)");
        }
        fields.done();
        return new Schedule(kind, gamma, decaySteps, minRatio, warmup);
    }

    private static DescentLesson descent(JsonFields fields) throws LessonFileException {
        DescentLesson descent = new DescentLesson(fields.string("function"), fields.number("start"));
        fields.done();
        return descent;
    }

    private static SurfaceLesson surface(JsonFields fields) throws LessonFileException {
        String function = fields.string("function");
        JsonFields start = fields.object("start");
        double w1 = start.number("w1");
        double w2 = start.number("w2");
        start.done();
        SurfaceLesson surface = new SurfaceLesson(function, w1, w2, fields.number("noise"), fields.whole("seed"));
        fields.done();
        return surface;
    }

    private static NetworkLesson network(JsonFields fields) throws LessonFileException {
        Cost cost = Cost.parse(fields.choice("cost", Cost.LABELS, "cost"));
        JsonFields start = fields.object("start");
        NetworkParameters parameters = new NetworkParameters(start.number("w1"), start.number("b1"),
                start.number("w2"), start.number("b2"));
        start.done();
        JsonFields pair = fields.object("pair");
        double x = pair.number("x");
        double y = pair.number("y");
        pair.done();
        // No data set: the lesson trains on its single pair.
        NamedPoints dataSet = fields.has("dataSet") ? points(fields.object("dataSet")) : null;
        fields.done();
        return new NetworkLesson(cost, parameters, x, y, dataSet);
    }

    private static RegressionLesson regression(JsonFields fields) throws LessonFileException {
        NamedPoints data = points(fields.object("data"));
        JsonFields start = fields.object("start");
        double w0 = start.number("w0");
        double w1 = start.number("w1");
        start.done();
        Reduction reduction = Reduction.of(fields.choice("reduction", Reduction.LABELS, "reduction"));
        RegressionLesson.Batch batch = RegressionLesson.Batch.of(fields.choice("batch",
                java.util.Arrays.stream(RegressionLesson.Batch.values()).map(RegressionLesson.Batch::word).toList(), "batch"));
        RegressionLesson regression = new RegressionLesson(data, w0, w1, reduction, batch,
                fields.whole("miniBatchSize"), fields.whole("seed"), fields.bool("scaleX"));
        fields.done();
        return regression;
    }

    private static NamedPoints points(JsonFields fields) throws LessonFileException {
        NamedPoints points = new NamedPoints(fields.string("name"), fields.numbers("x"), fields.numbers("y"));
        fields.done();
        return points;
    }

    /** The tree of a lesson, fields in the order a person reads them. */
    static ObjectNode toTree(LessonFile lesson) {
        ObjectNode root = NODES.objectNode();
        root.put("format", LessonFile.FORMAT);
        root.put("version", LessonFile.VERSION);
        root.put("lesson", lesson.lesson());
        root.put("learningRate", lesson.learningRate());
        if (lesson.speed() == Double.POSITIVE_INFINITY) {
            root.put("speed", MAX_SPEED);
        } else {
            root.put("speed", lesson.speed());
        }
        OptimizerSettings optimizer = lesson.optimizer();
        ObjectNode optimizerNode = root.putObject("optimizer");
        optimizerNode.put("name", optimizer.name());
        optimizerNode.put("beta", optimizer.beta());
        optimizerNode.put("rho", optimizer.rho());
        optimizerNode.put("beta1", optimizer.beta1());
        optimizerNode.put("beta2", optimizer.beta2());
        optimizerNode.put("eps", optimizer.eps());
        Schedule schedule = optimizer.schedule();
        // A constant schedule is written as none: such a file is the same as one from before schedules.
        if (!schedule.equals(Schedule.CONSTANT)) {
            ObjectNode scheduleNode = optimizerNode.putObject("schedule");
            scheduleNode.put("kind", schedule.kind().label());
            scheduleNode.put("gamma", schedule.gamma());
            scheduleNode.put("decaySteps", schedule.decaySteps());
            scheduleNode.put("minRatio", schedule.minRatio());
            scheduleNode.put("warmup", schedule.warmup());
        }
        ObjectNode own = root.putObject(lesson.lesson());
        LessonSettings settings = lesson.settings();
        if (settings instanceof DescentLesson descent) {
            own.put("function", descent.function());
            own.put("start", descent.start());
        } else if (settings instanceof NetworkLesson network) {
            writeNetwork(own, network);
        } else if (settings instanceof SurfaceLesson surface) {
            own.put("function", surface.function());
            ObjectNode start = own.putObject("start");
            start.put("w1", surface.startW1());
            start.put("w2", surface.startW2());
            own.put("noise", surface.noise());
            own.put("seed", surface.seed());
        } else if (settings instanceof DeepNetworkLesson deep) {
            DeepNetworkJson.write(own, deep);
        } else {
            writeRegression(own, (RegressionLesson) settings);
        }
        return root;
    }

    private static void writeNetwork(ObjectNode own, NetworkLesson network) {
        own.put("cost", network.cost().label());
        ObjectNode start = own.putObject("start");
        double[] parameters = network.start().toArray();
        for (int i = 0; i < parameters.length; i++) {
            start.put(NetworkParameters.NAMES.get(i), parameters[i]);
        }
        ObjectNode pair = own.putObject("pair");
        pair.put("x", network.pairX());
        pair.put("y", network.pairY());
        if (network.dataSet() != null) {
            writePoints(own.putObject("dataSet"), network.dataSet());
        }
    }

    private static void writeRegression(ObjectNode own, RegressionLesson regression) {
        writePoints(own.putObject("data"), regression.data());
        ObjectNode start = own.putObject("start");
        start.put("w0", regression.startW0());
        start.put("w1", regression.startW1());
        own.put("reduction", regression.reduction().label());
        own.put("batch", regression.batch().word());
        own.put("miniBatchSize", regression.miniBatchSize());
        own.put("seed", regression.seed());
        own.put("scaleX", regression.scaleX());
    }

    private static void writePoints(ObjectNode node, NamedPoints points) {
        node.put("name", points.name());
        ArrayNode x = node.putArray("x");
        for (double value : points.x()) {
            x.add(value);
        }
        ArrayNode y = node.putArray("y");
        for (double value : points.y()) {
            y.add(value);
        }
    }
}
