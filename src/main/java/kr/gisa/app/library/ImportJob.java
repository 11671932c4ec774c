package kr.gisa.app.library;

import javafx.application.Platform;
import javafx.concurrent.Task;
import kr.gisa.core.parse.Duplicate;
import kr.gisa.core.parse.ImportListener;
import kr.gisa.core.parse.ImportResult;
import kr.gisa.core.parse.Importer;
import kr.gisa.core.store.Library;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * A batch import off the JavaFX thread: progress and the current file name for the progress bar,
 * and duplicate questions handed to the JavaFX thread (the import waits for the answer).
 */
final class ImportJob extends Task<List<ImportResult>> {

    private final Library library;
    private final List<Path> files;
    private final Function<Duplicate, LibraryDialogs.Answer> ask;
    /** Set when the user ticks "for the rest of this import". */
    private volatile Duplicate.Choice forAll;
    /** Set by the Cancel button: the batch stops before the next file (the one being read completes). */
    private volatile boolean stopRequested;

    /** @param ask asks about one duplicate; called on the JavaFX thread */
    ImportJob(Library library, List<Path> files, Function<Duplicate, LibraryDialogs.Answer> ask) {
        this.library = library;
        this.files = List.copyOf(files);
        this.ask = ask;
        updateProgress(0, Math.max(1, files.size()));
    }

    List<Path> files() {
        return files;
    }

    void requestStop() {
        stopRequested = true;
        updateMessage("…");
    }

    boolean stopRequested() {
        return stopRequested;
    }

    @Override
    protected List<ImportResult> call() {
        return new Importer(library).importAll(files, this::decide, new ImportListener() {
            @Override
            public void started(int index, int total, Path file) {
                updateMessage(file.getFileName().toString());
                updateProgress(index, total);
            }

            @Override
            public void finished(int index, int total, ImportResult result) {
                updateProgress(index + 1, total);
            }

            @Override
            public boolean cancelled() {
                return stopRequested;
            }
        });
    }

    private Duplicate.Choice decide(Duplicate d) {
        Duplicate.Choice remembered = forAll;
        if (remembered != null) return remembered;
        FutureTask<LibraryDialogs.Answer> question = new FutureTask<>(() -> ask.apply(d));
        Platform.runLater(question);
        LibraryDialogs.Answer a;
        try {
            a = question.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Duplicate.Choice.SKIP;
        } catch (ExecutionException e) {
            return Duplicate.Choice.SKIP; // keeping what is there is the safe answer
        }
        if (a == null) return Duplicate.Choice.SKIP;
        if (a.forAll()) forAll = a.choice();
        return a.choice();
    }

    /**
     * The files to import from what the user dropped or chose: folders give the pages, texts and
     * article.json files directly inside them (a saved page's {@code _files} folder is its images, not an article).
     */
    static List<Path> expand(List<Path> dropped) {
        List<Path> out = new ArrayList<>();
        for (Path p : dropped) {
            if (!Files.isDirectory(p)) {
                out.add(p);
                continue;
            }
            List<Path> inside = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(p, f -> Files.isRegularFile(f) && importable(f))) {
                ds.forEach(inside::add);
            } catch (IOException e) {
                out.add(p); // the importer reports the folder as refused, with its reason
                continue;
            }
            inside.sort(null);
            if (inside.isEmpty()) out.add(p);
            out.addAll(inside);
        }
        return out;
    }

    private static boolean importable(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return !n.startsWith(".") && (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".txt") || n.endsWith(".json"));
    }
}
