package kr.gisa.app;

import javafx.animation.AnimationTimer;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The window's first frame at start-up: the article, with empty bands of the top bar's and the
 * sidebar's size and colour where they will be ({@code .top-bar} has a minimum height, the sidebar
 * band its width), so the article does not move when the real ones take their place.
 */
final class FirstFrame {

    private FirstFrame() {
    }

    /** Puts the bands in {@code layout}'s top and left, and runs {@code then} once the frame showing them is painted. */
    static void bandsUntilPainted(BorderPane layout, Runnable then) {
        HBox top = new HBox();
        top.getStyleClass().addAll("top-bar", "top-bar-band");
        Region side = new Region();
        side.getStyleClass().add("sidebar-band");
        layout.setTop(top);
        layout.setLeft(side);
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                // The first pulse styles, lays out and renders the scene; the second begins once that frame is drawn.
                if (++pulses < 2) return;
                stop();
                then.run();
            }
        }.start();
    }
}
