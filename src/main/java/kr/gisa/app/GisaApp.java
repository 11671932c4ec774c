package kr.gisa.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import kr.gisa.app.settings.SettingsStore;

import java.util.Locale;

/** The reader window as a desktop application. Started by {@link kr.gisa.Launcher}. */
public final class GisaApp extends Application {

    /** Opens the window; bad options or a missing display end with one line on stderr and exit code 1. */
    public static void launchWindow(String[] args) {
        try {
            WindowOptions.parse(args);
        } catch (IllegalArgumentException e) {
            fail(e.getMessage());
        }
        String noDisplay = missingDisplay();
        if (noDisplay != null) fail(noDisplay);
        java.util.logging.Logger.getLogger("javafx").setLevel(java.util.logging.Level.SEVERE);
        try {
            Application.launch(GisaApp.class, args);
        } catch (RuntimeException e) {
            // e.g. "Unable to load glass GTK library" on a machine without GTK 3.
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            fail("cannot open the window: " + why + (why.contains("GTK")
                    ? " (install GTK 3, e.g. apt-get install libgtk-3-0)" : ""));
        }
    }

    /** Why no window can open here, or null. Monocle (glass.platform) needs no display. */
    static String missingDisplay() {
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        if (!linux || System.getProperty("glass.platform") != null) return null;
        if (notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"))) return null;
        return "no display to open the window on (DISPLAY is not set); "
                + "to render the reader headless use: gisa snapshot --out reader.png";
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static void fail(String message) {
        System.err.println("gisa: " + message);
        System.exit(1);
    }

    /**
     * Opens the reader window on {@code stage} as the app does at start-up (the cold-start probe
     * measures exactly this path).
     */
    static MainWindow open(Stage stage, java.util.List<String> args) {
        WindowOptions options = WindowOptions.parse(args.toArray(String[]::new));
        SettingsStore store = SettingsStore.standard();
        MainWindow window = MainWindow.forStart(options, store, store.load());
        window.attach(stage);
        stage.show();
        window.reader().scrollPane().requestFocus();
        return window;
    }

    @Override
    public void start(Stage stage) {
        try {
            open(stage, getParameters().getRaw());
        } catch (RuntimeException e) {
            // Only a broken installation gets here (e.g. a missing bundled font): say it in one line.
            System.err.println("gisa: cannot open the window: " + e.getMessage());
            if (Boolean.getBoolean("gisa.debug")) e.printStackTrace();
            Platform.exit();
        }
    }
}
