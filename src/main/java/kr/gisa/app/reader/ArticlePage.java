package kr.gisa.app.reader;

import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import kr.gisa.app.i18n.Messages;
import kr.gisa.core.model.Article;
import kr.gisa.core.model.Block;
import kr.gisa.core.model.Paragraph;
import kr.gisa.core.model.Photo;
import kr.gisa.core.model.Section;
import kr.gisa.core.text.ReadingTime;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Builds the newspaper page of one article: masthead (publisher, title, deck, meta line), then
 * each section with its heading, paragraphs and figures in document order, then the copyright.
 * All sizes in reader.css are in em of the page font, so zoom is one font-size change.
 */
final class ArticlePage {

    final VBox root = new VBox();
    /** One node per section, in order: the jump targets of the outline. */
    final List<VBox> sections = new ArrayList<>();
    /** Outline label per section (the lead gets a generic name). */
    final List<String> sectionTitles = new ArrayList<>();
    /** paragraphs.get(s).get(p) is the view of Article.paragraph(s, p). */
    final List<List<ParagraphView>> paragraphs = new ArrayList<>();
    /** The other searchable text, addressed as the search core does: title, subtitles, headings, captions. */
    MarkedFlow title;
    final List<MarkedFlow> subtitles = new ArrayList<>();
    /** headings.get(s): the heading of section s, or null. */
    final List<MarkedFlow> headings = new ArrayList<>();
    /** captions.get(s).get(i): the caption of the i-th photo of section s, or null when it has none. */
    final List<List<MarkedFlow>> captions = new ArrayList<>();
    /** The page's parts not yet in {@link #root} (see {@link #attachNext}): each section's blocks, then the footer. */
    private final List<List<Node>> pending = new ArrayList<>();
    private Node footer;
    private int nextSection, nextBlock;

    /** The whole page. */
    ArticlePage(Article a, Path folder, Messages m, BiConsumer<Image, String> onOpenImage) {
        this(a, folder, m, onOpenImage, true);
    }

    /**
     * @param whole false: {@link #root} holds only the masthead, and the sections' blocks join it one by
     *              one ({@link #attachNext}) or all at once ({@link #attachAll}); every node is built either way
     */
    ArticlePage(Article a, Path folder, Messages m, BiConsumer<Image, String> onOpenImage, boolean whole) {
        root.getStyleClass().add("page");
        root.getChildren().add(masthead(a, m));
        for (int s = 0; s < a.sections().size(); s++) {
            Section section = a.sections().get(s);
            VBox box = new VBox();
            box.getStyleClass().add("section");
            List<Node> blocks = new ArrayList<>();
            MarkedFlow heading = null;
            if (section.heading() != null && !section.heading().isBlank()) {
                heading = new MarkedFlow(section.heading(), "section-heading", "section-heading-flow");
                blocks.add(heading);
            }
            headings.add(heading);
            List<ParagraphView> ps = new ArrayList<>();
            List<MarkedFlow> caps = new ArrayList<>();
            for (Block b : section.blocks()) {
                if (b instanceof Paragraph p) {
                    ParagraphView pv = new ParagraphView(s, ps.size(), p.text());
                    ps.add(pv);
                    blocks.add(pv);
                } else if (b instanceof Photo ph) {
                    FigureView fv = new FigureView(ph, folder, m, onOpenImage);
                    caps.add(fv.caption());
                    blocks.add(fv);
                }
            }
            paragraphs.add(ps);
            captions.add(caps);
            sections.add(box);
            sectionTitles.add(outlineTitle(section, s, m));
            pending.add(blocks);
        }
        if (a.copyright() != null && !a.copyright().isBlank()) {
            Region rule = new Region();
            rule.getStyleClass().add("rule");
            footer = new VBox(rule, flow(a.copyright(), "copyright", "copyright-flow"));
            footer.getStyleClass().add("page-footer");
        }
        if (whole) attachAll();
    }

    /** Whether every part of the page is in {@link #root}. */
    boolean isComplete() {
        return nextSection >= sections.size() && (footer == null || footer.getParent() != null);
    }

    /** Puts the next block (heading, paragraph or figure) in place, its section first if new; false when none is left. */
    boolean attachNext() {
        while (nextSection < sections.size()) {
            VBox box = sections.get(nextSection);
            List<Node> blocks = pending.get(nextSection);
            if (box.getParent() == null) root.getChildren().add(box);
            if (nextBlock < blocks.size()) {
                box.getChildren().add(blocks.get(nextBlock++));
                return true;
            }
            nextSection++;
            nextBlock = 0;
        }
        if (footer != null && footer.getParent() == null) {
            root.getChildren().add(footer);
            return true;
        }
        return false;
    }

    /** Puts every part not yet in place in {@link #root}, in bulk. */
    void attachAll() {
        List<Node> more = new ArrayList<>();
        for (; nextSection < sections.size(); nextSection++, nextBlock = 0) {
            VBox box = sections.get(nextSection);
            List<Node> blocks = pending.get(nextSection);
            box.getChildren().addAll(blocks.subList(nextBlock, blocks.size()));
            if (box.getParent() == null) more.add(box);
        }
        if (footer != null && footer.getParent() == null) more.add(footer);
        root.getChildren().addAll(more);
    }

    private static String outlineTitle(Section s, int index, Messages m) {
        if (s.heading() != null && !s.heading().isBlank()) return s.heading();
        return index == 0 ? m.get("outline.lead") : m.format("outline.untitled", index + 1);
    }

    private Node masthead(Article a, Messages m) {
        VBox head = new VBox();
        head.getStyleClass().add("masthead");
        if (a.publisher() != null && !a.publisher().isBlank()) {
            head.getChildren().add(flow(a.publisher(), "kicker", "kicker-flow"));
        }
        String title = a.title().isBlank() ? m.get("article.untitled") : a.title();
        this.title = new MarkedFlow(title, "article-title", "article-title-flow");
        head.getChildren().add(this.title);
        if (!a.subtitles().isEmpty()) {
            VBox deck = new VBox();
            deck.getStyleClass().add("deck");
            for (String s : a.subtitles()) {
                MarkedFlow sub = new MarkedFlow(s, "article-subtitle", "article-subtitle-flow");
                subtitles.add(sub);
                deck.getChildren().add(sub);
            }
            head.getChildren().add(deck);
        }
        head.getChildren().add(flow(metaLine(a, m), "meta", "meta-flow"));
        Region rule = new Region();
        rule.getStyleClass().add("rule");
        head.getChildren().add(rule);
        return head;
    }

    /** "전기신문 · 홍길동 기자 · 2025-11-01 · 읽는 시간 약 4분 · 문단 28개 · 사진 5장". */
    static String metaLine(Article a, Messages m) {
        List<String> parts = new ArrayList<>();
        if (a.publisher() != null && !a.publisher().isBlank()) parts.add(a.publisher());
        if (a.byline() != null && !a.byline().isBlank()) parts.add(a.byline());
        if (a.published() != null && !a.published().isBlank()) parts.add(a.published());
        int minutes = ReadingTime.minutes(a);
        parts.add(m.format("meta.readingTime", Math.max(1, minutes)));
        parts.add(m.format("meta.paragraphs", a.paragraphs().size()));
        if (!a.photos().isEmpty()) parts.add(m.format("meta.photos", a.photos().size()));
        return String.join("  ·  ", parts);
    }

    private static TextFlow flow(String text, String textClass, String flowClass) {
        Text t = new Text(text);
        t.getStyleClass().add(textClass);
        TextFlow f = new TextFlow(t);
        f.getStyleClass().add(flowClass);
        return f;
    }
}
