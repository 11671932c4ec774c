package kr.gisa.app.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * UI strings from {@code kr/gisa/app/i18n/messages_*.properties} (UTF-8). Korean and English;
 * the system locale chooses unless the user picked one.
 */
public final class Messages {

    public static final List<Locale> SUPPORTED = List.of(Locale.KOREAN, Locale.ENGLISH);
    private static final String BUNDLE = "kr.gisa.app.i18n.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale) {
        this.locale = locale;
        // No fallback to the JVM default locale: "en" must mean English even on a Korean system.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Messages for a language tag ("ko", "en"); null or unsupported tags follow the system locale. */
    public static Messages forTag(String tag) {
        return new Messages(resolve(tag));
    }

    static Locale resolve(String tag) {
        Locale wanted = tag == null ? Locale.getDefault() : Locale.forLanguageTag(tag);
        for (Locale l : SUPPORTED) if (l.getLanguage().equals(wanted.getLanguage())) return l;
        return tag == null ? Locale.ENGLISH : resolve(null);
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key; // visible but harmless: a missing translation must not crash the window
        }
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    /**
     * A search's error line in this language: a query problem ({@link kr.gisa.core.search.QueryProblem})
     * by its own message; anything else (an index that cannot be read) as the core gives it.
     */
    public String queryError(String error) {
        kr.gisa.core.search.QueryProblem p = kr.gisa.core.search.QueryProblem.of(error);
        return p == null ? error : format("query.problem." + p.name(), p.argument(error));
    }

    /** A query's note (a repair, a word left out) in this language; another note as given. */
    public String queryNote(String note) {
        kr.gisa.core.search.QueryNote n = kr.gisa.core.search.QueryNote.of(note);
        return n == null ? note : format("query.note." + n.name(), n.argument(note));
    }
}
