package kr.gisa.core.archive;

import kr.gisa.core.search.ArticleUnits;
import kr.gisa.core.search.QueryProblem;
import kr.gisa.core.search.SearchHit;
import kr.gisa.core.search.SearchMode;
import kr.gisa.core.search.SearchPlan;
import kr.gisa.core.search.SearchResult;
import kr.gisa.core.search.Span;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.ModifiableSolrParams;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A query against the archive by the contract's protocol: the server compiles the same four queries
 * as the embedded index ({@code {!gisa part=…}}), the unified highlighter marks the matches from the
 * postings offsets, and the hits become the same {@link SearchResult} the embedded index gives.
 */
final class SolrSearch {

    static final char PRE = '\uE000';
    static final char POST = '\uE001';
    private static final String FIELDS = "key,id,kind,title,section_no,paragraph_no,text,score";
    private static final String HL_FIELDS = "text,title,section,caption,bigram";

    private SolrSearch() {
    }

    static SearchResult run(SolrConnection c, SearchPlan plan, int limit, SearchMode mode, List<String> archiveNotes) {
        if (plan.error() != null) return plan.failed(archiveNotes, plan.error());
        List<String> notes = new ArrayList<>(archiveNotes);
        notes.addAll(plan.notes());
        int rows = SearchPlan.rows(limit);
        try {
            boolean relaxed = mode == SearchMode.RELAXED && plan.relaxes(mode, 0, rows);
            QueryResponse r = query(c, plan.query(), relaxed, rows);
            if (!relaxed && plan.relaxes(mode, r.getResults().getNumFound(), rows)) {
                relaxed = true;
                r = query(c, plan.query(), true, rows);
            }
            if (relaxed) notes.add(SearchPlan.RELAXED_NOTE);
            SolrDocumentList docs = r.getResults();
            Map<String, Map<String, List<String>>> hl = r.getHighlighting();
            List<SearchHit> hits = new ArrayList<>();
            for (SolrDocument d : docs) hits.add(hit(d, hl == null ? null : hl.get((String) d.getFieldValue(SolrDocs.KEY))));
            boolean exact = docs.getNumFoundExact() == null || docs.getNumFoundExact();
            // Past the exact count each shard gives its own lower bound; the sum means nothing more than "1000+".
            long total = exact ? docs.getNumFound() : Math.min(docs.getNumFound(), SearchPlan.countUpTo());
            return new SearchResult(plan.query(), total, exact, hits, relaxed, notes, null);
        } catch (SolrServerException | IOException | SolrException e) {
            String reason = SolrErrors.reason(e);
            if (reason.contains("maxClauseCount") || reason.contains("too many clauses") || reason.contains("TooManyClauses")) {
                return plan.failed(archiveNotes, QueryProblem.TOO_COMPLEX.text());
            }
            return plan.failed(archiveNotes, c.failure("searching", e).getMessage());
        }
    }

    private static QueryResponse query(SolrConnection c, String query, boolean relaxed, int rows)
            throws SolrServerException, IOException {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", "{!gisa part=" + (relaxed ? "relaxed" : "strict") + " v=$gq}");
        p.set("gq", query);
        p.set("fl", FIELDS);
        p.set("rows", rows);
        p.set("minExactCount", SearchPlan.countUpTo());
        p.set("hl", true);
        p.set("hl.method", "unified");
        p.set("hl.q", "{!gisa part=" + (relaxed ? "relaxedHighlight" : "highlight") + " v=$gq}");
        p.set("hl.fl", HL_FIELDS);
        p.set("hl.offsetSource", "POSTINGS");
        p.set("hl.weightMatches", true);
        p.set("hl.requireFieldMatch", true);
        p.set("hl.bs.type", "WHOLE");
        p.set("hl.fragsize", 0);
        p.set("hl.snippets", 1);
        p.set("hl.defaultSummary", false);
        p.set("hl.maxAnalyzedChars", 1_000_000);
        p.set("hl.tag.pre", String.valueOf(PRE));
        p.set("hl.tag.post", String.valueOf(POST));
        return c.query(p);
    }

    /**
     * One hit. Spans as the embedded index makes them: the matches in the unit's text and in its own
     * field (title, section heading, caption: the same text); the bigram matches only where there is
     * no morphological one.
     */
    private static SearchHit hit(SolrDocument d, Map<String, List<String>> marked) {
        String kind = (String) d.getFieldValue(SolrDocs.KIND);
        String text = (String) d.getFieldValue(SolrDocs.TEXT);
        List<Span> spans = new ArrayList<>();
        if (marked != null) {
            spans.addAll(spans(marked.get(SolrDocs.TEXT), text));
            String own = ArticleUnits.ownField(kind);
            if (own != null) spans.addAll(spans(marked.get(own), text));
            if (spans.isEmpty()) spans.addAll(spans(marked.get(SolrDocs.BIGRAM), text));
        }
        Object score = d.getFieldValue("score");
        return SearchHit.of((String) d.getFieldValue(SolrDocs.ID), (String) d.getFieldValue(SolrDocs.TITLE), kind,
                ((Number) d.getFieldValue(SolrDocs.SECTION_NO)).intValue(),
                ((Number) d.getFieldValue(SolrDocs.PARAGRAPH_NO)).intValue(),
                score == null ? 0f : ((Number) score).floatValue(), text, Span.merge(spans));
    }

    /** The marked ranges of a highlighted value, as offsets into the unmarked value; none if it is not {@code text}. */
    static List<Span> spans(List<String> snippets, String text) {
        if (snippets == null || snippets.isEmpty()) return List.of();
        String s = snippets.get(0);
        List<Span> out = new ArrayList<>();
        int pos = 0;
        int start = -1;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == PRE) {
                start = pos;
            } else if (ch == POST) {
                if (start >= 0 && pos > start) out.add(new Span(start, pos));
                start = -1;
            } else {
                pos++;
            }
        }
        return pos == text.length() ? out : List.of(); // a value other than the unit's text: its offsets mean nothing here
    }
}
