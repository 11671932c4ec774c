package kr.gisa.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The reader window. (Placeholder until the reader view lands.) */
public final class GisaApp extends Application {

    public static void launchWindow(String[] args) {
        Application.launch(GisaApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("Gisa"), 800, 600));
        stage.show();
    }
}
