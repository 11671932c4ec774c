package kr.gisa.app.library;

import kr.gisa.core.model.Article;
import kr.gisa.core.text.ReadingTime;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One row of the library pane. {@code error} is set (and the other fields mostly empty) when the
 * article's folder cannot be read: it is still listed, so the user sees it and the pane keeps working.
 *
 * @param date the published day when {@code published} names one, else null (sorted last, never filtered in)
 */
public record LibraryEntry(String id, String title, String publisher, String published, LocalDate date,
                           int minutes, String error) {

    /** 2024-05-01, 2024.05.01, 2024/5/1, 2024년 5월 1일, with anything around it (time, "입력"). */
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*[-./년]\\s*(\\d{1,2})\\s*[-./월]\\s*(\\d{1,2})");

    public static LibraryEntry of(Article a) {
        String publisher = a.publisher() == null ? "" : a.publisher().strip();
        return new LibraryEntry(a.id(), a.title().strip(), publisher, a.published(), parseDate(a.published()),
                ReadingTime.minutes(a), null);
    }

    public static LibraryEntry unreadable(String id, String error) {
        return new LibraryEntry(id, "", "", null, null, 0, error == null ? "unreadable" : error);
    }

    public boolean readable() {
        return error == null;
    }

    /** The day an article was published, from the free-form date the extractor kept; null when none. */
    public static LocalDate parseDate(String published) {
        if (published == null) return null;
        Matcher m = DATE.matcher(published);
        if (!m.find()) return null;
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
