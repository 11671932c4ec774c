package kr.gisa.core.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits Korean news text into sentences, as character ranges of the input.
 *
 * <p>A sentence ends at {@code . ? !} (or a line break) followed by white space or the end, except:
 * inside a quotation ("…"라며 and "…"고 말했다 stay one sentence with their quote), in a number
 * (3.5%, 1.2배), after an abbreviation (Mr., U.S., Inc.) and at an ellipsis (… or ...), which in
 * Korean news marks a pause, not an end. A quotation that is never closed is ignored rather than
 * swallowing the rest of the paragraph.
 */
public final class SentenceSplitter {

    /** A sentence as the range [start, end) of the text it came from (trimmed). */
    public record Span(int start, int end) {
    }

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc", "inc", "co", "corp", "ltd",
            "no", "fig", "approx", "gov", "dept", "e.g", "i.e", "u.s", "u.k", "u.n", "a.m", "p.m", "jan", "feb",
            "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    private SentenceSplitter() {
    }

    public static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (Span s : split(text)) out.add(text.substring(s.start(), s.end()));
        return out;
    }

    public static List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        if (text == null || text.isEmpty()) return out;
        boolean[] quoted = quotedPositions(text);
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (!quoted[i]) {
                    add(out, text, start, i);
                    start = i + 1;
                }
                continue;
            }
            if (!isTerminal(c) || quoted[i]) continue;
            int end = i + 1;
            while (end < n && (isTerminal(text.charAt(end)) || isCloser(text.charAt(end)))) end++;
            if (end < n && !Character.isWhitespace(text.charAt(end)) && !startsNewKoreanSentence(text, i, end)) continue;
            if (c == '.' && (isEllipsis(text, i) || isNumberDot(text, i) || isAbbreviation(text, i))) continue;
            add(out, text, start, end);
            start = end;
            i = end - 1;
        }
        add(out, text, start, n);
        return out;
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '?' || c == '!' || c == '。' || c == '？' || c == '！';
    }

    private static boolean isCloser(char c) {
        return c == ')' || c == ']' || c == '’' || c == '”';
    }

    /** "했다.그리고" (a missing space after a final 다.) still ends a sentence. */
    private static boolean startsNewKoreanSentence(String t, int dot, int next) {
        return dot > 0 && t.charAt(dot) == '.' && isHangul(t.charAt(dot - 1)) && t.charAt(dot - 1) == '다'
                && next < t.length() && isHangul(t.charAt(next));
    }

    private static boolean isEllipsis(String t, int i) {
        return (i + 1 < t.length() && t.charAt(i + 1) == '.') || (i > 0 && t.charAt(i - 1) == '.');
    }

    private static boolean isNumberDot(String t, int i) {
        return i > 0 && i + 1 < t.length() && Character.isDigit(t.charAt(i - 1)) && Character.isDigit(t.charAt(i + 1));
    }

    private static boolean isAbbreviation(String t, int dot) {
        int s = dot;
        while (s > 0 && (Character.isLetter(t.charAt(s - 1)) || t.charAt(s - 1) == '.') && !isHangul(t.charAt(s - 1))) s--;
        if (s == dot) return false;
        String word = t.substring(s, dot).toLowerCase(java.util.Locale.ROOT);
        if (ABBREVIATIONS.contains(word)) return true;
        // A single capital (J. Kim) or dotted initials (U.S.A) are not sentence ends.
        return word.length() == 1 && Character.isUpperCase(t.charAt(s)) || word.matches("([a-z]\\.)+[a-z]");
    }

    static boolean isHangul(char c) {
        return c >= '\uAC00' && c <= '\uD7A3';
    }

    /**
     * Marks characters inside a quotation. Curly quotes pair by kind; straight double quotes pair in
     * order. An opener with no closer in the text marks nothing.
     */
    static boolean[] quotedPositions(String t) {
        boolean[] q = new boolean[t.length()];
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            char close = switch (c) {
                case '"' -> '"';
                case '“' -> '”';
                case '「' -> '」';
                case '『' -> '』';
                case '‘' -> '’';
                default -> 0;
            };
            if (close == 0) {
                i++;
                continue;
            }
            int j = t.indexOf(close, i + 1);
            if (j < 0) {
                i++;
                continue;
            }
            for (int k = i + 1; k < j; k++) q[k] = true;
            i = j + 1;
        }
        return q;
    }

    private static void add(List<Span> out, String t, int s, int e) {
        while (s < e && Character.isWhitespace(t.charAt(s))) s++;
        while (e > s && Character.isWhitespace(t.charAt(e - 1))) e--;
        if (e > s) out.add(new Span(s, e));
    }
}
