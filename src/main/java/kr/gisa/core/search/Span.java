package kr.gisa.core.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A highlighted range [start, end) in UTF-16 units (Java string offsets) of a field's text. */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
    }

    /** Sorted, with overlapping or touching spans joined (삼성 + 전자 of 삼성전자 become one). */
    public static List<Span> merge(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        List<Span> out = new ArrayList<>();
        for (Span s : sorted) {
            if (s.end == s.start) continue;
            if (!out.isEmpty() && s.start <= out.get(out.size() - 1).end) {
                Span last = out.remove(out.size() - 1);
                out.add(new Span(last.start, Math.max(last.end, s.end)));
            } else {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }
}
