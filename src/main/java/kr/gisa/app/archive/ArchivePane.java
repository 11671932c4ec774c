package kr.gisa.app.archive;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import kr.gisa.app.i18n.Messages;
import kr.gisa.core.archive.Archive;
import kr.gisa.core.archive.ArchiveEntry;
import kr.gisa.core.archive.ArchiveException;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * The archive in the library tab: its articles newest first, fetched a page at a time as the list
 * is scrolled (an archive holds millions), read-only. The header names the archive and offers the
 * way back to the library; the import button stays in its place, off, and says why.
 */
public final class ArchivePane extends VBox {

    /** Rows fetched per request. */
    static final int PAGE = 200;
    /** Fetch the next page when a row this close to the end of the loaded ones is drawn. */
    static final int AHEAD = 40;

    /** What the pane asks its owner to do. */
    interface Actions {
        void open(ArchiveEntry e);

        void backToLibrary();

        /** Retry after the archive could not be reached. */
        void retry();
    }

    private final Actions actions;
    private final ObservableList<ArchiveEntry> rows = FXCollections.observableArrayList();
    private final ListView<ArchiveEntry> list = new ListView<>(rows);
    private final Label name = new Label();
    private final Label url = new Label();
    private final Button back = new Button();
    private final Button importButton = new Button();
    private final StackPane importHolder = new StackPane(importButton);
    private final Label sortNote = new Label();
    private final Label status = new Label();
    private final Hyperlink retry = new Hyperlink();
    private final VBox statusLine = new VBox(2, status, retry);
    private final Label placeholder = new Label();
    private final Label count = new Label();
    private final Label readOnly = new Label();
    private Messages messages;
    private Archive archive;
    /** Bumped for every archive shown: pages of an earlier one are dropped when they arrive. */
    private int generation;
    private boolean loading;
    private boolean exhausted;
    private String listError;
    private String trouble;
    private long total = -1;
    private boolean following;
    private Consumer<List<ArchiveEntry>> onFirstPage;

    ArchivePane(Messages messages, Actions actions) {
        this.messages = messages;
        this.actions = actions;
        getStyleClass().addAll("library-pane", "archive-pane");

        name.getStyleClass().add("archive-name");
        name.setMinWidth(0);
        url.getStyleClass().add("archive-url");
        url.setMinWidth(0);
        url.setMaxWidth(Double.MAX_VALUE);
        back.getStyleClass().addAll("archive-back", Styles.SMALL);
        back.setOnAction(e -> actions.backToLibrary());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, name, gap, back);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(4, top, url);
        header.getStyleClass().add("archive-header");

        sortNote.getStyleClass().add("archive-sort-note");
        sortNote.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(sortNote, Priority.ALWAYS);
        importButton.getStyleClass().addAll("library-import", Styles.BUTTON_ICON);
        javafx.scene.shape.SVGPath plus = new javafx.scene.shape.SVGPath();
        plus.setContent("M7 1 H9 V7 H15 V9 H9 V15 H7 V9 H1 V7 H7 Z");
        plus.getStyleClass().add("library-icon");
        importButton.setGraphic(plus);
        importButton.setDisable(true);
        // A disabled control shows no tooltip: the holder around it does.
        importHolder.getStyleClass().add("archive-import-holder");
        HBox tools = new HBox(6, sortNote, importHolder);
        tools.getStyleClass().add("library-tools");
        tools.setAlignment(Pos.CENTER_LEFT);

