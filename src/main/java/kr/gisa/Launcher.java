package kr.gisa;

import kr.gisa.cli.GisaCli;

/**
 * Entry point of {@code gisa.jar}. Not a JavaFX {@code Application}: a fat jar whose main class
 * extends Application fails with "JavaFX runtime components are missing" on the class path.
 * No arguments (or only window options) open the window; a subcommand runs headless.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (GisaCli.opensWindow(args)) {
            int code = ClassDataStart.run(Launcher.class.getName(), args); // the window in a JVM with class data
            if (code >= 0) System.exit(code);
            kr.gisa.app.Preload.start();
            kr.gisa.app.GisaApp.launchWindow(args);
            return;
        }
        System.exit(GisaCli.run(args));
    }
}
