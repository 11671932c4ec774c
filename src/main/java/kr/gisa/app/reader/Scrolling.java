package kr.gisa.app.reader;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/**
 * The reader's scroll position in pixels of its page ({@code canvas}), which a ScrollPane only gives
 * as a fraction: where the view's top is, how far it can go, and jumps to a y or a node.
 */
final class Scrolling {

    private final ScrollPane scroll;
    private final Region canvas;

    Scrolling(ScrollPane scroll, Region canvas) {
        this.scroll = scroll;
        this.canvas = canvas;
    }

    double viewportHeight() {
        Bounds vp = scroll.getViewportBounds();
        return vp == null ? 0 : vp.getHeight();
    }

    double range() {
        return Math.max(0, canvas.getHeight() - viewportHeight());
    }

    /** The page's y at the top of the view. */
    double top() {
        double range = range();
        double v = scroll.getVvalue();
        double span = scroll.getVmax() - scroll.getVmin();
        return span <= 0 ? 0 : (v - scroll.getVmin()) / span * range;
    }

    void toY(double y) {
        // Layout must be current, or a jump right after opening lands on stale positions.
        scroll.applyCss();
        scroll.layout();
        double range = range();
        double clamped = Math.max(0, Math.min(range, y));
        double span = scroll.getVmax() - scroll.getVmin();
        scroll.setVvalue(range <= 0 ? scroll.getVmin() : scroll.getVmin() + clamped / range * span);
    }

    void by(double dy) {
        toY(top() + dy);
    }

    void home() {
        scroll.setVvalue(scroll.getVmin());
    }

    void end() {
        scroll.setVvalue(scroll.getVmax());
    }

    /** A node's y on the page. */
    double yOf(Node n) {
        return canvas.sceneToLocal(n.localToScene(0, 0)).getY();
    }
}
