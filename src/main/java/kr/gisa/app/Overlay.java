package kr.gisa.app;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * A modal layer over the window (shortcut list, enlarged photo): dims the page, closes on a
 * click outside the card or on Esc. Lives in the scene, so it works the same headless.
 */
final class Overlay extends StackPane {

    Overlay() {
        getStyleClass().add("overlay");
        setVisible(false);
        setOnMouseClicked(e -> {
            if (e.getTarget() == this) close();
        });
    }

    void show(Node card) {
        StackPane.setAlignment(card, Pos.CENTER);
        getChildren().setAll(card);
        setVisible(true);
        card.requestFocus();
    }

    boolean isOpen() {
        return isVisible();
    }

    void close() {
        setVisible(false);
        getChildren().clear();
    }
}
