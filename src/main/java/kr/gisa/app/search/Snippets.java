package kr.gisa.app.search;

import kr.gisa.app.reader.MarkedFlow;
import kr.gisa.core.search.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * A result's snippet: the words around the first hit, every hit inside marked exactly on the
 * characters the core matched (from its spans, not from brackets parsed back out of a string).
 */
final class Snippets {

    /** Characters of context kept on each side of the first hit. */
    static final int CONTEXT = 36;

    private Snippets() {
    }

    /** The window [from, to) of {@code text} shown for these spans. */
    static int[] window(String text, List<Span> spans) {
        if (spans.isEmpty()) return new int[]{0, Math.min(text.length(), 2 * CONTEXT)};
        int from = Math.max(0, spans.get(0).start() - CONTEXT);
        int to = Math.min(text.length(), Math.max(spans.get(0).end() + CONTEXT, from + 2 * CONTEXT));
        from = wordStart(text, from);
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) from--;
        if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) to++;
        return new int[]{from, to};
    }

    /** Moves a cut to the start of the word it falls in (at most a few characters), so words stay whole. */
    private static int wordStart(String text, int at) {
        for (int i = 0; i < 8; i++) {
            int p = at - i;
            if (p <= 0) return 0;
            if (Character.isWhitespace(text.charAt(p - 1))) return p;
        }
        return at;
    }

    /** The snippet as page-like text with the same markers as the reader. */
    static MarkedFlow flow(String text, List<Span> spans) {
        int[] w = window(text, spans);
        String head = w[0] > 0 ? "… " : "";
        String shown = head + text.substring(w[0], w[1]) + (w[1] < text.length() ? " …" : "");
        List<int[]> marks = new ArrayList<>();
        for (Span s : spans) {
            int a = Math.max(s.start(), w[0]);
            int b = Math.min(s.end(), w[1]);
            if (b > a) marks.add(new int[]{a - w[0] + head.length(), b - w[0] + head.length()});
        }
        MarkedFlow f = new MarkedFlow(shown, "snippet-text", "search-snippet");
        f.highlight(marks);
        return f;
    }
}
