package kr.gisa.app.reader;

/**
 * One paragraph, addressable by (section, paragraph) as in {@code Article.paragraph(s, p)}.
 * Highlighting (search hits, briefing sentences) is {@link MarkedFlow}'s: exact character spans.
 */
public final class ParagraphView extends MarkedFlow {

    private final int section;
    private final int paragraph;

    public ParagraphView(int section, int paragraph, String text) {
        super(text, "paragraph-text", "paragraph-flow");
        this.section = section;
        this.paragraph = paragraph;
        getStyleClass().add("paragraph");
    }

    public int section() {
        return section;
    }

    public int paragraph() {
        return paragraph;
    }
}
