package kr.gisa.app.search;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import kr.gisa.app.i18n.Messages;
import kr.gisa.core.search.SearchHit;
import kr.gisa.core.search.SearchResult;

import java.util.List;
import java.util.function.Consumer;

/**
 * Library search results beside the reader: how many hits, then one card per hit (article title,
 * where in it, snippet with the matched words marked); a click opens the article at that place.
 * While the index is first built, a progress bar stands at the top; index notes (read-only,
 * rebuilt) sit quietly at the bottom.
 */
final class ResultsPane extends VBox {

    /** A hit with the label of its place in the article (section heading, or "title"…), found off the FX thread. */
    record Item(SearchHit hit, String place) {
    }

    private static final javafx.css.PseudoClass OPENED = javafx.css.PseudoClass.getPseudoClass("opened");

    private final LibraryIndex index;
    private final Label title = new Label();
    private final Label count = new Label();
    private final Button close = new Button("✕");
    private final ProgressBar bar = new ProgressBar(-1);
    private final Label progressText = new Label();
    private final VBox progressBox = new VBox(bar, progressText);
    private final Label status = new Label();
    private final VBox list = new VBox();
    private final ScrollPane scroll = new ScrollPane(list);
    private final Label notes = new Label();
    private Messages messages;
    private Consumer<SearchHit> onOpen = h -> { };
    /** What the empty pane invites to do: search the library, or the archive open instead. */
    private String typeKey = "search.typeToSearch";
    private SearchResult shown;
    private List<Item> shownItems = List.of();

    ResultsPane(LibraryIndex index, Messages messages, Runnable onClose) {
        this.index = index;
        this.messages = messages;
        getStyleClass().add("search-results");
        title.getStyleClass().add("search-results-title");
        count.getStyleClass().add("search-results-count");
        close.getStyleClass().addAll(Styles.FLAT, "search-results-close");
        close.setFocusTraversable(false);
        close.setOnAction(e -> onClose.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(title, count, gap, close);
        header.getStyleClass().add("search-results-header");
        header.setAlignment(Pos.CENTER_LEFT);

        bar.setMaxWidth(Double.MAX_VALUE);
        bar.getStyleClass().add("search-index-progress");
        progressText.getStyleClass().add("search-index-progress-text");
        progressBox.getStyleClass().add("search-index-progress-box");
        status.getStyleClass().add("search-results-status");
        status.setWrapText(true);
        list.getStyleClass().add("search-results-list");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("search-results-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        notes.getStyleClass().add("search-index-notes");
        notes.setWrapText(true);
        getChildren().addAll(header, progressBox, status, scroll, notes);

        bar.progressProperty().bind(index.progressProperty());
        index.progressProperty().addListener((o, a, b) -> showProgress());
        index.phaseProperty().addListener((o, a, b) -> showProgress());
        index.countProperty().addListener((o, a, b) -> showProgress());
        index.readyProperty().addListener((o, a, b) -> showProgress());
        index.notes().addListener((javafx.collections.ListChangeListener<String>) c -> showNotes());
        setMessages(messages);
    }

    /** The pane searches a shared archive, not the library. */
    void setArchive(boolean archive) {
        typeKey = archive ? "search.typeToSearchArchive" : "search.typeToSearch";
        if (shown == null) clear();
    }

    void setOnOpen(Consumer<SearchHit> handler) {
        this.onOpen = handler;
    }

    void setMessages(Messages m) {
        this.messages = m;
        title.setText(m.get("search.results"));
        close.setTooltip(new Tooltip(m.get("search.close")));
        showProgress();
        showNotes();
        if (shown != null) show(shown, shownItems);
        else clear();
    }

    /** Shows the answer to a query. */
    void show(SearchResult result, List<Item> items) {
        shown = result;
        shownItems = items;
        count.setText(messages.format("search.hits", result.total()));
        count.setVisible(true);
        if (result.error() != null) {
            setStatus(messages.queryError(result.error()), "search-error");
        } else {
            // the query's own notes (a repair, words left out) under the result line, in this language
            List<String> lines = new java.util.ArrayList<>();
            if (result.total() == 0) lines.add(messages.get("search.noHits"));
            else if (result.relaxed()) lines.add(messages.get("search.relaxed"));
            result.notes().stream().filter(n -> kr.gisa.core.search.QueryNote.of(n) != null).map(messages::queryNote).forEach(lines::add);
            setStatus(lines.isEmpty() ? null : String.join("\n", lines), null);
        }
        list.getChildren().setAll(items.stream().map(this::card).toList());
        if (result.total() > items.size() && !items.isEmpty()) {
            Label more = new Label(messages.format("search.more", items.size()));
            more.getStyleClass().add("search-results-more");
            more.setWrapText(true);
            list.getChildren().add(more);
        }
        scroll.setVvalue(0);
    }

    /** Nothing searched (empty field). */
    void clear() {
        shown = null;
        shownItems = List.of();
        count.setText("");
        count.setVisible(false);
        list.getChildren().clear();
        setStatus(index.readyProperty().get() || !index.started() ? messages.get(typeKey) : null, null);
    }

    /** The index's last progress report {done, total}, for tests. */
    int[] indexCount() {
        return index.countProperty().get();
    }

    /** The result cards shown, for tests. */
    List<Node> cards() {
        return List.copyOf(list.getChildren()).stream().filter(n -> n.getStyleClass().contains("search-result")).toList();
    }

    private void setStatus(String text, String styleClass) {
        status.getStyleClass().remove("search-error");
        if (styleClass != null) status.getStyleClass().add(styleClass);
        status.setText(text == null ? "" : text);
        status.setVisible(text != null);
        status.setManaged(text != null);
    }

    private Node card(Item item) {
        SearchHit h = item.hit();
        Label t = new Label(h.title().isBlank() ? messages.get("article.untitled") : h.title());
        t.getStyleClass().add("search-result-title");
        t.setWrapText(true);
        Label where = new Label(item.place());
        where.getStyleClass().add("search-result-place");
        VBox card = new VBox(t, where, Snippets.flow(h.text(), h.spans()));
        card.getStyleClass().add("search-result");
        card.setCursor(Cursor.HAND);
        card.setOnMouseClicked(e -> {
            for (Node other : list.getChildren()) other.pseudoClassStateChanged(OPENED, other == card);
            onOpen.accept(h);
        });
        return card;
    }

    private void showProgress() {
        boolean building = index.started() && !index.readyProperty().get();
        progressBox.setVisible(building);
        progressBox.setManaged(building);
        if (!building) return;
        int[] c = index.countProperty().get();
        String phase = index.phaseProperty().get();
        String key = "indexing".equals(phase) ? "search.indexing" : "checking".equals(phase) ? "search.checking" : null;
        progressText.setText(key == null ? (phase.isEmpty() ? messages.get("search.opening") : phase)
                : messages.format(key, c[0], c[1]));
        if (shown == null) setStatus(null, null);
    }

    private void showNotes() {
        List<String> n = index.notes();
        notes.setText(String.join("\n", n));
        notes.setTooltip(n.isEmpty() ? null : new Tooltip(String.join("\n", n)));
        notes.setVisible(!n.isEmpty());
        notes.setManaged(!n.isEmpty());
    }
}
