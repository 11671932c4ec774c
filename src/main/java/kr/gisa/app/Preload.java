package kr.gisa.app;

import kr.gisa.core.model.Article;
import kr.gisa.core.model.Paragraph;
import kr.gisa.core.model.Photo;
import kr.gisa.core.model.Section;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Loads, on a second core, the classes the window will need while the JavaFX toolkit starts. About
 * 2,400 classes come from gisa.jar after the toolkit is up (Jackson, controls and skins, our own);
 * reading and defining them one by one on the FX thread was the largest part of a cold start.
 * JavaFX classes are only loaded, never initialised here, so none of their static initialisers runs off
 * the FX thread; Jackson, which is thread-safe, is warmed up by reading the settings and a tiny article.
 * The list ({@code preload.txt}) is what one start of the reader loaded; a name that no longer exists
 * is skipped, so a stale list costs speed, never correctness. Regenerate with {@code .ci/preload-list}.
 */
public final class Preload {

    static final String LIST = "/kr/gisa/app/preload.txt";

    private Preload() {
    }

    /** Starts the background loading (a daemon thread); returns at once. */
    public static void start() {
        Thread t = new Thread(Preload::run, "gisa-preload");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** A tiny article, made on the preload thread (a static field would be made on the main thread). */
    private static Article tiny() {
        return new Article("0", "t", List.of("s"), null, null, null, null, null, null,
                List.of(new Section("h", List.of(new Paragraph("p"), new Photo("c", "r", null)))));
    }

    private static void warmJackson(Article tiny) {
        try {
            kr.gisa.app.settings.SettingsStore.standard().load();
            kr.gisa.core.store.ArticleJson.read(kr.gisa.core.store.ArticleJson.write(tiny));
        } catch (kr.gisa.core.store.StoreException | RuntimeException e) {
            // only a warm-up: the window reports real problems itself
        }
    }

    /**
     * A record's first equals, hashCode or toString links its generated body (an invokedynamic
     * bootstrap, some 10 ms each on a cold JVM); the window compares settings and list entries while it
     * opens, so those are linked here.
     */
    private static void warmRecords(Article tiny) {
        for (Object r : new Object[]{kr.gisa.app.settings.Settings.defaults(), kr.gisa.app.library.LibraryEntry.unreadable("0", ""),
                new kr.gisa.app.reader.ReaderViewModel.Failed("", "", ""), // the state the window opens its article from
                new kr.gisa.app.reader.ReaderViewModel.Loaded(tiny, null)}) {
            r.equals(r.toString()); // Object's methods, dispatched to each record's generated body
            r.hashCode();
        }
    }

    /** Loads every listed class; returns how many loaded. */
    static int run() {
        Article tiny = tiny();
        warmJackson(tiny);
        warmRecords(tiny);
        // Building the Korean collation tables took 7 % of the FX thread's start; later calls clone the cached one.
        java.text.Collator.getInstance(java.util.Locale.KOREAN);
        ClassLoader loader = Preload.class.getClassLoader();
        int loaded = 0;
        try (InputStream in = Preload.class.getResourceAsStream(LIST)) {
            if (in == null) return 0;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String name; (name = r.readLine()) != null; ) {
                if (name.isBlank()) continue;
                try {
                    Class.forName(name.strip(), false, loader);
                    loaded++;
                } catch (ClassNotFoundException | LinkageError e) {
                    // gone since the list was made: only a little speed is lost
                }
            }
        } catch (IOException e) {
            // a damaged jar fails elsewhere, with a real message
        }
        return loaded;
    }
}
