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
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        window = new MainWindow(errors, false);
        window.attach(stage);
        stage.show();
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
