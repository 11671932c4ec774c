package kr.gisa.core.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Highlight spans straight from the index's matches (Lucene's Matches API over offsets stored in the
 * postings): what is highlighted is exactly what the query matched, character for character.
 * Morphological matches win; bigram matches are used only where no morphological match exists.
 */
final class Highlights {

    private final IndexSearcher searcher;
    private final Weight weight;

    Highlights(IndexSearcher searcher, Query highlight) throws IOException {
        this.searcher = searcher;
        this.weight = searcher.createWeight(searcher.rewrite(highlight), ScoreMode.COMPLETE_NO_SCORES, 1f);
    }

    /** The spans in document {@code doc}'s text; {@code kind} says which filter field mirrors that text. */
    List<Span> spans(int doc, String kind) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        Matches matches = weight.matches(leaf, doc - leaf.docBase);
        if (matches == null) return List.of();
        List<Span> spans = new ArrayList<>();
        collect(matches.getMatches(Fields.TEXT), spans);
        String own = Fields.ownField(kind);
        if (own != null) collect(matches.getMatches(own), spans);
        if (spans.isEmpty()) collect(matches.getMatches(Fields.BIGRAM), spans);
        return Span.merge(spans);
    }

    private static void collect(MatchesIterator it, List<Span> out) throws IOException {
        if (it == null) return;
        while (it.next()) {
            int start = it.startOffset();
            int end = it.endOffset();
            if (start >= 0 && end > start) out.add(new Span(start, end));
        }
    }

    /** "… 적기에 [공급]하겠다고 …": the text around the first span, every span in it marked. */
    static String snippet(String text, List<Span> spans, int context) {
        if (spans.isEmpty()) {
            return text.length() <= 2 * context ? text : text.substring(0, cut(text, 2 * context, true)) + " …";
        }
        int from = spans.get(0).start() - context;
        int to = spans.get(0).end() + context;
        from = from <= 0 ? 0 : cut(text, from, false);
        to = to >= text.length() ? text.length() : cut(text, to, true);
        StringBuilder sb = new StringBuilder();
        if (from > 0) sb.append("… ");
        int at = from;
        for (Span s : spans) {
            if (s.start() < from || s.end() > to) continue;
            sb.append(text, at, s.start()).append('[').append(text, s.start(), s.end()).append(']');
            at = s.end();
        }
        sb.append(text, at, to);
        if (to < text.length()) sb.append(" …");
        return sb.toString();
    }

    /** Moves a cut point to a space nearby so words stay whole (forward: the end; backward: the start). */
    private static int cut(String text, int at, boolean end) {
        int limit = 12;
        for (int i = 0; i < limit; i++) {
            int p = end ? at + i : at - i;
            if (p <= 0 || p >= text.length()) return Math.max(0, Math.min(text.length(), p));
            if (Character.isWhitespace(text.charAt(p))) return end ? p : p + 1;
        }
        if (Character.isLowSurrogate(text.charAt(at))) at--;
        return at;
    }
}
