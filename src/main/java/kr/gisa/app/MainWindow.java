package kr.gisa.app;

import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import kr.gisa.app.archive.ArchiveController;
import kr.gisa.app.archive.ArchiveOpener;
import kr.gisa.app.briefing.BriefingController;
import kr.gisa.app.briefing.FxSystemDialogs;
import kr.gisa.app.i18n.Messages;
import kr.gisa.app.library.LibraryController;
import kr.gisa.app.reader.OutlineView;
import kr.gisa.app.reader.ReaderView;
import kr.gisa.app.reader.ReaderViewModel;
import kr.gisa.app.search.SearchController;
import kr.gisa.app.settings.Settings;
import kr.gisa.app.settings.SettingsStore;
import kr.gisa.app.theme.Fonts;
import kr.gisa.app.theme.Theme;
import kr.gisa.core.store.Library;

/**
 * The main window: a top bar over a {@link BorderPane} with a sidebar (the outline) on the left
 * and the reader in the centre. Room for later panes without touching the reader: the
 * {@link #toolbarSlot()} in the top bar (a search field), more panes in the {@link #sidebar()}
 * (a library list), and the layout's free right and bottom (search results, briefing preview).
 * Used by the app and, offscreen, by the {@code snapshot} command.
 */
public final class MainWindow {

    /** Zoom steps for Ctrl+= / Ctrl+-. */
    static final double[] ZOOM_STEPS = {0.7, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5};

    private final SettingsStore store;
    private final ReaderViewModel model;
    private final ReaderView reader;
    private final BorderPane layout = new BorderPane();
    private final VBox sidebar = new VBox();
    private final Overlay overlay = new Overlay();
    private final StackPane root = new StackPane(layout, overlay);
    private final Scene scene;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
    private final BriefingController briefing;
    private final ArchiveOpener opener;
    // The controls around the article (see chromeAfterFirstFrame): null until built.
    private OutlineView outline;
    private TopBar topBar;
    private LibraryController library;
    private SearchController search;
    private ArchiveController archive;
    private Settings settings;
    private Messages messages;
    private Stage stage;
    private final javafx.beans.property.ReadOnlyBooleanWrapper chromeShown = new javafx.beans.property.ReadOnlyBooleanWrapper(true);

    /**
     * @param store where settings are saved on change, or null to never write (snapshot)
     */
    public MainWindow(WindowOptions options, SettingsStore store, Settings settings) {
        this(options, store, settings, ArchiveOpener.standard());
    }

    /**
     * @param store  where settings are saved on change, or null to never write (snapshot)
     * @param opener how a shared archive is opened from its URL (tests: an in-memory archive)
     */
    public MainWindow(WindowOptions options, SettingsStore store, Settings settings, ArchiveOpener opener) {
        this(options, store, settings, opener, false);
    }

    /**
     * The window as the app opens it at start-up: the article is painted first, the controls around
     * it a frame later ({@link #chromeAfterFirstFrame}).
     */
    public static MainWindow forStart(WindowOptions options, SettingsStore store, Settings settings) {
        return new MainWindow(options, store, settings, ArchiveOpener.standard(), true);
    }

