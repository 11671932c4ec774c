package kr.gisa.app.theme;

import javafx.scene.text.Font;

import kr.gisa.core.search.IndexLocation;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The bundled Korean font (Noto Sans KR, SIL OFL 1.1). A fresh machine often has no Hangul font
 * at all, so the window never relies on system fonts. The PDF briefing reads the same TTF files
 * from these class-path locations; keep them stable.
 */
public final class Fonts {

    public static final String REGULAR = "/kr/gisa/fonts/NotoSansKR-Regular.ttf";
    public static final String BOLD = "/kr/gisa/fonts/NotoSansKR-Bold.ttf";
    /** The family name inside both TTF files, as used in reader.css. */
    public static final String FAMILY = "Noto Sans KR";

    private static volatile boolean loaded;

    private Fonts() {
    }

    /** Registers both weights with JavaFX once; must run before the scene's CSS is applied. */
    public static synchronized void load() {
        if (loaded) return;
        load(REGULAR);
        load(BOLD);
        loaded = true;
    }

    private static void load(String path) {
        URL url = Fonts.class.getResource(path);
        if (url == null) throw new IllegalStateException("bundled font " + path + " missing from the class path");
        String file = fileUrl(url, path);
        if (file != null && Font.loadFont(file, 12) != null) return;
        try (InputStream in = url.openStream()) {
            Font f = Font.loadFont(in, 12);
            if (f == null) throw new IllegalStateException("JavaFX could not load the bundled font " + path);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundled font " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * A file: URL of the font, or null. JavaFX loads a font from a stream by first copying it to a
     * temporary file (6 MB per weight, 80 ms of the FX thread at every start); from a file it reads it
     * in place. So a font inside the jar is copied once to the cache folder, named by its size and
     * time in the jar, and loaded from there afterwards; one already in a folder is used where it is.
     */
    static String fileUrl(URL url, String path) {
        try {
            if (url.getProtocol().equals("file")) return url.toString();
            URLConnection c = url.openConnection();
            c.setUseCaches(false);
            String name = path.substring(path.lastIndexOf('/') + 1);
            Path cached = IndexLocation.cacheRoot().resolve("fonts")
                    .resolve(name.replace(".ttf", "-" + c.getContentLengthLong() + "-" + c.getLastModified() + ".ttf"));
            if (!Files.isRegularFile(cached) || Files.size(cached) != c.getContentLengthLong()) {
                Files.createDirectories(cached.getParent());
                Path tmp = Files.createTempFile(cached.getParent(), name, ".tmp");
                try (InputStream in = c.getInputStream()) {
                    Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(tmp, cached, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(tmp);
                }
            }
            return cached.toUri().toString();
        } catch (IOException | RuntimeException e) {
            return null; // an unwritable cache: load from the jar as before
        }
    }
}
