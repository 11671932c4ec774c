package kr.gisa.app.library;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import kr.gisa.app.i18n.Messages;

import java.nio.file.Path;

/**
 * The library beside the reader: every article with title, publisher, date and reading time;
 * sort, publisher and date filters, and the import progress at the bottom. What the rows do
 * (open, rename, delete…) is up to {@link Actions}.
 */
public final class LibraryPane extends VBox {

    /** What the pane asks its owner to do. */
    public interface Actions {
        void open(LibraryEntry e);

        void rename(LibraryEntry e);

        void reimport(LibraryEntry e);

        void delete(LibraryEntry e);

        void importFiles();

        boolean hasSource(LibraryEntry e);
    }

    private final LibraryListModel model;
    private final Actions actions;
    private Messages messages;

    private final ComboBox<LibraryListModel.Sort> sort = new ComboBox<>();
    private final ToggleButton filterToggle = new ToggleButton();
    private final Button importButton = new Button();
    private final ComboBox<String> publisher = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Hyperlink clear = new Hyperlink();
    private final Label fromLabel = new Label();
    private final Label toLabel = new Label();
    private final VBox filters;
    private final ListView<LibraryEntry> list = new ListView<>();
    private final Label placeholder = new Label();
    private final Label count = new Label();
    private final Label folder = new Label();
    private final Label progressText = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button stop = new Button("×");
    private final HBox progressLine = new HBox(6, progress, stop);
    private final VBox progressBox = new VBox(progressText, progressLine);
    /** True while the selection is set to follow the reader, so it does not open the article again. */
    private boolean following;

    public LibraryPane(LibraryListModel model, Messages messages, Actions actions) {
        this.model = model;
        this.messages = messages;
        this.actions = actions;
        getStyleClass().add("library-pane");

        sort.getItems().setAll(LibraryListModel.Sort.values());
        sort.valueProperty().bindBidirectional(model.sortProperty());
        sort.setMaxWidth(Double.MAX_VALUE);
        sort.getStyleClass().add("library-sort");
        HBox.setHgrow(sort, Priority.ALWAYS);
        filterToggle.getStyleClass().addAll("library-filter-toggle", Styles.BUTTON_ICON);
        filterToggle.setGraphic(icon("M1 2 H15 L9.5 8.5 V14 L6.5 12.5 V8.5 Z", "library-icon"));
        importButton.getStyleClass().addAll("library-import", Styles.BUTTON_ICON);
        importButton.setGraphic(icon("M7 1 H9 V7 H15 V9 H9 V15 H7 V9 H1 V7 H7 Z", "library-icon"));
        importButton.setOnAction(e -> actions.importFiles());
        HBox tools = new HBox(6, sort, filterToggle, importButton);
        tools.getStyleClass().add("library-tools");
        tools.setAlignment(Pos.CENTER_LEFT);

        publisher.setMaxWidth(Double.MAX_VALUE);
        publisher.getStyleClass().add("library-publisher");
        syncPublishers();
        model.publishers().addListener((ListChangeListener<String>) c -> syncPublishers());
        publisher.valueProperty().addListener((o, a, b) -> model.publisherProperty().set(b == null || b.isEmpty() ? null : b));
        model.publisherProperty().addListener((o, a, b) -> publisher.setValue(b == null ? "" : b));
        for (DatePicker d : new DatePicker[]{from, to}) {
            d.setMaxWidth(Double.MAX_VALUE);
            d.setPrefWidth(120);
            d.getStyleClass().add("library-date");
            HBox.setHgrow(d, Priority.ALWAYS);
        }
        from.valueProperty().bindBidirectional(model.fromProperty());
        to.valueProperty().bindBidirectional(model.toProperty());
        VBox fromBox = new VBox(2, fromLabel, from);
        VBox toBox = new VBox(2, toLabel, to);
        HBox.setHgrow(fromBox, Priority.ALWAYS);
        HBox.setHgrow(toBox, Priority.ALWAYS);
        fromLabel.getStyleClass().add("library-filter-label");
        toLabel.getStyleClass().add("library-filter-label");
        HBox dates = new HBox(8, fromBox, toBox);
        clear.getStyleClass().add("library-clear");
        clear.setOnAction(e -> model.clearFilter());
        filters = new VBox(8, publisher, dates, clear);
        filters.getStyleClass().add("library-filters");
        filters.visibleProperty().bind(filterToggle.selectedProperty());
        filters.managedProperty().bind(filterToggle.selectedProperty());

        list.getStyleClass().add("library-list");
        list.setItems(model.shown());
        list.setCellFactory(v -> new EntryCell(() -> this.messages, actions));
        placeholder.getStyleClass().add("library-placeholder");
        placeholder.setWrapText(true);
        list.setPlaceholder(placeholder);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> {
            if (!following && e != null) actions.open(e);
        });
        list.setOnMouseClicked(e -> {
            // A click on the row already shown still opens it (e.g. after reading another file).
            if (e.getButton() == MouseButton.PRIMARY && selected() != null && e.getClickCount() == 1) {
                actions.open(selected());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && selected() != null) actions.open(selected());
        });

