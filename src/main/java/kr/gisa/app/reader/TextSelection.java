package kr.gisa.app.reader;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Selecting the page's text with the mouse, as in a browser: press and drag (across paragraphs,
 * headings and captions), Shift+click to extend, double-click for a word, triple-click for the whole
 * paragraph. The selection is painted by each {@link MarkedFlow} over its search marks and copied as
 * plain text, blocks separated by a blank line. A position is {unit, insertion index}; units are taken
 * in the order they stand on the page (a photo's caption may sit between two paragraphs).
 */
final class TextSelection {

    /** How far past the view's edge a drag scrolls per mouse move, in pixels per pixel beyond. */
    private static final double AUTOSCROLL = 1.0;

    private final Node canvas;
    private final ScrollPane scroll;
    private final Supplier<List<MarkedFlow>> units;
    private List<MarkedFlow> shown = List.of();
    private int[] anchor;
    private int[] focus;

    TextSelection(Node canvas, ScrollPane scroll, Supplier<List<MarkedFlow>> units) {
        this.canvas = canvas;
        this.scroll = scroll;
        this.units = units;
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
    }

    /** The page was replaced (another article, language or reflow of nodes): nothing is selected. */
    void reset() {
        for (MarkedFlow f : shown) f.select(0, 0);
        shown = List.of();
        anchor = focus = null;
    }

    /** Selects every text of the page. */
    void selectAll() {
        shown = inPageOrder();
        if (shown.isEmpty()) return;
        anchor = new int[]{0, 0};
        focus = new int[]{shown.size() - 1, shown.get(shown.size() - 1).text().length()};
        paint();
    }

    /** The selected text, blocks separated by a blank line; "" when nothing is selected. */
    String text() {
        List<String> parts = new ArrayList<>();
        for (MarkedFlow f : shown) {
            int[] s = f.selection();
            if (s != null) parts.add(f.text().substring(s[0], s[1]));
        }
        return String.join("\n\n", parts);
    }

    /** Puts the selected text on the clipboard; false when nothing is selected. */
    boolean copy() {
        String t = text();
        if (t.isEmpty()) return false;
        CopyMenu.toClipboard(t);
        return true;
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) return;
        if (!e.isShiftDown() || anchor == null) {
            reset();
            shown = inPageOrder();
        }
        int[] at = hit(e.getSceneX(), e.getSceneY());
        if (at == null) { // a margin or a photo: a click there deselects
            if (!e.isShiftDown()) reset();
            return;
        }
        if (e.isShiftDown() && anchor != null) {
            focus = at;
        } else if (e.getClickCount() == 2) {
            int[] w = word(shown.get(at[0]).text(), at[1]);
            anchor = new int[]{at[0], w[0]};
            focus = new int[]{at[0], w[1]};
        } else if (e.getClickCount() >= 3) {
            anchor = new int[]{at[0], 0};
            focus = new int[]{at[0], shown.get(at[0]).text().length()};
        } else {
            anchor = at;
            focus = at;
        }
        paint();
        scroll.requestFocus(); // so Ctrl+C reaches the window, not a search field
    }

    private void dragged(MouseEvent e) {
        if (anchor == null || !e.isPrimaryButtonDown()) return;
        autoscroll(e);
        focus = nearest(e.getSceneX(), e.getSceneY());
        paint();
    }

    private void autoscroll(MouseEvent e) {
        Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        double beyond = e.getSceneY() < view.getMinY() ? e.getSceneY() - view.getMinY()
                : e.getSceneY() > view.getMaxY() ? e.getSceneY() - view.getMaxY() : 0;
        double content = canvas.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
        if (beyond == 0 || content <= 0) return;
        scroll.setVvalue(Math.max(0, Math.min(1, scroll.getVvalue() + beyond * AUTOSCROLL / content)));
    }

    /** The position under a scene point, or null when it is on no text. */
    private int[] hit(double sceneX, double sceneY) {
        for (int i = 0; i < shown.size(); i++) {
            MarkedFlow f = shown.get(i);
            Point2D p = f.sceneToLocal(sceneX, sceneY);
            if (p != null && f.getLayoutBounds().contains(p)) return new int[]{i, f.indexAt(p.getX(), p.getY())};
        }
        return null;
    }

    /** The position a drag at a scene point reaches: within the text there, else the nearest edge below or above. */
    private int[] nearest(double sceneX, double sceneY) {
        for (int i = 0; i < shown.size(); i++) {
            MarkedFlow f = shown.get(i);
            Bounds b = f.localToScene(f.getLayoutBounds());
            if (sceneY < b.getMinY()) return new int[]{i, 0};
            if (sceneY <= b.getMaxY()) {
                Point2D p = f.sceneToLocal(sceneX, sceneY);
                return new int[]{i, f.indexAt(p.getX(), p.getY())};
            }
        }
        return shown.isEmpty() ? null : new int[]{shown.size() - 1, shown.get(shown.size() - 1).text().length()};
    }

    private void paint() {
        if (anchor == null || focus == null) return;
        boolean forward = anchor[0] < focus[0] || anchor[0] == focus[0] && anchor[1] <= focus[1];
        int[] from = forward ? anchor : focus;
        int[] to = forward ? focus : anchor;
        for (int i = 0; i < shown.size(); i++) {
            MarkedFlow f = shown.get(i);
            if (i < from[0] || i > to[0]) f.select(0, 0);
            else f.select(i == from[0] ? from[1] : 0, i == to[0] ? to[1] : f.text().length());
        }
    }

    /** The page's texts top to bottom (left to right on one line). */
    private List<MarkedFlow> inPageOrder() {
        List<MarkedFlow> all = new ArrayList<>(units.get());
        all.removeIf(f -> f.getScene() == null);
        all.sort(Comparator.comparingDouble((MarkedFlow f) -> f.localToScene(f.getLayoutBounds()).getMinY())
                .thenComparingDouble(f -> f.localToScene(f.getLayoutBounds()).getMinX()));
        return all;
    }

    /** The word around an insertion index: Korean words run between spaces and punctuation. */
    static int[] word(String text, int index) {
        if (text.isEmpty()) return new int[]{0, 0};
        BreakIterator words = BreakIterator.getWordInstance(Locale.KOREAN);
        words.setText(text);
        int i = Math.max(0, Math.min(text.length() - 1, index));
        if (index == text.length() || index > 0 && !Character.isLetterOrDigit(text.charAt(i))
                && Character.isLetterOrDigit(text.charAt(i - 1))) i--; // just after a word: that word
        int end = words.following(i);
        int start = words.previous();
        return new int[]{start, end == BreakIterator.DONE ? text.length() : end};
    }
}
