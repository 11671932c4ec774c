package kr.gisa.app;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.stage.Stage;
import kr.gisa.app.settings.Settings;

/**
 * The window's size and maximised state across starts: a window closed maximised opens maximised,
 * and the size remembered is the last one it had while not maximised, which it returns to.
 */
final class WindowSize {

    private final Stage stage;
    private final Scene scene;
    private double width;
    private double height;

    private WindowSize(Stage stage, Scene scene, Settings settings) {
        this.stage = stage;
        this.scene = scene;
        this.width = settings.width();
        this.height = settings.height();
    }

    /** Applies the saved state to {@code stage} (its scene already set) and follows the size from now on. */
    static WindowSize follow(Stage stage, Settings settings) {
        WindowSize size = new WindowSize(stage, stage.getScene(), settings);
        stage.setMaximized(settings.maximized());
        size.scene.widthProperty().addListener((o, a, w) -> {
            if (!stage.isMaximized()) size.width = w.doubleValue();
        });
        size.scene.heightProperty().addListener((o, a, h) -> {
            if (!stage.isMaximized()) size.height = h.doubleValue();
        });
        if (settings.maximized()) size.restoreOnFirstUnmaximize();
        return size;
    }

    /** The settings with the window's state now. */
    Settings save(Settings settings) {
        boolean maximized = stage.isMaximized();
        return settings.withSize(maximized ? width : scene.getWidth(), maximized ? height : scene.getHeight())
                .withMaximized(maximized);
    }

    /** Shown maximised, the window has no size of its own for the platform to return to. */
    private void restoreOnFirstUnmaximize() {
        stage.maximizedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (now) return;
                stage.maximizedProperty().removeListener(this);
                Platform.runLater(() -> {
                    if (stage.isMaximized()) return;
                    stage.setWidth(width + stage.getWidth() - scene.getWidth());
                    stage.setHeight(height + stage.getHeight() - scene.getHeight());
                });
            }
        });
    }
}
