package kr.gisa.app.theme;

import javafx.scene.text.Font;

import java.io.IOException;
import java.io.InputStream;

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
        try (InputStream in = Fonts.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("bundled font " + path + " missing from the class path");
            Font f = Font.loadFont(in, 12);
            if (f == null) throw new IllegalStateException("JavaFX could not load the bundled font " + path);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundled font " + path + ": " + e.getMessage(), e);
        }
    }
}
