package kr.gisa.app.reader;

import javafx.css.PseudoClass;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A run of page text (paragraph, title, subtitle, heading, caption) whose character spans can be
 * highlighted exactly: the {@link TextFlow}'s runs are split at the span edges (highlighted runs get
 * the style class {@code highlight}, the current one also {@code highlight-current}) and a marker is
 * painted behind them. Offsets are UTF-16 indexes into the text, as the search core gives them.
 */
public class MarkedFlow extends StackPane {

    private static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");

    private final String text;
    private final String textClass;
    private final TextFlow flow = new MeasuredFlow();
    /** The highlight, current-hit and selection marks, painted behind the text; made when first needed. */
    private Path marks, currentMark, selectionMark;
    private List<int[]> spans = List.of();
    private int[] current;
    private int[] selection;

    public MarkedFlow(String text, String textClass, String flowClass) {
        this.text = text;
        this.textClass = textClass;
        getStyleClass().add("marked-flow");
        flow.getStyleClass().add(flowClass);
        getChildren().add(flow);
        // Marker shapes depend on line breaks, known only after the flow's own layout.
        flow.needsLayoutProperty().addListener((o, was, needs) -> {
            if (!needs) updateMarks();
        });
        rebuildRuns();
    }

    public String text() {
        return text;
    }

    public TextFlow flow() {
        return flow;
    }

    /** The highlighted spans, as given (clamped, sorted, merged). */
    public List<int[]> spans() {
        return spans;
    }

    /** The characters selected with the mouse {@code [start, end)}, or null. */
    public int[] selection() {
        return selection == null ? null : selection.clone();
    }

    /** Marks {@code [start, end)} as selected (clamped); an empty range clears. */
    public void select(int start, int end) {
        int[] s = clamp(new int[]{Math.min(start, end), Math.max(start, end)});
        if (java.util.Arrays.equals(s, selection)) return;
        selection = s;
        updateMarks();
    }

    /** The insertion index (0..length) nearest to a point in this node's coordinates. */
    public int indexAt(double x, double y) {
        javafx.geometry.Point2D p = flow.parentToLocal(x, y);
        int i = flow.hitTest(p).getInsertionIndex();
        return Math.max(0, Math.min(text.length(), i));
    }

    /** The span marked as the current hit, or null. */
    public int[] current() {
        return current == null ? null : current.clone();
    }

    /**
     * Highlights {@code [start, end)} character spans; an empty list clears. Out-of-range spans are
     * clamped, overlapping ones merged.
     */
    public void highlight(List<int[]> newSpans) {
        highlight(newSpans, null);
    }

    /** As {@link #highlight(List)}, with one span (usually one of them) marked as the current hit. */
    public void highlight(List<int[]> newSpans, int[] currentSpan) {
        List<int[]> clean = new ArrayList<>();
        for (int[] s : newSpans) {
            int[] c = clamp(s);
            if (c != null) clean.add(c);
        }
        int[] cur = currentSpan == null ? null : clamp(currentSpan);
        if (cur != null) clean.add(cur.clone());
        clean.sort(Comparator.comparingInt(s -> s[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] s : clean) {
            if (!merged.isEmpty() && s[0] <= merged.get(merged.size() - 1)[1]) {
                int[] last = merged.get(merged.size() - 1);
                last[1] = Math.max(last[1], s[1]);
            } else {
                merged.add(s);
            }
        }
        spans = List.copyOf(merged);
        current = cur;
        pseudoClassStateChanged(HIGHLIGHTED, !spans.isEmpty());
        rebuildRuns();
        updateMarks();
    }

    private int[] clamp(int[] s) {
        int a = Math.max(0, Math.min(text.length(), s[0]));
        int b = Math.max(0, Math.min(text.length(), s[1]));
        return b > a ? new int[]{a, b} : null;
    }

    /** Splits the text at every span edge (and the current span's), so each run is all in or all out. */
    private void rebuildRuns() {
        List<Integer> cuts = new ArrayList<>();
        for (int[] s : spans) {
            cuts.add(s[0]);
            cuts.add(s[1]);
        }
        if (current != null) {
            cuts.add(current[0]);
            cuts.add(current[1]);
        }
        cuts.add(0);
        cuts.add(text.length());
        List<Integer> edges = cuts.stream().distinct().sorted().toList();
        List<Text> runs = new ArrayList<>();
        for (int i = 0; i + 1 < edges.size(); i++) {
            int a = edges.get(i);
            int b = edges.get(i + 1);
            runs.add(run(text.substring(a, b), inside(a, b), current != null && a >= current[0] && b <= current[1]));
        }
        if (runs.isEmpty()) runs.add(run(text, false, false));
        flow.getChildren().setAll(runs);
    }

    private boolean inside(int a, int b) {
        for (int[] s : spans) if (a >= s[0] && b <= s[1]) return true;
        return false;
    }

    private Text run(String s, boolean highlighted, boolean isCurrent) {
        Text t = new Text(s);
        t.getStyleClass().add(textClass);
        if (highlighted) t.getStyleClass().add("highlight");
        if (isCurrent) t.getStyleClass().add("highlight-current");
        return t;
    }

    /**
     * The three mark shapes, made on the first highlight or selection: an article has some fifty
     * flows, and their 150 empty shapes were a good part of what the first frame styled.
     */
    private void makeMarks() {
        marks = new Path();
        currentMark = new Path();
        selectionMark = new Path();
        marks.getStyleClass().add("highlight-mark");
        currentMark.getStyleClass().addAll("highlight-mark", "highlight-mark-current");
        selectionMark.getStyleClass().add("selection-mark");
        for (Path p : List.of(marks, currentMark, selectionMark)) {
            p.setManaged(false);
            p.setMouseTransparent(true);
        }
        getChildren().addAll(0, List.of(marks, currentMark, selectionMark));
    }

    private void updateMarks() {
        if (marks == null) {
            if (spans.isEmpty() && current == null && selection == null) return;
            makeMarks();
        }
        List<PathElement> elements = new ArrayList<>();
        for (int[] s : spans) elements.addAll(List.of(flow.rangeShape(s[0], s[1])));
        marks.getElements().setAll(elements);
        currentMark.getElements().setAll(current == null ? List.of() : List.of(flow.rangeShape(current[0], current[1])));
        selectionMark.getElements().setAll(selection == null ? List.of() : List.of(flow.rangeShape(selection[0], selection[1])));
        for (Path p : List.of(marks, currentMark, selectionMark)) {
            p.setLayoutX(flow.getLayoutX());
            p.setLayoutY(flow.getLayoutY());
        }
    }

    /**
     * A TextFlow that lays its text out once per width. TextFlow's minimum height is its preferred
     * height, and each asks for a full layout of the text at the given width and then resets the
     * layout to the current width; a page's VBox and ScrollPane ask for both, so every paragraph was
     * laid out three or four times before the first frame. Any change (text, font, style, children)
     * requests layout, which forgets the figure.
     */
    private static final class MeasuredFlow extends TextFlow {
        private double measuredWidth = Double.NaN;
        private double measuredHeight;

        @Override
        public void requestLayout() {
            measuredWidth = Double.NaN;
            super.requestLayout();
        }

        @Override
        protected double computePrefHeight(double width) {
            if (width == measuredWidth) return measuredHeight;
            double h = super.computePrefHeight(width);
            measuredWidth = width;
            measuredHeight = h;
            return h;
        }

        @Override
        protected double computeMinHeight(double width) {
            return computePrefHeight(width);
        }
    }
}
