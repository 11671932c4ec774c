package kr.gisa.app;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;
import java.time.Instant;

/**
 * Child-JVM probe for the {@code bench} command's cold start: from the start of this JVM's process to
 * the first painted frame. {@code reader [--library DIR] [--article ID]} opens the reader window the
 * way {@link GisaApp#start} does; {@code label} shows a bare JavaFX window with one Label, measured the
 * same way. Both launch through {@link Application#launch}; "painted" is the second animation pulse
 * after {@code show()}: the first pulse lays out and renders the scene, the second starts only after
 * that frame was rendered. Prints {@code cold_start_ms=…} (the reader: also {@code complete_ms=…},
 * when the menus and sidebar that follow the article are painted too) and exits.
 */
public final class ColdStartProbe {

    private ColdStartProbe() {
    }

    public static void main(String[] args) {
        String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        if (args[0].equals("label")) {
            java.util.logging.Logger.getLogger("javafx").setLevel(java.util.logging.Level.SEVERE);
            Application.launch(LabelWindow.class, rest);
        } else {
            int code = kr.gisa.ClassDataStart.run(ColdStartProbe.class.getName(), args); // as Launcher does
            if (code >= 0) System.exit(code);
            java.util.logging.Logger.getLogger("javafx").setLevel(java.util.logging.Level.SEVERE); // as GisaApp does
            if (!Boolean.getBoolean("gisa.noPreload")) Preload.start(); // as Launcher does for the window
            Application.launch(ReaderWindow.class, rest);
        }
    }

    /** Milliseconds since this process was launched ({@code gisa.launchedAt}, else the OS's start time, else the JVM's). */
    static long sinceStart() {
        // Given by the bench, which knows when it launched this JVM: Linux reports a process's start
        // relative to a boot time counted in whole seconds, up to a second early.
        long start = Long.getLong("gisa.launchedAt", ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli)
                .orElse(ManagementFactory.getRuntimeMXBean().getStartTime()));
        return System.currentTimeMillis() - start;
    }

    /**
     * Runs {@code then} at the start of the {@code n}th pulse from now: the scene as it is now has been
     * painted by the second pulse after {@code show()} (the first lays out and renders it), or by the
     * next one when called within a pulse's animation phase.
     */
    static void afterPainted(int n, java.util.function.LongConsumer then) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses < n) return;
                stop();
                // When this pulse began: other handlers of the pulse (the window's own) may run before this one.
                then.accept(sinceStart() - (System.nanoTime() - now) / 1_000_000);
            }
        }.start();
    }

    private static void report(Stage stage) {
        System.out.println("jvm_uptime_ms=" + ManagementFactory.getRuntimeMXBean().getUptime());
        // CPU time of the FX thread: a figure that other load on a shared machine barely moves.
        System.out.println("fx_thread_cpu_ms=" + ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000);
        System.out.flush();
        stage.hide();
        Platform.exit();
    }

    /** The reader window, as the app opens it. */
    public static final class ReaderWindow extends Application {
        @Override
        public void start(Stage stage) {
            MainWindow window = GisaApp.open(stage, getParameters().getRaw());
            if (window.reader().article() == null) {
                System.err.println("no article shown");
                Platform.exit();
                return;
            }
            // The article is painted first, the menus and sidebar a frame later: both are reported.
            afterPainted(2, painted -> {
                System.out.println("cold_start_ms=" + painted);
                // Called within a pulse: the one after it begins once this pulse's frame is drawn.
                Runnable complete = () -> afterPainted(1, whole -> {
                    System.out.println("complete_ms=" + whole);
                    report(stage);
                });
                if (window.chromeShownProperty().get()) complete.run();
                else window.chromeShownProperty().addListener((o, a, shown) -> complete.run());
            });
        }
    }

    /** A bare JavaFX window with one Label, the baseline. */
    public static final class LabelWindow extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("Gisa")), 1280, 900));
            stage.setTitle("Gisa");
            stage.show();
            afterPainted(2, painted -> {
                System.out.println("cold_start_ms=" + painted);
                report(stage);
            });
        }
    }
}
