package kr.gisa.app.reader;

import javafx.scene.layout.StackPane;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One paragraph, addressable by (section, paragraph) as in {@code Article.paragraph(s, p)}.
 * The text is a {@link TextFlow} of {@link Text} runs, so character spans (search hits, briefing
 * sentences) can be highlighted exactly: {@link #highlight(List)} splits the runs at the span
 * edges and paints a marker behind them. Offsets are UTF-16 indexes into the paragraph text.
 */
public final class ParagraphView extends StackPane {

    private final int section;
    private final int paragraph;
    private final String text;
    private final TextFlow flow = new TextFlow();
    private final Path marks = new Path();
    private List<int[]> spans = List.of();

    public ParagraphView(int section, int paragraph, String text) {
        this.section = section;
        this.paragraph = paragraph;
        this.text = text;
        getStyleClass().add("paragraph");
        flow.getStyleClass().add("paragraph-flow");
        marks.getStyleClass().add("highlight-mark");
        marks.setManaged(false);
        marks.setMouseTransparent(true);
        getChildren().addAll(marks, flow);
        // Marker shapes depend on line breaks, known only after the flow's own layout.
        flow.needsLayoutProperty().addListener((o, was, needs) -> {
            if (!needs) updateMarks();
        });
        rebuildRuns();
    }

    public int section() {
        return section;
    }

    public int paragraph() {
        return paragraph;
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

    /**
     * Highlights {@code [start, end)} character spans; an empty list clears. Out-of-range spans are
     * clamped, overlapping ones merged.
     */
    public void highlight(List<int[]> newSpans) {
        List<int[]> clean = new ArrayList<>();
        for (int[] s : newSpans) {
            int a = Math.max(0, Math.min(text.length(), s[0]));
            int b = Math.max(0, Math.min(text.length(), s[1]));
            if (b > a) clean.add(new int[]{a, b});
        }
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
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("highlighted"), !spans.isEmpty());
        rebuildRuns();
        updateMarks();
    }

    private void rebuildRuns() {
        List<Text> runs = new ArrayList<>();
        int at = 0;
        for (int[] s : spans) {
            if (s[0] > at) runs.add(run(text.substring(at, s[0]), false));
            runs.add(run(text.substring(s[0], s[1]), true));
            at = s[1];
        }
        if (at < text.length() || runs.isEmpty()) runs.add(run(text.substring(at), false));
        flow.getChildren().setAll(runs);
    }

    private static Text run(String s, boolean highlighted) {
        Text t = new Text(s);
        t.getStyleClass().add(highlighted ? "highlight" : "paragraph-text");
        if (highlighted) t.getStyleClass().add("paragraph-text");
        return t;
    }

    private void updateMarks() {
        List<PathElement> elements = new ArrayList<>();
        for (int[] s : spans) elements.addAll(List.of(flow.rangeShape(s[0], s[1])));
        marks.getElements().setAll(elements);
        marks.setLayoutX(flow.getLayoutX());
        marks.setLayoutY(flow.getLayoutY());
    }
}
