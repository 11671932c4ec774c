package kr.gisa.app.library;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import kr.gisa.app.KeyBindings;
import kr.gisa.app.MainWindow;
import kr.gisa.app.i18n.Messages;
import kr.gisa.app.reader.ReaderViewModel;
import kr.gisa.app.settings.Settings;
import kr.gisa.core.parse.ImportResult;
import kr.gisa.core.parse.Importer;
import kr.gisa.core.store.Deletion;
import kr.gisa.core.store.Library;
import kr.gisa.core.store.LibraryListener;
import kr.gisa.core.store.StoreException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The library feature of the window: the pane in the sidebar (tabs "Library" / "Outline"), File →
 * Open library… and Import…, drag-and-drop of files, delete with undo, rename and re-import, all
 * through the core {@link Library} and {@link Importer}. Imports run one batch at a time on a
 * background thread; the library's change events refresh the pane on the JavaFX thread.
 */
public final class LibraryController implements LibraryPane.Actions {

    /** Reads large libraries off the JavaFX thread; one daemon thread for every window. */
    private static final java.util.concurrent.Executor LOADER = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "gisa-library");
        t.setDaemon(true);
        return t;
    });

    private final MainWindow window;
    private final LibraryListModel list;
    private final LibraryPane pane;
    private final TabPane tabs = new TabPane();
    private final Tab libraryTab = new Tab();
    private final Tab outlineTab = new Tab();
    private final Toast toast = new Toast();
    private final Imports imports;
    private final LibraryListener listener = new LibraryListener() {
        @Override
        public void added(String id) {
            onLibraryEvent(id, false);
        }

        @Override
        public void changed(String id) {
            onLibraryEvent(id, true);
        }

        @Override
        public void removed(String id) {
            onLibraryEvent(id, false);
        }
    };
    private LibraryDialogs dialogs;
    private Library library;
    private Deletion lastDeletion;
    /** Whether this window moved anything to the trash (only then is the trash emptied on close). */
    private boolean deletedHere;
    private boolean refreshQueued;
    private boolean reopenCurrent;
    /** The archive's pane shown in the library tab while a shared archive is open, else null. */
    private javafx.scene.Node archivePane;
    /** Why importing, deleting and renaming are off (a read-only archive is open), or null. */
    private String readOnly;

    private LibraryController(MainWindow window) {
        this.window = window;
        this.dialogs = new FxLibraryDialogs(window::messages);
        this.library = window.model().library();
        this.list = new LibraryListModel(library, LOADER);
        this.pane = new LibraryPane(list, window.messages(), this);
        this.imports = new Imports(window, list, pane, toast, () -> dialogs, this::follow);
    }

    /**
     * Builds the feature into a window: the sidebar's outline moves into a tab beside the library,
     * the undo note and drop hint go over the page, and files dropped on the window are imported.
     */
    public static LibraryController install(MainWindow window) {
        LibraryController c = new LibraryController(window);
        c.build();
        return c;
    }

    /** The folder to open at start: {@code --library} when given, else the remembered choice, else {@code articles/}. */
    public static Path startFolder(Path given, boolean explicit, Settings settings) {
        if (!explicit && settings.library() != null) {
            Path remembered = Path.of(settings.library());
            if (Files.isDirectory(remembered)) return remembered;
        }
        return given;
    }

    private void build() {
        VBox sidebar = window.sidebar();
        List<javafx.scene.Node> before = List.copyOf(sidebar.getChildren());
        javafx.scene.Node outline = before.isEmpty() ? new VBox() : before.get(0);
        outlineTab.setContent(outline);
        libraryTab.setContent(pane);
        tabs.getTabs().addAll(libraryTab, outlineTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().addAll("sidebar-tabs", atlantafx.base.theme.Styles.TABS_CLASSIC);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        if (before.isEmpty()) sidebar.getChildren().add(tabs);
        else sidebar.getChildren().set(0, tabs);

        StackPane layers = window.layers();
        layers.getChildren().add(1, toast);
        layers.getChildren().add(1, imports.dropHint());

        Scene scene = window.scene();
        imports.acceptDrops(scene, this::importFiles);
        // Built after the window was shown at start-up (MainWindow.forStart): the window is there already.
        if (scene.getWindow() != null) scene.getWindow().addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> close());
        scene.windowProperty().addListener((o, a, w) -> {
            if (w != null) w.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> close());
        });

        library.addListener(listener);
        window.model().libraryProperty().addListener((o, a, b) -> switchTo(b));
        window.model().stateProperty().addListener((o, a, s) -> follow());
        list.loadingProperty().addListener((o, a, busy) -> {
            if (!busy) follow();
        });
        pane.showFolder(library.root());
        setMessages(window.messages());
        follow();
    }

    public void setMessages(Messages m) {
        libraryTab.setText(m.get(archivePane != null ? "archive.tab" : "library.tab"));
        outlineTab.setText(m.get("outline.title"));
        imports.dropHint().setText(m.get("import.dropHint"));
        pane.setMessages(m);
    }

    /** Tests answer the dialogs instead of a user. */
    public void setDialogs(LibraryDialogs dialogs) {
        this.dialogs = dialogs;
    }

    public LibraryPane pane() {
        return pane;
    }

    public LibraryListModel listModel() {
        return list;
    }

    public TabPane tabs() {
        return tabs;
    }

    public Toast toast() {
        return toast;
    }

    /** Results of the last finished import batch. */
    /** The imports (and their drop hint), for tests. */
    Imports imports() {
        return imports;
    }

    public List<ImportResult> lastResults() {
        return imports.lastResults();
    }

    /** True while an import or re-import runs or waits. */
    public boolean isBusy() {
        return imports.isBusy();
    }

    /**
     * A shared archive was opened: its pane takes the library tab, and importing, deleting, renaming
     * and undo say {@code reason} instead of touching the library. Null pane: the library again.
     */
    public void showArchive(javafx.scene.Node pane, String reason) {
        archivePane = pane;
        readOnly = pane == null ? null : reason;
        libraryTab.setContent(pane == null ? this.pane : pane);
        toast.hide();
        setMessages(window.messages());
        if (pane == null) follow();
    }

    /** True (and says why) when a read-only archive holds the library tab. */
    private boolean blocked() {
        if (readOnly != null) toast.show(readOnly, null, null);
        return readOnly != null;
    }

    /** Whether a read-only archive holds the library tab. */
    public boolean isReadOnly() {
        return readOnly != null;
    }

    /** The shortcuts of this feature (rows in {@link KeyBindings}). */
    public void perform(KeyBindings.Action action) {
        if (action != KeyBindings.Action.OPEN_LIBRARY && blocked()) return;
        switch (action) {
            case OPEN_LIBRARY -> chooseLibrary();
            case IMPORT -> importFiles();
            case DELETE_ARTICLE -> {
                LibraryEntry e = target();
                if (e != null) delete(e);
            }
            case RENAME_ARTICLE -> {
                LibraryEntry e = target();
                if (e != null) rename(e);
            }
            case UNDO_DELETE -> undoDelete();
            default -> {
            }
        }
    }

    /** The row the library selection names, else the article in the reader. */
    private LibraryEntry target() {
        LibraryEntry e = pane.selected();
        if (e == null) e = list.find(window.model().currentId());
        return e;
    }

    // ---- library folder -----------------------------------------------------------------------

    public void chooseLibrary() {
        Path dir = dialogs.chooseLibrary(owner(), library.root());
        if (dir != null) openLibrary(dir);
    }

    /** Switches the window to another library folder and remembers it. */
    public void openLibrary(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            toast.show(window.messages().format("library.notAFolder", abs), null, null);
            return;
        }
        window.remember(s -> s.withLibrary(abs.toString()));
        window.model().setLibrary(new Library(abs));
    }

    private void switchTo(Library next) {
        purgeTrash();
        library.removeListener(listener);
        library = next;
        library.addListener(listener);
        lastDeletion = null;
        toast.hide();
        list.setLibrary(next);
        pane.showFolder(next.root());
        follow();
    }

    // ---- reading ------------------------------------------------------------------------------

    @Override
    public void open(LibraryEntry e) {
        if (e.id().equals(window.model().currentId())) return;
        window.open(e.id());
    }

    @Override
    public boolean hasSource(LibraryEntry e) {
        return library.contains(e.id()) && library.source(e.id()) != null;
    }

    void follow() {
        String id = window.model().currentId();
        if (id == null && window.model().state() instanceof ReaderViewModel.Failed f) id = f.name();
        pane.follow(id);
    }

    /** A library event (from any thread): refresh once on the JavaFX thread. */
    private void onLibraryEvent(String id, boolean content) {
        Platform.runLater(() -> {
            if (content && id.equals(window.model().currentId())) reopenCurrent = true;
            if (refreshQueued) return;
            refreshQueued = true;
            Platform.runLater(this::refreshNow);
        });
    }

    private void refreshNow() {
        refreshQueued = false;
        list.refresh();
        String current = window.model().currentId();
        // While an archive is open the reader shows its copy, not the library's.
        if (reopenCurrent && current != null && readOnly == null) window.open(current);
        reopenCurrent = false;
        follow();
    }

    // ---- delete, undo, rename, re-import ------------------------------------------------------

    @Override
    public void delete(LibraryEntry e) {
        Messages m = window.messages();
        if (!dialogs.confirmDelete(owner(), e)) return;
        // Where to go after: the next row, else the previous, else whatever the library has left.
        List<LibraryEntry> rows = list.shown();
        int at = rows.indexOf(e);
        String next = at < 0 ? null : at + 1 < rows.size() ? rows.get(at + 1).id() : at > 0 ? rows.get(at - 1).id() : null;
        boolean wasOpen = e.id().equals(window.model().currentId());
        Deletion d;
        try {
            d = library.delete(e.id());
        } catch (StoreException ex) {
            toast.show(ex.getMessage(), null, null);
            return;
        }
        lastDeletion = d;
        deletedHere = true;
        list.refresh();
        if (wasOpen) {
            if (next != null) window.open(next);
            else window.model().openDefault(null);
        }
        follow();
        toast.show(m.format("library.deleted", LibraryPane.label(e, m)), m.get("library.undo"), this::undoDelete);
    }

    /** Puts the last deleted article back and opens it. */
    public void undoDelete() {
        Deletion d = lastDeletion;
        if (d == null) return;
        lastDeletion = null;
        try {
            library.undelete(d);
        } catch (StoreException ex) {
            toast.show(ex.getMessage(), null, null);
            return;
        }
        toast.hide();
        list.refresh();
        window.open(d.id());
        // The Undo button that had the focus is gone: give it back to the list, not the next field.
        pane.list().requestFocus();
    }

    @Override
    public void rename(LibraryEntry e) {
        if (!e.readable()) return;
        String title = dialogs.askTitle(owner(), e);
        if (title == null || title.strip().equals(e.title())) return;
        try {
            library.retitle(e.id(), title);
        } catch (StoreException ex) {
            toast.show(ex.getMessage(), null, null);
            return;
        }
        list.refresh();
        if (e.id().equals(window.model().currentId())) window.open(e.id());
        follow();
    }

    @Override
    public void reimport(LibraryEntry e) {
        if (e.readable()) imports.reimport(library, e);
    }

    @Override
    public void importFiles() {
        if (blocked()) return;
        List<Path> files = dialogs.chooseImports(owner(), library.root().getParent());
        if (!files.isEmpty()) importFiles(files);
    }

    /** Imports files (folders give the importable files inside them) on the background thread. */
    public void importFiles(List<Path> files) {
        if (blocked()) return;
        imports.importFiles(library, files);
    }

    // ---- helpers ------------------------------------------------------------------------------

    private Window owner() {
        return window.scene().getWindow();
    }

    /**
     * Deletions cannot be undone once the window is closed or another library opened: empty the trash.
     * A window that deleted nothing (e.g. the snapshot command) leaves another window's undo alone.
     */
    private void purgeTrash() {
        if (!deletedHere) return;
        deletedHere = false;
        try {
            library.purgeTrash();
        } catch (StoreException e) {
            System.err.println("gisa: " + e.getMessage());
        }
    }

    private void close() {
        purgeTrash();
    }
}
