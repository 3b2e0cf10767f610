package org.gradientlab.app;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: one main window. */
public final class GradientLabApp extends Application {

    private MainWindow window;

    @Override
    public void start(Stage stage) {
        ErrorReporter errors = new ErrorReporter();
        errors.install();
        window = open(stage, errors);
        stage.show();
    }

    /** Builds the main window on the stage with the app's theme; the tests open it the same way. */
    public static MainWindow open(Stage stage, ErrorReporter errors) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        MainWindow mainWindow = new MainWindow(errors, false);
        mainWindow.attach(stage);
        return mainWindow;
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }

    /** Starts the app (also what {@code mvn javafx:run} calls). */
    public static void main(String[] args) {
        launch(GradientLabApp.class, args);
    }
}
