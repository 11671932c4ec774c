package kr.gisa.app.library;

import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.Window;
import kr.gisa.app.MainWindow;
import kr.gisa.app.i18n.Messages;
import kr.gisa.core.model.Article;
import kr.gisa.core.parse.ImportResult;
import kr.gisa.core.parse.Importer;
import kr.gisa.core.store.Library;
import kr.gisa.core.store.StoreException;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The library's background work: import batches and re-imports, one at a time on a daemon thread
 * (the {@link Importer} is not thread-safe), with the progress bar, the summary card afterwards,
 * and files dropped on the window.
 */
final class Imports {

    private static final PseudoClass DROP = PseudoClass.getPseudoClass("drop-target");

    private final MainWindow window;
    private final LibraryListModel list;
    private final LibraryPane pane;
    private final Toast toast;
    private final Supplier<LibraryDialogs> dialogs;
    private final Runnable follow;
    private final Label dropHint = new Label();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "gisa-import");
        t.setDaemon(true);
        return t;
    });
    /** Jobs submitted and not finished; only touched on the JavaFX thread. */
    private volatile int pending;
    private Task<?> running;
    private List<ImportResult> lastResults = List.of();

    Imports(MainWindow window, LibraryListModel list, LibraryPane pane, Toast toast,
            Supplier<LibraryDialogs> dialogs, Runnable follow) {
        this.window = window;
        this.list = list;
        this.pane = pane;
        this.toast = toast;
        this.dialogs = dialogs;
        this.follow = follow;
        dropHint.getStyleClass().add("drop-hint");
        dropHint.setMouseTransparent(true);
        dropHint.setVisible(false);
        dropHint.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
    }

    Label dropHint() {
        return dropHint;
    }

    boolean isBusy() {
        return pending > 0;
    }

    List<ImportResult> lastResults() {
        return lastResults;
    }

    /** Files dragged from the desktop onto the window are imported; a hint shows while they hover. */
    void acceptDrops(Scene scene, Consumer<List<Path>> importer) {
        scene.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles() && e.getGestureSource() == null) {
                e.acceptTransferModes(TransferMode.COPY);
                showDropHint(true);
                e.consume();
            }
        });
        scene.addEventHandler(DragEvent.DRAG_EXITED, e -> showDropHint(false));
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            showDropHint(false);
            if (!e.getDragboard().hasFiles()) return;
            List<Path> files = e.getDragboard().getFiles().stream().map(File::toPath).toList();
            e.setDropCompleted(true);
            e.consume();
            // After the drop gesture ends, so a duplicate question does not open inside it.
            Platform.runLater(() -> importer.accept(files));
        });
    }

    private void showDropHint(boolean on) {
        dropHint.setVisible(on);
        window.layers().pseudoClassStateChanged(DROP, on);
    }

    void importFiles(Library library, List<Path> chosen) {
        List<Path> files = ImportJob.expand(chosen);
        if (files.isEmpty()) return;
        ImportJob job = new ImportJob(library, files, d -> dialogs.get().askDuplicate(owner(), d));
        job.setOnSucceeded(e -> {
            finished(job);
            showResults(job.getValue(), files.size());
        });
        job.setOnFailed(e -> {
            finished(job);
            toast.show(window.messages().format("import.failed", String.valueOf(job.getException())), null, null);
        });
        submit(job);
    }

    void reimport(Library library, LibraryEntry e) {
        Messages m = window.messages();
        Task<Article> job = new Task<>() {
            @Override
            protected Article call() throws StoreException {
                updateProgress(0, 1);
                updateMessage(e.title());
                return new Importer(library).reimport(e.id());
            }
        };
        job.setOnSucceeded(ev -> {
            finished(job);
            Article a = job.getValue();
            toast.show(m.format("library.reimported", a.title(),
                    m.format("import.counts", a.sections().size(), a.paragraphs().size(), a.photos().size())), null, null);
        });
        job.setOnFailed(ev -> {
            finished(job);
            Throwable t = job.getException();
            toast.show(m.format("library.reimportFailed", t instanceof StoreException ? t.getMessage() : String.valueOf(t)),
                    null, null);
        });
        submit(job);
    }

    private void showResults(List<ImportResult> results, int asked) {
        lastResults = List.copyOf(results);
        list.refresh();
        results.stream().filter(r -> r.ok() && r.id() != null).findFirst().ifPresent(r -> {
            if (!r.id().equals(window.model().currentId())) window.open(r.id());
        });
        follow.run();
        window.showOverlay(ImportSummary.card(results, asked, window.messages(), id -> {
            window.closeOverlay();
            window.open(id);
        }));
    }

    private void submit(Task<?> job) {
        pending++;
        job.setOnRunning(e -> {
            running = job;
            pane.showProgress(job, job instanceof ImportJob batch ? batch::requestStop : null);
        });
        worker.submit(job);
    }

    private void finished(Task<?> job) {
        pending--;
        if (running == job) {
            running = null;
            pane.showProgress(null, null);
        }
    }

    private Window owner() {
        return window.scene().getWindow();
    }
}