        list.getStyleClass().addAll("library-list", "archive-list");
        list.setCellFactory(v -> new ArchiveCell(() -> this.messages, actions::open, this::near));
        placeholder.getStyleClass().add("library-placeholder");
        placeholder.setWrapText(true);
        list.setPlaceholder(placeholder);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> {
            if (!following && e != null) actions.open(e);
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1 && selected() != null) actions.open(selected());
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && selected() != null) actions.open(selected());
        });

        status.getStyleClass().add("archive-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        retry.getStyleClass().add("archive-retry");
        retry.setMinWidth(Region.USE_PREF_SIZE);
        retry.setOnAction(e -> {
            if (listError != null) {
                listError = null;
                loadMore();
            }
            actions.retry();
        });
        statusLine.getStyleClass().add("archive-status-line");
        statusLine.managedProperty().bind(statusLine.visibleProperty());
        statusLine.setVisible(false);

        count.getStyleClass().add("library-count");
        readOnly.getStyleClass().add("library-folder");
        readOnly.setWrapText(true);
        VBox footer = new VBox(2, count, readOnly);
        footer.getStyleClass().add("library-footer");
        getChildren().addAll(header, tools, list, statusLine, footer);
        setMessages(messages);
    }

    void setMessages(Messages m) {
        messages = m;
        back.setText(m.get("archive.backToLibrary"));
        back.setTooltip(new Tooltip(m.get("archive.backTip")));
        sortNote.setText(m.get("archive.sortNote"));
        Tooltip.install(importHolder, new Tooltip(m.get("archive.importTip")));
        retry.setText(m.get("archive.retry"));
        readOnly.setText(m.get("archive.readOnlyShort"));
        list.refresh();
        showStatus();
    }

    /**
     * Shows another archive (null: none) from its first page; {@code firstPage} hears that page once
     * it arrives (the controller opens its first article when nothing else is to be read).
     */
    void setArchive(Archive next, Consumer<List<ArchiveEntry>> firstPage) {
        generation++;
        archive = next;
        onFirstPage = firstPage;
        rows.clear();
        loading = false;
        exhausted = next == null;
        listError = null;
        trouble = null;
        total = -1;
        name.setText(next == null ? "" : ArchiveController.label(next.url()));
        url.setText(next == null ? "" : next.url());
        url.setTooltip(next == null ? null : new Tooltip(next.url()));
        if (next != null) {
            loadMore();
            count(next);
        }
        showStatus();
    }

    /** Says (in the status line, with Retry) that the archive cannot be reached; null clears it. */
    void showTrouble(String why) {
        trouble = why;
        showStatus();
    }

    /** Marks the article the reader shows, without opening it again. */
    void follow(String id) {
        following = true;
        try {
            ArchiveEntry e = id == null ? null : rows.stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
            if (e == null) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(e);
                int i = list.getSelectionModel().getSelectedIndex();
                list.scrollTo(Math.max(0, i - 2));
            }
        } finally {
            following = false;
        }
    }

    ArchiveEntry selected() {
        return list.getSelectionModel().getSelectedItem();
    }

    public ListView<ArchiveEntry> list() {
        return list;
    }

    /** How many articles the archive holds, or -1 until its first page has been read. */
    public long total() {
        return total;
    }

    /** The rows fetched so far. */
    public List<ArchiveEntry> rows() {
        return List.copyOf(rows);
    }

    public boolean isLoading() {
        return loading;
    }

    Button importButton() {
        return importButton;
    }

    StackPane importHolder() {
        return importHolder;
    }

    Label statusLabel() {
        return status;
    }

    Hyperlink retryLink() {
        return retry;
    }

    Button backButton() {
        return back;
    }

    /** A row at {@code index} is drawn: fetch the next page when the end of the loaded ones is near. */
    private void near(int index) {
        if (index >= rows.size() - AHEAD && !loading && !exhausted && listError == null) {
            Platform.runLater(this::loadMore); // not while the list lays out its cells
        }
    }

    /** Fetches the next page on an archive thread (the archive's own deadline applies). */
    void loadMore() {
        Archive from = archive;
        if (from == null || loading || exhausted) return;
        loading = true;
        showStatus();
        int gen = generation;
        int offset = rows.size();
        ArchiveCalls.background(() -> {
            List<ArchiveEntry> page = null;
            String error = null;
            try {
                page = from.list(offset, PAGE);
            } catch (ArchiveException | RuntimeException e) {
                error = e.getMessage();
            }
            List<ArchiveEntry> got = page;
            String why = error;
            Platform.runLater(() -> {
                if (gen != generation) return;
                loading = false;
                if (got == null) {
                    listError = why;
                } else {
                    listError = null;
                    trouble = null;
                    rows.addAll(got);
                    exhausted = got.size() < PAGE;
                    if (offset == 0 && onFirstPage != null) {
                        Consumer<List<ArchiveEntry>> first = onFirstPage;
                        onFirstPage = null;
                        first.accept(List.copyOf(got));
                    }
                }
                showStatus();
            });
        });
    }

    private void count(Archive from) {
        int gen = generation;
        ArchiveCalls.background(() -> {
            long n;
            try {
                n = from.articleCount();
            } catch (IOException | RuntimeException e) {
                n = -1;
            }
            long got = n;
            Platform.runLater(() -> {
                if (gen != generation) return;
                total = got;
                showStatus();
            });
        });
    }

    private void showStatus() {
        if (messages == null) return;
        Messages m = messages;
        String problem = listError != null ? m.format("archive.listFailed", listError)
                : trouble != null ? m.format("archive.unreachable", trouble) : null;
        status.setText(problem == null ? "" : problem);
        statusLine.setVisible(problem != null);
        if (archive == null) {
            count.setText("");
        } else if (total >= 0) {
            count.setText(rows.size() < total ? m.format("archive.countShown", total, rows.size()) : m.format("archive.count", total));
        } else {
            count.setText(loading ? m.get("archive.loading") : m.format("archive.listed", rows.size()));
        }
        placeholder.setText(loading || archive == null ? m.get("archive.loading")
                : listError != null ? m.get("archive.noList") : m.get("archive.empty"));
    }
}
