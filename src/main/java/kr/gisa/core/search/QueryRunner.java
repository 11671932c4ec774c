package kr.gisa.core.search;

import kr.gisa.core.analysis.KoreanAnalysis;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Runs a query string against one searcher: parse, compile, strict or relaxed search, highlight. */
final class QueryRunner {

    /** Strict AND results below this count (or the limit, if smaller) switch to relaxed ranking. */
    static final int RELAX_BELOW = 5;
    static final int SNIPPET_CONTEXT = 30;
    /**
     * Hits are counted exactly up to here; past it the count is a lower bound ("1000+"), which lets
     * Lucene skip scoring blocks that cannot reach the top — the difference between 30 ms and a few
     * ms for common words over 10,000 articles.
     */
    static final int COUNT_UP_TO = 1000;

    private final KoreanAnalysis analysis;

    QueryRunner(KoreanAnalysis analysis) {
        this.analysis = analysis;
    }

    SearchResult run(IndexSearcher searcher, String query, int limit, SearchMode mode, List<String> indexNotes) {
        SearchPlan plan = SearchPlan.of(analysis, query);
        QueryCompiler.Compiled c = plan.compiled();
        if (c.error() != null) return plan.failed(indexNotes, c.error());
        List<String> notes = new ArrayList<>(indexNotes);
        notes.addAll(c.notes());
        int n = SearchPlan.rows(limit);
        try {
            TopDocs top = searcher.search(c.strict(), new TopScoreDocCollectorManager(n, null, COUNT_UP_TO));
            boolean relaxed = false;
            if (plan.relaxes(mode, top.totalHits.value, n)) {
                top = searcher.search(c.relaxed(), new TopScoreDocCollectorManager(n, null, COUNT_UP_TO));
                relaxed = true;
                notes.add(SearchPlan.RELAXED_NOTE);
            }
            Highlights hl = new Highlights(searcher, relaxed ? c.relaxedHighlight() : c.highlight());
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) hits.add(hit(searcher, hl, sd));
            boolean exact = top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
            return new SearchResult(query, top.totalHits.value, exact, hits, relaxed, notes, null);
        } catch (IndexSearcher.TooManyClauses e) {
            return SearchResult.failed(query, notes, "the query is too complex: use fewer words or longer prefixes");
        } catch (IOException e) {
            return SearchResult.failed(query, notes, "cannot read the search index: " + e.getMessage());
        }
    }

    private static SearchHit hit(IndexSearcher searcher, Highlights hl, ScoreDoc sd) throws IOException {
        Document d = searcher.storedFields().document(sd.doc);
        String kind = d.get(Fields.KIND);
        String text = d.get(Fields.TEXT);
        List<Span> spans = hl.spans(sd.doc, kind);
        return SearchHit.of(d.get(Fields.ID), d.get(Fields.TITLE), kind,
                d.getField(Fields.SECTION_NO).numericValue().intValue(),
                d.getField(Fields.PARAGRAPH_NO).numericValue().intValue(), sd.score, text, spans);
    }

    /** Runs the highlight query alone (every positive word, ORed), for find-in-article. */
    Query highlightQuery(String query, List<String> notes, String[] error) {
        QueryCompiler.Compiled c = new QueryCompiler(analysis).compile(QuerySyntax.parse(query));
        notes.addAll(c.notes());
        error[0] = c.error();
        return c.highlight();
    }
}
