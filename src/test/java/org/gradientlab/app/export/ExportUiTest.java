package org.gradientlab.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gradientlab.app.chart.OverlayChart;
import org.gradientlab.app.lesson.LessonId;
import org.gradientlab.app.shell.ErrorReporter;
import org.gradientlab.app.shell.GradientLabApp;
import org.gradientlab.app.shell.MainWindow;
import org.gradientlab.app.shell.UiWait;
import org.gradientlab.engine.DataSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Exports from the real (headless) window: pictures, the right-click menu, steps, a worksheet, a failed write. */
@ExtendWith(ApplicationExtension.class)
class ExportUiTest {

    private MainWindow window;
    private final ErrorReporter errors = new ErrorReporter();
    private final List<String> asked = new ArrayList<>();
    private Path answer;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        errors.install();
        window = GradientLabApp.open(stage, errors);
        window.exports().setSaveAsker((title, initialName, filter) -> {
            asked.add(initialName);
            return answer;
        });
        stage.show();
    }

    @AfterEach
    void noUncaughtErrors() {
        assertTrue(errors.errors().isEmpty(), "uncaught: " + errors.errors());
    }

    private OverlayChart descentChart(FxRobot robot) {
        OverlayChart chart = robot.from(window.descent().view()).lookup("#descentChart").query();
        UiWait.until(() -> chart.dataArea() != null);
        return chart;
    }

    private void stepDescent(FxRobot robot, int steps) {
        for (int i = 0; i < steps; i++) {
            robot.clickOn(robot.from(window.descent().view()).lookup("#stepButton").queryButton());
        }
        UiWait.until(() -> window.descent().model().session().currentStep() == steps);
    }

    private static MenuItem item(List<MenuItem> items, String id) {
        for (MenuItem item : items) {
            if (id.equals(item.getId())) {
                return item;
            }
            if (item instanceof Menu menu) {
                MenuItem inner = item(menu.getItems(), id);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    /** Pixels within a small distance of the colour (the light layer's point colour, which the chart does not use). */
    private static int pixelsNear(BufferedImage image, int rgb) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                int d = Math.abs(((p >> 16) & 255) - ((rgb >> 16) & 255)) + Math.abs(((p >> 8) & 255) - ((rgb >> 8) & 255))
                        + Math.abs((p & 255) - (rgb & 255));
                count += d < 30 ? 1 : 0;
            }
        }
        return count;
    }

    @Test
    void pngOfTheChartHasItsSizeTimesTheScaleAndShowsTheMovingPoint(FxRobot robot) throws Exception {
        stepDescent(robot, 2);
        OverlayChart chart = descentChart(robot);
        int width = (int) Math.ceil(chart.getWidth());
        int height = (int) Math.ceil(chart.getHeight());
        javafx.scene.paint.Color point = chart.palette().point();
        int pointColour = ((int) Math.round(point.getRed() * 255) << 16) | ((int) Math.round(point.getGreen() * 255) << 8)
                | (int) Math.round(point.getBlue() * 255);
        for (int scale : new int[] {1, 2}) {
            Path file = folder.resolve("chart" + scale + ".png");
            robot.interact(() -> {
                try {
                    ChartExport.writePng(chart, scale, file);
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
            BufferedImage image = ImageIO.read(file.toFile());
            assertNotNull(image, "a PNG ImageIO can read");
            assertEquals(width * scale, image.getWidth());
            assertEquals(height * scale, image.getHeight());
            // The point's colour is drawn on the light layer only: the point alone covers about 140 px at 1x.
            int points = pixelsNear(image, pointColour);
            assertTrue(points > 100 * scale * scale, "the light layer is in the picture: " + points + " pixels");
        }
    }

    @Test
    void rightClickOnTheChartOffersExportsAndItsSvgHasTheAxesAndTheLightLayer(FxRobot robot) throws Exception {
        stepDescent(robot, 1);
        OverlayChart chart = descentChart(robot);
        robot.moveTo(chart).press(MouseButton.SECONDARY).release(MouseButton.SECONDARY);
        UiWait.until(() -> window.exports().contextMenu().isShowing());
        MenuItem svg = item(window.exports().contextMenu().getItems(), "exportSvg");
        assertNotNull(svg);
        assertNotNull(item(window.exports().contextMenu().getItems(), "exportPng3x"));
        answer = folder.resolve("descent.svg");
        robot.interact(() -> {
            window.exports().contextMenu().hide();
            svg.fire();
        });
        assertEquals(List.of("chart-of-f-w.svg"), asked);
        Document svgDocument = parse(answer);
        assertEquals("svg", svgDocument.getDocumentElement().getLocalName());
        List<String> texts = texts(svgDocument);
        assertTrue(texts.contains("w"), "the w axis label: " + texts);
        assertTrue(texts.contains("f(w)"), "the f(w) axis label: " + texts);
        String slope = texts.stream().filter(t -> t.startsWith("slope f′(w) = ")).findFirst().orElse(null);
        assertNotNull(slope, "the tangent's slope label is in the SVG: " + texts);
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("step −η·f′(w) = ")), "the next step's label: " + texts);
        // The point, the start ring and the trail's dot are ellipses; the chart itself draws none.
        assertTrue(svgDocument.getElementsByTagNameNS("*", "ellipse").getLength() >= 3,
                "the light layer's marks are in the SVG");
    }

    @Test
    void aTraceChartsSvgCarriesItsTitle(FxRobot robot) throws Exception {
        robot.interact(() -> window.select(LessonId.NETWORK));
        Picture cost = Picture.in(window.network().view()).stream()
                .filter(p -> p.name().equals("Cost over steps")).findFirst().orElseThrow();
        Path file = folder.resolve("cost.svg");
        robot.interact(() -> {
            try {
                ChartExport.writeSvg(cost, file);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertTrue(texts(parse(file)).contains("Cost over steps"));
        List<String> names = Picture.in(window.network().view()).stream().map(Picture::name).toList();
        assertTrue(names.contains("Network diagram"), names.toString());
    }

    @Test
    void rightClickOnARegressionPointRemovesItAndOffersNoMenu(FxRobot robot) {
        robot.interact(() -> window.select(LessonId.REGRESSION));
        OverlayChart scatter = robot.from(window.regression().view()).lookup("#scatterChart").query();
        UiWait.until(() -> scatter.dataArea() != null && window.regression().model().session().snapshotProperty().get() != null);
        DataSet data = window.regression().model().dataProperty().get().data();
        int before = data.size();
        Point2D point = scatter.localToScreen(scatter.toScreenX(data.x()[0]), scatter.toScreenY(data.y()[0]));
        robot.moveTo(point).press(MouseButton.SECONDARY).release(MouseButton.SECONDARY);
        UiWait.until(() -> window.regression().model().dataProperty().get().size() == before - 1);
        assertFalse(window.exports().contextMenu().isShowing(), "no menu after removing a point");
        // High in the top right corner there is no point: the menu comes.
        java.awt.geom.Rectangle2D area = scatter.dataArea();
        robot.moveTo(scatter.localToScreen(area.getMaxX() - 5, area.getMinY() + 5))
                .press(MouseButton.SECONDARY).release(MouseButton.SECONDARY);
        UiWait.until(() -> window.exports().contextMenu().isShowing());
        assertEquals(before - 1, window.regression().model().dataProperty().get().size());
        robot.interact(() -> window.exports().contextMenu().hide());
    }

    @Test
    void stepsAsCsvFromTheFileMenuWriteTheKeptSteps(FxRobot robot) throws Exception {
        stepDescent(robot, 3);
        answer = folder.resolve("steps.csv");
        robot.interact(() -> item(window.exports().items(), "exportStepsItem").fire());
        UiWait.until(() -> Files.exists(answer));
        List<String> lines = Files.readAllLines(answer);
        assertEquals("step,w,f,grad", lines.get(0));
        assertEquals(5, lines.size());
        assertTrue(lines.get(4).startsWith("3,"));
        assertEquals(List.of("descent-steps.csv"), asked);
    }

    @Test
    void aWorksheetWithBlanksAndItsKeyInItsOwnFile(FxRobot robot) throws Exception {
        window.exports().setWorksheetAsker(lesson -> Optional.of(new WorksheetOptions(4, true, true)));
        answer = folder.resolve("sheet.md");
        robot.interact(() -> item(window.exports().items(), "exportWorksheetItem").fire());
        String sheet = Files.readString(answer);
        String key = Files.readString(folder.resolve("sheet-key.md"));
        assertTrue(sheet.contains("____"));
        assertFalse(sheet.contains("Answer key"));
        assertFalse(key.contains("____"));
        assertTrue(key.contains("| 3 |"), key);
        assertFalse(key.contains("| 4 |"), key);
    }

    @Test
    void aFailedWriteSaysWhichFileAndWhyAndChangesNothingElse(FxRobot robot) throws Exception {
        stepDescent(robot, 1);
        Path notAFolder = Files.writeString(folder.resolve("plain-file"), "x");
        answer = notAFolder.resolve("chart.png");
        OverlayChart chart = descentChart(robot);
        robot.interact(() -> item(window.exports().pictureItems(Picture.containing(chart)), "exportPng1x").fire());
        String message = errors.messageProperty().get();
        assertTrue(message.contains(answer.toString()), message);
        assertTrue(message.contains("does not exist"), message);
        assertEquals(1, window.descent().model().session().currentStep());
        assertEquals("x", Files.readString(notAFolder));
    }

    private static Document parse(Path svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // Well-formedness only: the SVG DTD is not fetched (no network in tests).
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(Files.readString(svg))));
    }

    private static List<String> texts(Document document) {
        NodeList nodes = document.getElementsByTagNameNS("*", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(((Element) nodes.item(i)).getTextContent().trim());
        }
        return texts;
    }
}
