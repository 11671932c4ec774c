package kr.gisa.app.settings;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

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
 * @param archive     the shared archive open in the window (File → Open archive…), null = the library
 * @param recentArchives archive URLs opened before, newest first (at most {@link #MAX_RECENT})
 * @param archiveArticle id of the archive article last opened, null = the archive's newest
 * @param maximized   the window was maximised when it closed ({@code width} and {@code height} are its
 *                    size before, to return to)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Settings(String theme, double zoom, double width, double height, String locale, String lastArticle,
                       String library, String archive, List<String> recentArchives, String archiveArticle,
                       boolean maximized) {

    /** Archive URLs kept in the Open archive dialog. */
    public static final int MAX_RECENT = 8;

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
        archive = archive == null || archive.isBlank() ? null : archive.strip();
        archiveArticle = archiveArticle == null || archiveArticle.isBlank() ? null : archiveArticle;
        LinkedHashSet<String> recent = new LinkedHashSet<>();
        if (recentArchives != null) {
            for (String u : recentArchives) if (u != null && !u.isBlank() && recent.size() < MAX_RECENT) recent.add(u.strip());
        }
        recentArchives = List.copyOf(recent);
    }

    public Settings(String theme, double zoom, double width, double height, String locale, String lastArticle,
                    String library) {
        this(theme, zoom, width, height, locale, lastArticle, library, null, null, null, false);
    }

    /** Settings without a chosen library (as before the library pane). */
    public Settings(String theme, double zoom, double width, double height, String locale, String lastArticle) {
        this(theme, zoom, width, height, locale, lastArticle, null);
    }

    public static Settings defaults() {
        return new Settings(null, 1.0, DEFAULT_WIDTH, DEFAULT_HEIGHT, null, null);
    }

    public Settings withTheme(String t) {
        return new Settings(t, zoom, width, height, locale, lastArticle, library, archive, recentArchives, archiveArticle, maximized);
    }

    public Settings withZoom(double z) {
        return new Settings(theme, z, width, height, locale, lastArticle, library, archive, recentArchives, archiveArticle, maximized);
    }

    /**
     * The window maximised or not; {@code width} and {@code height} stay its size when not maximised,
     * which it returns to.
     */
    public Settings withMaximized(boolean m) {
        return new Settings(theme, zoom, width, height, locale, lastArticle, library, archive, recentArchives, archiveArticle, m);
    }

    public Settings withSize(double w, double h) {
        return new Settings(theme, zoom, w, h, locale, lastArticle, library, archive, recentArchives, archiveArticle, maximized);
    }

    public Settings withLocale(String l) {
        return new Settings(theme, zoom, width, height, l, lastArticle, library, archive, recentArchives, archiveArticle, maximized);
    }

    public Settings withLastArticle(String id) {
        return new Settings(theme, zoom, width, height, locale, id, library, archive, recentArchives, archiveArticle, maximized);
    }

    /** The library folder chosen; the window is on the library again, so no archive is reopened. */
    public Settings withLibrary(String folder) {
        return new Settings(theme, zoom, width, height, locale, lastArticle, folder, null, recentArchives, null, maximized);
    }

    /**
     * The archive opened (it is reopened at the next start) and first among the recent ones; the
     * article last read is forgotten when it is another archive.
     */
    public Settings withArchive(String url) {
        List<String> recent = new ArrayList<>();
        recent.add(url);
        recent.addAll(recentArchives);
        String article = url.strip().equals(archive) ? archiveArticle : null;
        return new Settings(theme, zoom, width, height, locale, lastArticle, library, url, recent, article, maximized);
    }

    /** Back to the library: no archive is reopened at the next start (the recent ones are kept). */
    public Settings withoutArchive() {
        return new Settings(theme, zoom, width, height, locale, lastArticle, library, null, recentArchives, null, maximized);
    }

    public Settings withArchiveArticle(String id) {
        return new Settings(theme, zoom, width, height, locale, lastArticle, library, archive, recentArchives, id, maximized);
    }
}
