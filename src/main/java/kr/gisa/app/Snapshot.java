package kr.gisa.app;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import kr.gisa.app.archive.ArchiveOpener;
import kr.gisa.app.settings.Settings;

import java.awt.image.BufferedImage;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Renders the real reader window offscreen, with no display: JavaFX on Monocle's headless
 * platform and the software pipeline. The settings file is neither read nor written.
 */
public final class Snapshot {

    /** Frames to let pass before the picture: CSS, layout and the 2:1 figure frames settle in a few pulses. */
    private static final int SETTLE_FRAMES = 6;

    private Snapshot() {
    }

    /**
     * Starts the JavaFX toolkit headless, unless it already runs (then its platform is kept: tests
     * start it with the same properties). Must be called before any other JavaFX use in the process.
     */
    public static void startHeadless(int width, int height) {
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("prism.text", "t2k");
        setIfAbsent("java.awt.headless", "true");
        // The headless screen must hold the whole window, or it is clipped.
        setIfAbsent("headless.geometry", Math.max(width, 1280) + "x" + Math.max(height, 800) + "-32");
        // JavaFX warns that it runs from the class path (a fat jar must); nothing a user can act on.
        java.util.logging.Logger.getLogger("javafx").setLevel(java.util.logging.Level.SEVERE);
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        Platform.setImplicitExit(false);
        await(started);
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) System.setProperty(key, value);
    }

    /** The window as an image of {@code width × height} pixels. */
    public static BufferedImage render(WindowOptions options, Settings settings, int width, int height) {
        return render(options, settings, width, height, false);
    }

    /** The window, with the briefing preview open (Ctrl+B) when {@code brief} is set. */
    public static BufferedImage render(WindowOptions options, Settings settings, int width, int height,
                                       boolean brief) {
        return render(options, settings, width, height, brief, null);
    }

    /**
     * As above, with {@code find} (may be null) found in the article: hits highlighted, the first one
     * current.
     */
    public static BufferedImage render(WindowOptions options, Settings settings, int width, int height,
                                       boolean brief, String find) {
        return render(options, settings, width, height, brief, find, ArchiveOpener.standard());
    }

    /**
     * As above; with {@code options.archive()} set, the archive is opened with {@code opener} and the
     * picture waits until its list and article have arrived.
     */
    public static BufferedImage render(WindowOptions options, Settings settings, int width, int height,
                                       boolean brief, String find, ArchiveOpener opener) {
        startHeadless(width, height);
        CompletableFuture<WritableImage> shot = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                MainWindow window = new MainWindow(options, null, settings.withSize(width, height), opener);
                Stage stage = new Stage();
                window.attach(stage);
                stage.setWidth(width);
                stage.setHeight(height);
                stage.show();
                new AnimationTimer() {
                    int frames;
                    boolean prepared;

                    @Override
                    public void handle(long now) {
                        // An archive opens and loads in the background: brief and find on its article.
                        if (!window.archive().isSettled()) return;
                        if (!prepared) {
                            prepared = true;
                            if (brief) window.showBriefing();
                            if (find != null) window.search().findNow(find);
                        }
                        // The briefing renders on a background thread: count frames once it is done.
                        if (brief && !window.briefing().isSettled()) {
                            frames = 0;
                            return;
                        }
                        if (++frames < SETTLE_FRAMES) return;
                        stop();
                        try {
                            shot.complete(window.scene().snapshot(null));
                        } catch (RuntimeException e) {
                            shot.completeExceptionally(e);
                        } finally {
                            stage.hide();
                        }
                    }
                }.start();
            } catch (RuntimeException e) {
                shot.completeExceptionally(e);
            }
        });
        return toBufferedImage(await(shot));
    }

    /** Copies pixels through a PixelReader (javafx-swing is not a dependency). */
    public static BufferedImage toBufferedImage(WritableImage img) {
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        int[] argb = new int[w * h];
        img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        return out;
    }

    private static <T> T await(CompletableFuture<T> f) {
        try {
            return f.get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering");
        } catch (TimeoutException e) {
            throw new IllegalStateException("rendering timed out after 60 s");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            throw c instanceof RuntimeException r ? r : new IllegalStateException(String.valueOf(c), c);
        }
    }
}
