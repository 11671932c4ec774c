package kr.gisa.app.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

import java.net.URL;
import java.util.Locale;

/**
 * The reader themes. Each is an AtlantaFX base (controls) plus two of our style sheets from
 * {@code styles/} on the class path: the shared {@code reader.css} (layout, typography) and the
 * theme's palette ({@code light.css}, {@code dark.css}, {@code sepia.css}).
 */
public enum Theme {
    LIGHT(false), DARK(true), SEPIA(false);

    private static final String READER_CSS = "/styles/reader.css";

    private final boolean dark;

    Theme(boolean dark) {
        this.dark = dark;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isDark() {
        return dark;
    }

    /** The theme for a settings value; unknown values give LIGHT. */
    public static Theme of(String id) {
        if (id != null) {
            for (Theme t : values()) if (t.id().equalsIgnoreCase(id.strip())) return t;
        }
        return LIGHT;
    }

    /** Applies the theme: the AtlantaFX user-agent sheet (process-wide) and our sheets on the scene. */
    public void apply(Scene scene) {
        useUserAgentSheet();
        scene.getStylesheets().setAll(css(READER_CSS), css("/styles/" + id() + ".css"));
    }

    /**
     * Makes this theme's AtlantaFX sheet the process-wide user-agent sheet, if it is not already.
     * Called before the window makes its first control: the first control otherwise loads JavaFX's own
     * Modena sheet, which the theme then replaces (30 ms of every start for nothing).
     */
    public void useUserAgentSheet() {
        // The binary form: parsing the 170 kB CSS costs a few hundred ms of every start.
        String sheet = dark ? new PrimerDark().getUserAgentStylesheetBSS() : new PrimerLight().getUserAgentStylesheetBSS();
        if (!sheet.equals(Application.getUserAgentStylesheet())) Application.setUserAgentStylesheet(sheet);
    }

    private static String css(String path) {
        URL url = Theme.class.getResource(path);
        if (url == null) throw new IllegalStateException("style sheet " + path + " missing from the class path");
        return url.toExternalForm();
    }
}
