package kr.gisa.app.reader;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import kr.gisa.app.i18n.Messages;
import kr.gisa.core.model.Article;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * The reading column: the article page centred in a scroll pane, at a comfortable measure.
 * It knows nothing of menus or windows, so a search bar, result list, library pane or briefing
 * preview can sit beside it in the main window. Hooks for those: {@link #scrollToSection},
 * {@link #scrollToParagraph}, {@link #highlight} and {@link #paragraph}.
 */
public final class ReaderView extends StackPane {

    /** Body text size at 100 % zoom; every other size in reader.css is relative to it. */
    public static final double BASE_FONT_PX = 17;

    private final ScrollPane scroll = new ScrollPane();
    private final StackPane canvas = new StackPane();
    private final DoubleProperty zoom = new SimpleDoubleProperty(1.0);
    private final ReadOnlyIntegerWrapper currentSection = new ReadOnlyIntegerWrapper(-1);
    private final ObservableList<String> sectionTitles = FXCollections.observableArrayList();
    /** Counts page renders: a new article or language replaces every node, and its highlights with it. */
    private final ReadOnlyIntegerWrapper pageVersion = new ReadOnlyIntegerWrapper();
    private final TextSelection selection;
    private final Scrolling scrolling = new Scrolling(scroll, canvas);

    private Messages messages;
    private BiConsumer<Image, String> onOpenImage;
    private ArticlePage page;
    private Article article;
    private Path folder;
    private boolean jumping;
    /** The next page starts as its first screen only ({@link #showFirstScreenNext}). */
    private boolean firstScreenNext;

    public ReaderView(Messages messages) {
        this.messages = messages;
        getStyleClass().add("reader");
        canvas.getStyleClass().add("reader-canvas");
        scroll.setContent(canvas);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("reader-scroll");
        scroll.setFocusTraversable(true);
        getChildren().add(scroll);
        selection = new TextSelection(canvas, scroll, this::units);
        pageVersion.addListener((o, a, b) -> selection.reset());

        zoom.addListener((o, a, b) -> applyZoom());
        applyZoom();
        // A click or wheel turn before the rest of a first-screen page came: it comes now.
        addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> completePage());
        addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> completePage());
        scroll.vvalueProperty().addListener((o, a, b) -> updateCurrentSection());
        scroll.viewportBoundsProperty().addListener((o, a, b) -> updateCurrentSection());
        canvas.heightProperty().addListener((o, a, b) -> updateCurrentSection());
    }

    // ---- content ---------------------------------------------------------------------------

    /** Shows an article; image paths are resolved against {@code folder} (may be null). */
    public void show(Article a, Path folder) {
        this.article = a;
        this.folder = folder;
        render();
        scroll.setVvalue(0);
    }

    /** Shows a message instead of an article: a headline and one line of detail. */
    public void showMessage(String headline, String detail) {
        showMessage(headline, detail, null);
    }

    /** As {@link #showMessage(String, String)}, with a hint on what to do next (may be null). */
    public void showMessage(String headline, String detail, String hint) {
        this.article = null;
        this.page = null;
        Label h = new Label(headline);
        h.getStyleClass().add("message-headline");
        h.setWrapText(true);
        Label d = new Label(detail == null ? "" : detail);
        d.getStyleClass().add("message-detail");
        d.setWrapText(true);
        VBox box = new VBox(h, d);
        if (hint != null) {
            Label hl = new Label(hint);
            hl.getStyleClass().add("message-hint");
            hl.setWrapText(true);
            box.getChildren().add(hl);
        }
        box.getStyleClass().addAll("page", "reader-message");
        canvas.getChildren().setAll(box);
        pageVersion.set(pageVersion.get() + 1);
        sectionTitles.clear();
        currentSection.set(-1);
        scroll.setVvalue(0);
    }

    /** The article shown, or null when a message is shown. */
    public Article article() {
        return article;
    }

    /** Re-renders in another language, keeping the reading position. */
    public void setMessages(Messages m) {
        this.messages = m;
        if (article != null) {
            double v = scroll.getVvalue();
            render();
            scroll.setVvalue(v);
        }
    }

    public void setOnOpenImage(BiConsumer<Image, String> handler) {
        this.onOpenImage = handler;
    }

    private void render() {
        page = new ArticlePage(article, folder, messages, (img, caption) -> {
            if (onOpenImage != null) onOpenImage.accept(img, caption);
        }, !firstScreenNext);
        firstScreenNext = false;
        applyZoom();
        for (List<ParagraphView> ps : page.paragraphs) for (ParagraphView p : ps) {
            p.setOnContextMenuRequested(e -> CopyMenu.of(p, article, selection, messages).show(p, e.getScreenX(), e.getScreenY()));
        }
        canvas.getChildren().setAll(page.root);
        sectionTitles.setAll(page.sectionTitles);
        currentSection.set(page.sections.isEmpty() ? -1 : 0);
        pageVersion.set(pageVersion.get() + 1);
    }

    // ---- the first screen at start-up -------------------------------------------------------

    /**
     * The next article shown starts with its masthead only, for {@link #fillFirstScreen} to add
     * what the first frame shows and {@link #completePage} the rest. At start-up, styling and laying
     * out the blocks below the fold of a long article was a tenth of the time to the first frame.
     */
    public void showFirstScreenNext() {
        firstScreenNext = true;
    }

    /**
     * Adds the page's blocks until the page is at least {@code height} tall (or whole). Heights are
     * measured at the page's width before the scroll bar shows, the widest it gets, so the measure
     * falls short rather than over. The scene must be this view's; call before the first frame.
     */
    public void fillFirstScreen(double height) {
        if (page == null || page.isComplete() || getScene() == null) return;
        javafx.scene.Parent top = getScene().getRoot();
        top.applyCss();
        top.layout();
        double width = page.root.getWidth() > 0 ? page.root.getWidth() : -1;
        // Twice as many blocks each round: a few rounds, at most twice the blocks needed.
        for (int step = 1; page.root.prefHeight(width) < height; step *= 2) {
            for (int i = 0; i < step; i++) {
                if (!page.attachNext()) return;
            }
            top.applyCss(); // the new blocks' fonts and spacing, which their heights depend on
        }
    }

    /** Puts the rest of a first-screen page in place; nothing when the page is whole. */
    public void completePage() {
        if (page != null && !page.isComplete()) page.attachAll();
    }

    /** Whether the page shown has all its blocks in place (false only between the first frame and {@link #completePage}). */
    public boolean isPageComplete() {
        return page == null || page.isComplete();
    }

    /** Increases each time the page is rebuilt (another article, another language), so overlays can re-apply. */
    public ReadOnlyIntegerProperty pageVersionProperty() {
        return pageVersion.getReadOnlyProperty();
    }

    // ---- zoom ------------------------------------------------------------------------------

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public double getZoom() {
        return zoom.get();
    }

    public void setZoom(double z) {
        zoom.set(z);
    }

    private void applyZoom() {
        // One font size on the reader; reader.css sizes everything else in em.
        setStyle(String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", BASE_FONT_PX * zoom.get()));
    }

    // ---- outline and position ---------------------------------------------------------------

    /** Outline labels, one per section; the outline view binds to this list. */
    public ObservableList<String> sectionTitles() {
        return sectionTitles;
    }

    /** The section being read: the last one whose top is above the upper third of the view. */
    public ReadOnlyIntegerProperty currentSectionProperty() {
        return currentSection.getReadOnlyProperty();
    }

    public int sectionCount() {
        return page == null ? 0 : page.sections.size();
    }

    /** Scrolls so that section {@code i} (0 = lead) starts at the top; out-of-range is ignored. */
    public void scrollToSection(int i) {
        if (page == null || i < 0 || i >= page.sections.size()) return;
        jumping = true;
        try {
            scrolling.toY(scrolling.yOf(page.sections.get(i)) - 8);
        } finally {
            jumping = false;
        }
        currentSection.set(i);
    }

    /** Scrolls a paragraph into the upper part of the view (for search hits). */
    public void scrollToParagraph(int section, int paragraph) {
        ParagraphView p = paragraph(section, paragraph);
        if (p == null) return;
        scrolling.toY(scrolling.yOf(p) - scrolling.viewportHeight() * 0.2);
    }

    /** The paragraph view at an Article address, or null. */
    public ParagraphView paragraph(int section, int paragraph) {
        if (page == null || section < 0 || section >= page.paragraphs.size()) return null;
        List<ParagraphView> ps = page.paragraphs.get(section);
        return paragraph < 0 || paragraph >= ps.size() ? null : ps.get(paragraph);
    }

    /** Highlights character spans {@code [start, end)} of one paragraph; an empty list clears it. */
    public void highlight(int section, int paragraph, List<int[]> spans) {
        ParagraphView p = paragraph(section, paragraph);
        if (p != null) p.highlight(spans);
    }

    /**
     * Any searchable text of the page at a search-core address: {@code field} is title, subtitle,
     * heading, paragraph or caption; {@code section}/{@code paragraph} as in the core's hits
     * (subtitle index, photo index within the section for captions). Null when there is none.
     */
    public MarkedFlow unit(String field, int section, int paragraph) {
        if (page == null) return null;
        return switch (field) {
            case "title" -> page.title;
            case "subtitle" -> paragraph >= 0 && paragraph < page.subtitles.size() ? page.subtitles.get(paragraph) : null;
            case "heading" -> section >= 0 && section < page.headings.size() ? page.headings.get(section) : null;
            case "paragraph" -> paragraph(section, paragraph);
            case "caption" -> section >= 0 && section < page.captions.size() && paragraph >= 0
                    && paragraph < page.captions.get(section).size() ? page.captions.get(section).get(paragraph) : null;
            default -> null;
        };
    }

    /** Every highlightable text of the page, in reading order. */
    public List<MarkedFlow> units() {
        List<MarkedFlow> all = new java.util.ArrayList<>();
        if (page == null) return all;
        if (page.title != null) all.add(page.title);
        all.addAll(page.subtitles);
        for (int s = 0; s < page.paragraphs.size(); s++) {
            if (page.headings.get(s) != null) all.add(page.headings.get(s));
            all.addAll(page.paragraphs.get(s));
            for (MarkedFlow c : page.captions.get(s)) if (c != null) all.add(c);
        }
        return all;
    }

    /** The text selected with the mouse, blocks separated by a blank line ("" when none). */
    public String selectedText() {
        return selection.text();
    }

    /** Copies the selected text to the clipboard (Ctrl+C); false when nothing is selected. */
    public boolean copySelection() {
        return selection.copy();
    }

    /** Selects the whole page's text (Ctrl+A). */
    public void selectAll() {
        selection.selectAll();
    }

    public void clearHighlights() {
        for (MarkedFlow f : units()) {
            if (!f.spans().isEmpty() || f.current() != null) f.highlight(List.of());
        }
    }

    /**
     * Brings characters {@code [start, end)} of a unit into view, as a find bar does: nothing moves
     * when they are already well inside the view; otherwise they land in its upper third.
     */
    public void reveal(MarkedFlow unit, int start, int end) {
        if (unit == null || !isAncestorOf(unit)) return;
        scroll.applyCss();
        scroll.layout();
        Bounds b = canvas.sceneToLocal(unit.flow().localToScene(shapeBounds(unit, start, end)));
        double top = b.getMinY();
        double bottom = b.getMaxY();
        double viewTop = scrolling.top();
        double margin = BASE_FONT_PX * zoom.get() * 2;
        if (top >= viewTop + margin && bottom <= viewTop + scrolling.viewportHeight() - margin) return;
        scrolling.toY(top - scrolling.viewportHeight() * 0.3);
    }

    private static Bounds shapeBounds(MarkedFlow unit, int start, int end) {
        int s = Math.max(0, Math.min(unit.text().length(), start));
        int e = Math.max(s, Math.min(unit.text().length(), end));
        javafx.scene.shape.Path p = new javafx.scene.shape.Path(unit.flow().rangeShape(s, e));
        Bounds b = p.getBoundsInLocal();
        return b.isEmpty() ? unit.flow().getLayoutBounds() : b;
    }

    private boolean isAncestorOf(Node n) {
        for (Node p = n; p != null; p = p.getParent()) if (p == canvas) return true;
        return false;
    }

    // ---- keyboard scrolling -----------------------------------------------------------------

    public void scrollBy(double dy) {
        scrolling.by(dy);
    }

    /** One line of body text, for the arrow keys. */
    public void lineDown(int direction) {
        scrolling.by(direction * BASE_FONT_PX * zoom.get() * 2.5);
    }

    /** Most of a screen, keeping two lines of context. */
    public void pageDown(int direction) {
        scrolling.by(direction * Math.max(40, scrolling.viewportHeight() - BASE_FONT_PX * zoom.get() * 3.5));
    }

    public void home() {
        scrolling.home();
    }

    public void end() {
        scrolling.end();
    }

    public ScrollPane scrollPane() {
        return scroll;
    }

    private void updateCurrentSection() {
        if (jumping || page == null || page.sections.isEmpty()) return;
        double mark = scrolling.top() + scrolling.viewportHeight() * 0.3;
        int current = 0;
        for (int i = 0; i < page.sections.size(); i++) {
            if (scrolling.yOf(page.sections.get(i)) <= mark) current = i;
        }
        currentSection.set(current);
    }
}