    MainWindow(WindowOptions options, SettingsStore store, Settings settings, ArchiveOpener opener, boolean chromeLater) {
        Fonts.load();
        Theme.of(settings.theme()).useUserAgentSheet();
        this.store = store;
        this.settings = settings;
        this.opener = opener;
        this.messages = Messages.forTag(settings.locale());
        this.model = new ReaderViewModel(new Library(
                LibraryController.startFolder(options.library(), options.libraryGiven(), settings)));
        this.reader = new ReaderView(messages);
        this.briefing = new BriefingController(model, () -> messages, new FxSystemDialogs(() -> messages),
                overlay::close, root::getScene);

        root.getStyleClass().add("gisa-window");
        layout.getStyleClass().add("main-layout");
        sidebar.getStyleClass().add("sidebar");
        layout.setCenter(reader);

        // The nodes join the scene once built (end of this constructor): a node added or restyled
        // while in a scene has its CSS matched there and then, again at the first pulse, so building the
        // panes inside the scene styled most of them twice (a fifth of the FX thread's start).
        scene = new Scene(new javafx.scene.Group(), settings.width(), settings.height());
        theme.addListener((o, a, t) -> {
            t.apply(scene);
            update(this.settings.withTheme(t.id()));
        });
        theme.set(Theme.of(settings.theme()));
        reader.setZoom(settings.zoom());
        reader.zoomProperty().addListener((o, a, z) -> update(this.settings.withZoom(z.doubleValue())));
        reader.setOnOpenImage((img, caption) -> overlay.show(Cards.image(img, caption, scene)));
        model.stateProperty().addListener((o, a, s) -> showState(s));
        KeyBindings.install(scene, this::perform);

        // An archive named on the command line, else the one remembered unless a library folder was named.
        String archiveUrl = options.archive() != null ? options.archive()
                : options.libraryGiven() ? null : settings.archive();
        // An archive decides which article shows first, so with one the controls are built at once.
        boolean later = chromeLater && archiveUrl == null;
        if (!later) buildChrome();
        else reader.showFirstScreenNext();
        ReaderViewModel.State before = model.state();
        if (options.article() != null && options.archive() == null) model.open(options.article());
        else model.openDefault(settings.lastArticle());
        // The state listener has shown it, unless the new state equals the old (then nothing fired):
        // showing it again built the whole page twice at every start.
        if (model.state().equals(before)) showState(model.state());
        if (later) chromeAfterFirstFrame();
        else {
            layout.setTop(topBar.node());
            layout.setLeft(sidebar);
        }
        if (archiveUrl != null) archive.startup(archiveUrl, options.archive() != null ? options.article() : null);
        scene.setRoot(root);
        // The window may open maximised or on another screen: fill for the tallest screen, with room to spare.
        if (later) reader.fillFirstScreen(1.5 * javafx.stage.Screen.getScreens().stream()
                .mapToDouble(sc -> sc.getVisualBounds().getHeight()).max().orElse(settings.height()));
    }

    /** The controls around the article: top bar with search, sidebar with library and outline, the archive. */
    private void buildChrome() {
        outline = new OutlineView(reader, messages);
        topBar = new TopBar(this);
        search = new SearchController(reader, model.library(), layout, messages, this::open);
        topBar.slot().getChildren().add(search.bar());
        model.libraryProperty().addListener((o, a, next) -> search.setLibrary(next));
        sidebar.getChildren().add(outline);
        VBox.setVgrow(outline, Priority.ALWAYS);
        library = LibraryController.install(this);
        archive = ArchiveController.install(this, opener);
        archive.archiveProperty().addListener((o, a, b) -> {
            topBar.rebuild();
            updateTitle();
        });
    }

    /**
     * Paints the article before the controls around it, for a faster start ({@link FirstFrame}):
     * building, styling and laying out the menus, tabs, lists and fields was a third of the FX
     * thread's work before the first frame. A key pressed before then brings them at once.
     */
    private void chromeAfterFirstFrame() {
        chromeShown.set(false);
        FirstFrame.bandsUntilPainted(layout, this::showChrome);
    }

    /** Builds the controls around the article and puts them in place of their bands; nothing if they are there already. */
    void showChrome() {
        reader.completePage();
        if (chromeShown.get()) return;
        chromeShown.set(true); // first: building them must not come back here
        buildChrome();
        layout.setTop(topBar.node());
        layout.setLeft(sidebar);
    }

    /** False from a {@link #forStart} window's creation until the controls around the article are in the scene. */
    public javafx.beans.property.ReadOnlyBooleanProperty chromeShownProperty() {
        return chromeShown.getReadOnlyProperty();
    }

    /**
     * Puts the window in a stage: title, size and maximised state ({@link WindowSize}), saved when it closes.
     */
    public void attach(Stage stage) {
        this.stage = stage;
        stage.setScene(scene);
        stage.setMinWidth(480);
        stage.setMinHeight(360);
        updateTitle();
        WindowSize size = WindowSize.follow(stage, settings);
        stage.setOnHidden(e -> {
            update(size.save(settings));
            if (search != null) search.close();
            if (archive != null) archive.close();
        });
    }

    // ---- accessors for tests and the snapshot command ---------------------------------------

    public Scene scene() {
        return scene;
    }

    public ReaderView reader() {
        return reader;
    }

    public ReaderViewModel model() {
        return model;
    }

    public BorderPane layout() {
        return layout;
    }

    /** The left column; the outline is its first child. */
    public VBox sidebar() {
        return sidebar;
    }

    /** Room in the top bar between the menus and the zoom/theme tools. */
    public HBox toolbarSlot() {
        return topBar.slot();
    }

    /** The search field, its highlights and the library results. */
    public SearchController search() {
        return search;
    }

    public Messages messages() {
        return messages;
    }

