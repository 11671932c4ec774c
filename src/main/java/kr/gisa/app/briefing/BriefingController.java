package kr.gisa.app.briefing;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Window;
import kr.gisa.app.i18n.Messages;
import kr.gisa.app.reader.ReaderViewModel;
import kr.gisa.core.brief.BriefingOptions;
import kr.gisa.core.brief.export.BriefingExporter;
import kr.gisa.core.model.Article;
import kr.gisa.core.store.StoreException;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The briefing of the article in the reader: its options, the preview, export and print.
 *
 * <p>All slow work runs on one background thread, in order. Every change of the options or of the
 * view's size starts a render with a new generation number; a render that is no longer the newest
 * is skipped before it starts and its result dropped if it finishes late, so the preview always
 * ends on the newest choices. Export and print queue behind the renders and use the same
 * document, so the file written is the page shown.
 */
public final class BriefingController {

    /** Print resolution: sharp text on paper, about 35 MB of pixels for an A4 page. */
    static final float PRINT_DPI = 300f;

    private final ReaderViewModel model;
    private final Supplier<Messages> messages;
    private final Runnable closer;
    private final Supplier<Scene> scene;
    private final BriefingRenderer renderer = new BriefingRenderer();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "gisa-briefing");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong generation = new AtomicLong();
    private SystemDialogs dialogs;
    private BriefingOptions options = BriefingOptions.defaults();
    private ExportFormat lastFormat = ExportFormat.PDF;
    private BriefingPane pane;
    private Messages paneMessages;
    private BriefingRenderer.Page shown;
    private int pendingTasks;

    /**
     * @param closer closes the briefing (the window's overlay)
     * @param scene the window's scene, for sizing the card and owning the dialogs
     */
    public BriefingController(ReaderViewModel model, Supplier<Messages> messages, SystemDialogs dialogs,
                              Runnable closer, Supplier<Scene> scene) {
        this.model = model;
        this.messages = messages;
        this.dialogs = dialogs;
        this.closer = closer;
        this.scene = scene;
        model.stateProperty().addListener((o, a, s) -> {
            if (isShowing()) refresh();
        });
    }

    // ---- the hooks the window uses --------------------------------------------------------

    /** The card to show; rebuilt when the language changed. */
    public Node node() {
        Messages m = messages.get();
        if (pane == null || paneMessages != m) {
            pane = new BriefingPane(m, this, scene.get());
            paneMessages = m;
            if (shown != null) pane.showPage(shown.image(), shown.document().pages());
        }
        return pane;
    }

    /** Called once the card is on screen: renders for the current article. */
    public void opened() {
        refresh();
    }

    public boolean isShowing() {
        return pane != null && pane.getParent() != null && pane.getParent().isVisible();
    }

    /**
     * Focuses the briefing on a query (the window's current search): sentences matching it rank
     * higher and their words are marked. Null or blank removes the focus.
     */
    public void setFocusQuery(String query) {
        setOptions(options.withQuery(query));
        if (pane != null) pane.setFocusText(options.query());
    }

    public BriefingOptions options() {
        return options;
    }

    public void setOptions(BriefingOptions next) {
        if (next.equals(options)) return;
        options = next;
        if (isShowing()) refresh();
    }

    /** Replaces the save dialog and printer (tests: a fixed file, a fake printer). */
    public void setDialogs(SystemDialogs dialogs) {
        this.dialogs = dialogs;
    }

    void close() {
        closer.run();
    }

    /** True while a render, export or print is under way. */
    public boolean isBusy() {
        return pendingTasks > 0;
    }

    /** True when nothing is under way or waiting: the preview shows the latest choices at its size. */
    public boolean isSettled() {
        return !isBusy() && (pane == null || !pane.isResizePending());
    }

    /** What the preview shows, or null. */
    BriefingRenderer.Page shownPage() {
        return shown;
    }

    /** The one-line outcome shown under the choices (export, print), or null. */
    public String status() {
        return pane == null ? null : pane.statusText();
    }

    // ---- rendering ------------------------------------------------------------------------

    private Article article() {
        return model.state() instanceof ReaderViewModel.Loaded l ? l.article() : null;
    }

    /** Renders for the current article and options, at the size the page is shown. */
    void refresh() {
        if (pane == null) return;
        Article a = article();
        long gen = generation.incrementAndGet();
        pane.showArticleTitle(a == null ? null : a.title());
        if (a == null) {
            shown = null;
            pane.showDeskMessage(messages.get().get("brief.noArticle"));
            pane.setActionsEnabled(false);
            return;
        }
        pane.setActionsEnabled(true);
        BriefingOptions o = options;
        BriefingPane p = pane;
        BriefingRenderer.Document last = shown == null ? null : shown.document();
        int width = last == null ? p.targetPixelWidth(595, 842) : p.targetPixelWidth(last.pageWidthPt(), last.pageHeightPt());
        setBusy(true);
        submit(() -> {
            if (gen != generation.get()) return null; // a newer choice is queued: skip this one
            BriefingRenderer.Document d = renderer.document(a, model.library(), o);
            if (gen != generation.get()) return null;
            return BriefingRenderer.page(d, width);
        }, page -> {
            if (gen != generation.get() || page == null) return;
            shown = page;
            p.showPage(page.image(), page.document().pages());
            setBusy(false);
        }, error -> {
            if (gen != generation.get()) return;
            shown = null;
            p.showDeskMessage(messages.get().format("brief.failed", error));
            setBusy(false);
        });
    }

    /** The view's size changed: rasterise again at the new size (the briefing itself is kept). */
    void viewChanged() {
        if (isShowing()) refresh();
    }

    private void setBusy(boolean b) {
        if (pane != null) pane.setBusy(b);
    }

    // ---- export and print -----------------------------------------------------------------

    /** Asks where, then writes the briefing shown in the chosen format. */
    public void export() {
        Article a = article();
        Messages m = messages.get();
        if (a == null) {
            status(m.get("brief.noArticle"), true);
            return;
        }
        SystemDialogs.Target target = dialogs.chooseExportTarget(owner(), suggestedName(a), lastFormat);
        if (target == null) return;
        // A name with a known extension keeps it; any other gets the chosen filter's.
        Path file = ExportFormat.withExtension(target.file(), target.format() != null ? target.format() : lastFormat);
        ExportFormat format = ExportFormat.ofFile(file);
        lastFormat = format;
        exportTo(a, options, file, format);
    }

    private void exportTo(Article a, BriefingOptions o, Path file, ExportFormat format) {
        Messages m = messages.get();
        status(m.get("brief.saving"), false);
        submit(() -> {
            BriefingRenderer.Document d = renderer.document(a, model.library(), o);
            exporter(format, d).write(d.briefing(), file);
            return file.toAbsolutePath();
        }, path -> status(m.format("brief.saved", path.toString()), false),
                error -> status(m.format("brief.exportFailed", error), true));
    }

    /** The PDF is the very bytes the preview was rasterised from; the other formats use the same briefing. */
    private static BriefingExporter exporter(ExportFormat format, BriefingRenderer.Document d) {
        if (format != ExportFormat.PDF) return format.exporter();
        return new BriefingExporter() {
            @Override
            public void write(kr.gisa.core.brief.Briefing briefing, OutputStream out) throws IOException {
                out.write(d.pdf());
            }

            @Override
            public String extension() {
                return "pdf";
            }
        };
    }

    /** Prints the page shown, at print resolution, through the system's printer dialog. */
    public void print() {
        Article a = article();
        Messages m = messages.get();
        if (a == null) {
            status(m.get("brief.noArticle"), true);
            return;
        }
        BriefingOptions o = options;
        status(m.get("brief.printing"), false);
        submit(() -> {
            BriefingRenderer.Document d = renderer.document(a, model.library(), o);
            return new BriefingRenderer.Page(d, BriefingRenderer.toFx(BriefingRenderer.rasterise(d.pdf(), PRINT_DPI)));
        }, page -> {
            SystemDialogs.PrintResult r = dialogs.print(owner(), page.image(), page.document().pageWidthPt(),
                    suggestedName(a));
            switch (r.outcome()) {
                case PRINTED -> status(m.get("brief.printed"), false);
                case CANCELLED -> status(null, false);
                case NO_PRINTER -> status(m.get("brief.noPrinter"), true);
                case FAILED -> status(m.format("brief.printFailed", r.detail()), true);
            }
        }, error -> status(m.format("brief.printFailed", error), true));
    }

    private void status(String text, boolean error) {
        node();
        pane.showStatus(text, error);
    }

    private Window owner() {
        Scene s = scene.get();
        return s == null ? null : s.getWindow();
    }

    /** A file name from the title: readable, without characters file systems refuse. */
    static String suggestedName(Article a) {
        String t = a.title() == null ? "" : a.title().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ")
                .replaceAll("\\s+", " ").strip();
        if (t.length() > 40) {
            int cut = t.lastIndexOf(' ', 40);
            t = t.substring(0, cut > 20 ? cut : 40).strip();
        }
        return (t.isEmpty() ? a.id() : t) + " - briefing";
    }

    // ---- the worker -----------------------------------------------------------------------

    private interface Work<T> {
        T run() throws Exception;
    }

    /**
     * Runs {@code work} on the worker, then {@code done} (or {@code failed} with a one-line reason)
     * on the FX thread.
     */
    private <T> void submit(Work<T> work, java.util.function.Consumer<T> done,
                            java.util.function.Consumer<String> failed) {
        pendingTasks++;
        worker.execute(() -> {
            T result = null;
            String error = null;
            try {
                result = work.run();
            } catch (StoreException e) {
                error = e.getMessage();
            } catch (Exception | OutOfMemoryError e) {
                error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
            T r = result;
            String err = error;
            Platform.runLater(() -> {
                pendingTasks--;
                if (err != null) failed.accept(err);
                else done.accept(r);
            });
        });
    }
}