        count.getStyleClass().add("library-count");
        folder.getStyleClass().add("library-folder");
        folder.setMinWidth(0);
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        progressLine.setAlignment(Pos.CENTER_LEFT);
        stop.getStyleClass().addAll("library-stop", Styles.FLAT);
        stop.setFocusTraversable(false);
        progress.getStyleClass().add("library-progress");
        progressText.getStyleClass().add("library-progress-text");
        progressBox.getStyleClass().add("library-progress-box");
        progressBox.setVisible(false);
        progressBox.managedProperty().bind(progressBox.visibleProperty());
        VBox footer = new VBox(2, count, folder);
        footer.getStyleClass().add("library-footer");

        getChildren().addAll(tools, filters, list, progressBox, footer);
        model.shown().addListener((ListChangeListener<LibraryEntry>) c -> showCount());
        model.all().addListener((ListChangeListener<LibraryEntry>) c -> showCount());
        model.loadingProperty().addListener((o, a, b) -> showCount());
        setMessages(messages);
    }

    public void setMessages(Messages m) {
        this.messages = m;
        sort.setConverter(new StringConverter<>() {
            @Override
            public String toString(LibraryListModel.Sort s) {
                return s == null ? "" : m.get("library.sort." + s.name().toLowerCase(java.util.Locale.ROOT));
            }

            @Override
            public LibraryListModel.Sort fromString(String s) {
                return null;
            }
        });
        sort.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(LibraryListModel.Sort s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : m.get("library.sortBy") + " " + sort.getConverter().toString(s));
            }
        });
        publisher.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null || s.isEmpty() ? m.get("library.allPublishers") : s;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        filterToggle.setTooltip(new Tooltip(m.get("library.filter")));
        importButton.setTooltip(new Tooltip(m.get("library.importTip")));
        stop.setTooltip(new Tooltip(m.get("import.stop")));
        fromLabel.setText(m.get("library.from"));
        toLabel.setText(m.get("library.to"));
        from.setPromptText(m.get("library.anyDate"));
        to.setPromptText(m.get("library.anyDate"));
        clear.setText(m.get("library.clearFilter"));
        placeholder.setText(m.get("library.empty"));
        list.refresh();
        showCount();
    }

    /** Marks the article the reader shows, without opening it again. */
    public void follow(String id) {
        following = true;
        try {
            LibraryEntry e = id == null ? null : model.shown().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
            if (e == null) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(e);
                list.scrollTo(Math.max(0, list.getSelectionModel().getSelectedIndex() - 2));
            }
        } finally {
            following = false;
        }
    }

    public LibraryEntry selected() {
        return list.getSelectionModel().getSelectedItem();
    }

    public ListView<LibraryEntry> list() {
        return list;
    }

    public ToggleButton filterToggle() {
        return filterToggle;
    }

    public void showFolder(Path root) {
        folder.setText(root.toString());
        folder.setTooltip(new Tooltip(root.toString()));
    }

    /** Shows an import's progress, with a Cancel button when {@code onStop} is given; null hides the bar. */
    public void showProgress(javafx.concurrent.Task<?> job, Runnable onStop) {
        stop.setVisible(onStop != null);
        stop.setManaged(onStop != null);
        stop.setDisable(false);
        stop.setOnAction(e -> {
            stop.setDisable(true);
            if (onStop != null) onStop.run();
        });
        progress.progressProperty().unbind();
        progressText.textProperty().unbind();
        if (job == null) {
            progressBox.setVisible(false);
            return;
        }
        progress.progressProperty().bind(job.progressProperty());
        progressText.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            long total = Math.round(job.getTotalWork());
            long done = Math.round(Math.max(0, job.getWorkDone()));
            return messages.format("import.progress", Math.min(done + 1, total), total, job.getMessage());
        }, job.workDoneProperty(), job.messageProperty()));
        progressBox.setVisible(true);
    }

    private void syncPublishers() {
        String keep = publisher.getValue();
        publisher.getItems().setAll("");
        publisher.getItems().addAll(model.publishers());
        publisher.setValue(keep == null || !publisher.getItems().contains(keep) ? "" : keep);
    }

    private void showCount() {
        if (messages == null) return;
        int all = model.all().size();
        int shown = model.shown().size();
        count.setText(model.loadingProperty().get() ? messages.get("library.loading") : model.listError() != null ? model.listError()
                : shown == all ? messages.format("library.count", all) : messages.format("library.countFiltered", shown, all));
        if (model.isFiltered()) filterToggle.setSelected(true);
        filterToggle.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("active"), model.isFiltered());
        placeholder.setText(messages.get(model.loadingProperty().get() ? "library.loading"
                : all > 0 ? "library.noMatch" : "library.empty"));
    }

    /** A row's title: the article's, or its id when it has none (or cannot be read). */
    static String label(LibraryEntry e, Messages m) {
        return e.title().isEmpty() ? (e.readable() ? m.get("article.untitled") + " " + e.id() : e.id()) : e.title();
    }

    /** A 16 px outline icon drawn as a path, so it needs no icon font and takes the theme's ink. */
    private static javafx.scene.shape.SVGPath icon(String path, String styleClass) {
        javafx.scene.shape.SVGPath p = new javafx.scene.shape.SVGPath();
        p.setContent(path);
        p.getStyleClass().add(styleClass);
        return p;
    }
}
