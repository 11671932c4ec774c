package kr.gisa.app.settings;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the window remembers between runs. Immutable; every field has a sane default so a
 * settings file from an older or newer Gisa (missing or extra fields) still loads.
 *
 * @param theme       "light", "dark" or "sepia"
 * @param zoom        reader text scale, 1.0 = 100 %
 * @param width       window width in pixels
 * @param height      window height in pixels
 * @param locale      UI language tag ("ko", "en"), null = follow the system
 * @param lastArticle id of the article last opened, null = none yet
 * @param library     the library folder chosen in the window (File → Open library…), null = default
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Settings(String theme, double zoom, double width, double height, String locale, String lastArticle,
                       String library) {

    public static final double MIN_ZOOM = 0.6;
    public static final double MAX_ZOOM = 2.5;
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 900;

    public Settings {
        theme = theme == null || theme.isBlank() ? "light" : theme;
        zoom = Double.isFinite(zoom) && zoom > 0 ? Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom)) : 1.0;
        width = Double.isFinite(width) && width >= 400 ? Math.min(width, 10_000) : DEFAULT_WIDTH;
        height = Double.isFinite(height) && height >= 300 ? Math.min(height, 10_000) : DEFAULT_HEIGHT;
        locale = locale == null || locale.isBlank() ? null : locale;
        lastArticle = lastArticle == null || lastArticle.isBlank() ? null : lastArticle;
        library = library == null || library.isBlank() ? null : library;
    }

    /** Settings without a chosen library (as before the library pane). */
    public Settings(String theme, double zoom, double width, double height, String locale, String lastArticle) {
        this(theme, zoom, width, height, locale, lastArticle, null);
    }

    public static Settings defaults() {
        return new Settings(null, 1.0, DEFAULT_WIDTH, DEFAULT_HEIGHT, null, null);
    }

    public Settings withTheme(String t) {
        return new Settings(t, zoom, width, height, locale, lastArticle, library);
    }

    public Settings withZoom(double z) {
        return new Settings(theme, z, width, height, locale, lastArticle, library);
    }

    public Settings withSize(double w, double h) {
        return new Settings(theme, zoom, w, h, locale, lastArticle, library);
    }

    public Settings withLocale(String l) {
        return new Settings(theme, zoom, width, height, l, lastArticle, library);
    }

    public Settings withLastArticle(String id) {
        return new Settings(theme, zoom, width, height, locale, id, library);
    }

    public Settings withLibrary(String folder) {
        return new Settings(theme, zoom, width, height, locale, lastArticle, folder);
    }
}
