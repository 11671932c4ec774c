package kr.gisa.core.text;

import kr.gisa.core.model.Article;

/**
 * Korean-aware reading time. Korean is read by syllables, not words: adults read about 500 Hangul
 * syllables a minute for news text; Latin text is counted in words at 230 a minute. Digits and
 * punctuation are free.
 */
public final class ReadingTime {

    static final double HANGUL_PER_MINUTE = 500;
    static final double WORDS_PER_MINUTE = 230;

    private ReadingTime() {
    }

    /** Whole minutes, at least 1 for any non-empty article. */
    public static int minutes(Article a) {
        double m = minutes(PlainText.of(a));
        return m == 0 ? 0 : Math.max(1, (int) Math.round(m));
    }

    public static double minutes(String text) {
        long hangul = 0;
        long words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean isHangul = (c >= '\uAC00' && c <= '\uD7A3') || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
            if (isHangul) hangul++;
            boolean latin = Character.isLetter(c) && !isHangul;
            if (latin && !inWord) words++;
            inWord = latin;
        }
        return hangul / HANGUL_PER_MINUTE + words / WORDS_PER_MINUTE;
    }
}
