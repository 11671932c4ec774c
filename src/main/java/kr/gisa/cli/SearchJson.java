package kr.gisa.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kr.gisa.core.search.SearchHit;
import kr.gisa.core.search.SearchResult;
import kr.gisa.core.search.Span;

/**
 * One search result as one JSON line: {@code {"query":…,"total":…,"hits":[{"article","title","field",
 * "section","paragraph","score","text","spans":[[start,end]],"snippet"}]}}, plus "total_at_least" when
 * the total is a lower bound (over 1,000), "relaxed", and
 * "notes" / "error" when present. Section or paragraph is null where it does not apply (a title).
 */
final class SearchJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SearchJson() {
    }

    static String line(SearchResult r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("query", r.query());
        root.put("total", r.total());
        if (!r.totalExact()) root.put("total_at_least", true); // more than counted: "1000+"
        ArrayNode hits = root.putArray("hits");
        for (SearchHit h : r.hits()) {
            ObjectNode o = hits.addObject();
            o.put("article", h.article());
            o.put("title", h.title());
            o.put("field", h.field());
            putIndex(o, "section", h.section());
            putIndex(o, "paragraph", h.paragraph());
            o.put("score", Math.round(h.score() * 1000) / 1000.0);
            o.put("text", h.text());
            ArrayNode spans = o.putArray("spans");
            for (Span s : h.spans()) spans.addArray().add(s.start()).add(s.end());
            o.put("snippet", h.snippet());
        }
        if (r.relaxed()) root.put("relaxed", true);
        if (!r.notes().isEmpty()) {
            ArrayNode notes = root.putArray("notes");
            r.notes().forEach(notes::add);
        }
        if (r.error() != null) root.put("error", r.error());
        return root.toString();
    }

    private static void putIndex(ObjectNode o, String name, int value) {
        if (value < 0) o.putNull(name);
        else o.put(name, value);
    }
}