    public Settings settings() {
        return settings;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public boolean isOverlayOpen() {
        return overlay.isOpen();
    }

    /** The briefing of the article shown (Ctrl+B); {@code briefing().setFocusQuery(q)} focuses it on a search. */
    public BriefingController briefing() {
        return briefing;
    }

    public boolean isBriefingOpen() {
        return overlay.isOpen() && briefing.isShowing();
    }

    /** The library pane and its actions (import, delete, rename…). */
    public LibraryController library() {
        return library;
    }

    /** The shared archive open instead of the library (File › Open archive…), and its pane. */
    public ArchiveController archive() {
        return archive;
    }

    /** The window's layers: the layout first, the overlay last; notes and hints go between. */
    public StackPane layers() {
        return root;
    }

    public void showOverlay(Node card) {
        overlay.show(card);
    }

    public void closeOverlay() {
        overlay.close();
    }

    /** Changes and saves the settings (e.g. the chosen library folder). */
    public void remember(java.util.function.UnaryOperator<Settings> change) {
        update(change.apply(settings));
    }

    // ---- actions ----------------------------------------------------------------------------

    /** Opens an article: from the archive while one is open (in the background), else from the library. */
    public void open(String name) {
        if (archive != null && archive.isOpen()) archive.openArticle(name);
        else model.open(name);
    }

    public void setTheme(Theme t) {
        theme.set(t);
    }

    public void zoomIn() {
        for (double z : ZOOM_STEPS) {
            if (z > reader.getZoom() + 1e-6) {
                reader.setZoom(z);
                return;
            }
        }
    }

    public void zoomOut() {
        for (int i = ZOOM_STEPS.length - 1; i >= 0; i--) {
            if (ZOOM_STEPS[i] < reader.getZoom() - 1e-6) {
                reader.setZoom(ZOOM_STEPS[i]);
                return;
            }
        }
    }

    public void zoomReset() {
        reader.setZoom(1.0);
    }

    /** Switches the UI language ("ko", "en") and rebuilds every label. */
    public void setLanguage(String tag) {
        showChrome();
        messages = Messages.forTag(tag);
        update(settings.withLocale(messages.locale().getLanguage()));
        reader.setMessages(messages);
        outline.setMessages(messages);
        library.setMessages(messages);
        archive.setMessages(messages);
        search.setMessages(messages);
        topBar.rebuild();
        overlay.close();
        showState(model.state());
    }

    public void showShortcuts() {
        overlay.show(Cards.shortcuts(messages));
    }

    public void showBriefing() {
        if (isBriefingOpen()) return;
        overlay.show(briefing.node());
        briefing.opened();
    }

    void perform(KeyBindings.Action action, int arg) {
        showChrome(); // a key before the first frame was painted: the controls it may need come now
        WindowActions.perform(this, action, arg);
    }

    /** Closes the window and ends the app (File › Quit, Ctrl+Q). */
    void quit() {
        if (stage != null) stage.close();
        Platform.exit();
    }

    private void showState(ReaderViewModel.State s) {
        if (s instanceof ReaderViewModel.Loaded l) {
            reader.show(l.article(), l.folder());
            // The archive remembers its own article (ArchiveController); the library's stays for the way back.
            boolean fromArchive = archive != null && archive.isOpen();
            if (!fromArchive && model.library().contains(l.article().id())) update(settings.withLastArticle(l.article().id()));
        } else if (s instanceof ReaderViewModel.Failed f) {
            String hint = switch (f.reasonKey()) {
                case "error.emptyLibrary" -> "error.emptyLibraryHint";
                case "archive.empty" -> "archive.emptyHint";
                default -> "error.otherArticlesHint";
            };
            reader.showMessage(messages.get(f.reasonKey()), f.detail(), messages.get(hint));
        }
        if (topBar != null) topBar.refreshArticles();
        updateTitle();
    }

    private void updateTitle() {
        if (stage == null) return;
        String t = reader.article() == null || reader.article().title().isBlank() ? null : reader.article().title();
        String where = archive != null && archive.isOpen() ? messages.format("archive.title", archive.label()) : null;
        StringBuilder title = new StringBuilder();
        if (t != null) title.append(t).append(" — ");
        if (where != null) title.append(where).append(" — ");
        stage.setTitle(title.append("Gisa").toString());
    }

    private void update(Settings next) {
        if (next.equals(settings)) return;
        settings = next;
        if (store != null) store.save(settings);
    }
}
